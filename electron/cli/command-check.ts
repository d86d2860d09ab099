import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Finding, type Severity, type SourceFacts, countFindings, groupFindings, runChecks } from '../../core/check';
import { parseDraft } from '../../core/draft/draft-file';
import type { DocumentRef } from '../../core/model/document-ref';
import type { Plan } from '../../core/model/plan';
import { UserError, explainError } from '../services/errors';
import { LibraryStore } from '../services/library/library-store';
import { openDocxPlan } from '../services/open-docx/open-docx-plan';
import { type ParsedArgs, allowOnly } from './args';
import { CliError, oneLine, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { cliLibraryFolder } from './library-folder';
import type { CliCommand } from './cli-command';

const SEVERITY_WORD: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' };

/**
 * kehoach check <draft.kehoach|plan.docx> [--json] [--data-dir <dir>]: runs the checker. A Word
 * file is opened as `open-docx` does, without the library, so its citations stay the text it has
 * (a citation that differs from the document is a defect to see, not to correct silently); the
 * library is read for the checker to compare citations with. Exit 1 when there is an error.
 */
export async function commandCheck(args: ParsedArgs, io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  allowOnly(args, 'check', ['json', 'data-dir']);
  const file = args.positionals[0];
  if (!file) throw usageError('thiếu tệp cần kiểm tra: kehoach check <bản-thảo.kehoach|kế-hoạch.docx>.');
  if (args.positionals.length > 1) throw usageError(`thừa tham số "${args.positionals[1]}".`);
  if (!/\.(kehoach|docx)$/i.test(file)) throw new CliError(`${file}: chỉ kiểm tra được bản thảo .kehoach hoặc tệp Word .docx.`, 2);

  const { plan, source } = await readPlan(file, io);
  const library = await readLibrary(args, io);
  const findings = runChecks(plan, { library, today: now(), ...(source ? { source } : {}) });
  const counts = countFindings(findings);
  if (args.options.json) io.out(JSON.stringify(checkJson(file, findings), null, 2));
  else for (const line of checkText(findings)) io.out(line);
  return counts.error > 0 ? 1 : 0;
}

async function readPlan(file: string, io: CliIo): Promise<{ plan: Plan; source?: SourceFacts }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(io.cwd, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.`, 2);
    if (code === 'EISDIR') throw new CliError(`${file}: đây là thư mục, không phải tệp. Hãy chỉ ra một tệp.`, 2);
    throw new CliError(`${file}: ${oneLine(explainError(err, 'đọc tệp'))}`, 2);
  }
  if (/\.kehoach$/i.test(file)) {
    const parsed = parseDraft(bytes.toString('utf8'));
    if (!parsed.ok) throw new CliError(`${file}: ${oneLine(parsed.error)}`, 2);
    return { plan: parsed.plan };
  }
  try {
    const opened = await openDocxPlan(new Uint8Array(bytes));
    return { plan: opened.plan, ...(opened.recipientLines ? { source: { recipientLines: opened.recipientLines } } : {}) };
  } catch (err) {
    if (err instanceof UserError) throw new CliError(`${file}: ${oneLine(err.message)}`, 2);
    throw err;
  }
}

/** The library's documents; an unreadable library is said once and the check goes on without it. */
async function readLibrary(args: ParsedArgs, io: CliIo): Promise<DocumentRef[]> {
  const folder = cliLibraryFolder(args, io);
  try {
    const listing = await new LibraryStore({ dir: folder.dir, mustExist: folder.chosen }).list();
    return listing.entries.map(({ revision: _r, updatedAt: _u, updatedBy: _b, text: _t, ...doc }) => doc);
  } catch (err) {
    io.err(`Lưu ý: không đọc được thư viện văn bản (${oneLine(explainError(err, 'đọc thư viện'))}); trích dẫn chỉ được so với các văn bản của kế hoạch.`);
    return [];
  }
}

/** The --json shape (version 1): keys in a fixed order, for machines. */
export function checkJson(file: string, findings: readonly Finding[]) {
  return {
    version: 1,
    file,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      location: f.location,
      ...(f.fix ? { fix: f.fix } : {}),
    })),
    counts: countFindings(findings),
  };
}

/** One line per finding, grouped under its rule's title, then the counts. */
export function checkText(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['Không thấy lỗi nào.'];
  const lines: string[] = [];
  for (const { rule, findings: mine } of groupFindings(findings)) {
    if (lines.length > 0) lines.push('');
    lines.push(`${rule.title} (${mine.length}):`);
    for (const f of mine) {
      const excerpt = f.location.excerpt.replace(/\s+/g, ' ').trim();
      lines.push(`- [${SEVERITY_WORD[f.severity]}] ${f.location.label}${excerpt ? ` «${excerpt}»` : ''}: ${f.message}${f.fix ? ` (sửa được: ${f.fix.label})` : ''}`);
    }
  }
  const c = countFindings(findings);
  lines.push('', `Tổng cộng: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} lưu ý.`);
  return lines;
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-check.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'check',
  async run(args, io) {
    return commandCheck(args, io);
  },
};
