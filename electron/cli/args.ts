import { usageError } from './cli-error';

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Record<string, string | true>;
}

/** Options each command accepts; the value says whether it takes an argument. */
const OPTION_SPECS: Record<string, { takesValue: boolean; alias?: string }> = {
  template: { takesValue: true, alias: 't' },
  answers: { takesValue: true, alias: 'a' },
  output: { takesValue: true, alias: 'o' },
  profile: { takesValue: true },
  'templates-dir': { takesValue: true },
  parent: { takesValue: true },
  json: { takesValue: false },
  'data-dir': { takesValue: true },
  type: { takesValue: true },
  number: { takesValue: true },
  symbol: { takesValue: true },
  date: { takesValue: true },
  issuer: { takesValue: true },
  subject: { takesValue: true },
  'short-name': { takesValue: true },
  'ignore-tone-marks': { takesValue: false },
  author: { takesValue: true },
  help: { takesValue: false, alias: 'h' },
  version: { takesValue: false, alias: 'v' },
};

const byAlias = new Map(Object.entries(OPTION_SPECS).flatMap(([name, spec]) => (spec.alias ? [[spec.alias, name] as const] : [])));

/** `--name value`, `--name=value`, `-o value`; anything unknown is a usage error naming it. */
export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const [rawName, inlineValue] = long ? splitOnce(arg.slice(2), '=') : [arg.slice(1), undefined];
    const name = long ? rawName : byAlias.get(rawName);
    const spec = name ? OPTION_SPECS[name] : undefined;
    if (!name || !spec) throw usageError(`không có tuỳ chọn "${arg}".`);
    if (!spec.takesValue) {
      options[name] = true;
      continue;
    }
    const value = inlineValue ?? argv[i + 1];
    if (value === undefined || (inlineValue === undefined && value.startsWith('-') && value !== '-'))
      throw usageError(`tuỳ chọn "${arg}" cần một giá trị.`);
    if (inlineValue === undefined) i += 1;
    options[name] = value;
  }
  return { command: positionals.shift(), positionals, options };
}

function splitOnce(value: string, sep: string): [string, string | undefined] {
  const at = value.indexOf(sep);
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)];
}

/** Refuses options that exist but mean nothing for this command (a typo would otherwise be ignored). */
export function allowOnly(args: ParsedArgs, command: string, allowed: string[]): void {
  for (const name of Object.keys(args.options)) {
    if (!allowed.includes(name)) throw usageError(`lệnh "${command}" không dùng tuỳ chọn "--${name}".`);
  }
}

export function requireOption(args: ParsedArgs, name: string, what: string): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value === '') throw usageError(`thiếu tuỳ chọn --${name} ${what}.`);
  return value;
}
