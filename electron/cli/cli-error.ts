/** A failure the CLI reports as ONE Vietnamese line on stderr, then exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    /** The whole line without the "Lỗi: " prefix, e.g. `answers.json: trường "bases[0].date": …`. */
    readonly line: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(line);
    this.name = 'CliError';
  }
}

/** Exit codes: 1 = bad input or failure, 2 = the command line itself is wrong. */
export const usageError = (line: string): CliError => new CliError(`${line} Xem "kehoach --help".`, 2);

/** Any text as a single line: the CLI promises one line per error. */
export const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();
