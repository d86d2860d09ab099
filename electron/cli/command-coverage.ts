import path from 'node:path';
import { parseDraft } from '../../core/draft/draft-file';
import { type CoverageReport, coverage } from '../../core/review/coverage';
import { type ParsedArgs, allowOnly, requireOption } from './args';
import { CliError, oneLine, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { readInputFile } from './read-input';
import { readParent } from './read-parent';
import { cliLibraryFolder } from './library-folder';
import type { CliCommand } from './cli-command';

/** kehoach coverage <draft.kehoach> --parent <file> [--json] */
export async function commandCoverage(args: ParsedArgs, io: CliIo): Promise<void> {
  allowOnly(args, 'coverage', ['parent', 'json', 'data-dir']);
  const draftFile = args.positionals[0];
  if (!draftFile) throw usageError('thiếu tệp bản thảo: kehoach coverage <bản-thảo.kehoach> --parent <tệp>.');
  if (args.positionals.length > 1) throw usageError(`thừa tham số "${args.positionals[1]}".`);
  const parentFile = requireOption(args, 'parent', '<tệp văn bản cấp trên>');

  const draftPath = path.resolve(io.cwd, draftFile);
  const text = await readInputFile(draftPath).catch((err: unknown) => {
    throw err instanceof CliError ? new CliError(err.line.replace(draftPath, draftFile)) : err;
  });
  const parsed = parseDraft(text);
  if (!parsed.ok) throw new CliError(`${draftFile}: ${oneLine(parsed.error)}`);
  const parent = await readParent(parentFile, io.cwd, () => cliLibraryFolder(args, io));
  const report = coverage(parent, parsed.plan);
  if (report.tasks.length === 0)
    throw new CliError(`${parentFile}: không tìm thấy nhiệm vụ, mục tiêu nào được đánh số (I., 1., a), -) trong văn bản cấp trên.`);

  if (args.options.json) io.out(JSON.stringify(coverageJson(report, draftFile, parentFile), null, 2));
  else for (const line of coverageTable(report)) io.out(line);
}

/** The --json shape: keys in a fixed order, for scripts. */
export function coverageJson(report: CoverageReport, draft: string, parent: string) {
  const match = (m: CoverageReport['tasks'][number]['sections'][number]) => ({
    sectionId: m.sectionId,
    number: m.number,
    title: m.title,
    lead: m.lead,
    score: m.score,
    terms: m.terms,
  });
  return {
    draft,
    parent,
    threshold: report.threshold,
    tasks: report.tasks.map((t) => ({
      id: t.task.id,
      kind: t.task.kind,
      text: t.task.text,
      paragraphIndex: t.task.paragraphIndex,
      covered: t.covered,
      sections: t.sections.map(match),
      best: t.best ? match(t.best) : null,
    })),
    uncovered: report.uncovered,
    sections: report.sections.map((s) => ({ sectionId: s.sectionId, number: s.number, title: s.title, lead: s.lead, taskIds: s.taskIds })),
  };
}

const score = (x: number): string => x.toFixed(2).replace('.', ',');

function clip(text: string, width: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= width ? one : `${one.slice(0, width - 1).trimEnd()}…`;
}

/** "2. Khuyến học"; a section without a title by the start of its text: "2. Vận động các hộ…". */
const sectionName = (m: { number: string; title: string; lead: string }): string => `${m.number ? `${m.number} ` : ''}${m.title || m.lead || '(mục trống)'}`;

/** The table for people: each task, the section that takes it up and its score, then what is missing. */
export function coverageTable(report: CoverageReport): string[] {
  const idWidth = Math.max(8, ...report.tasks.map((t) => t.task.id.length + 1));
  const lines = [`Nhiệm vụ, mục tiêu của văn bản cấp trên và mục của dự thảo cụ thể hóa (ngưỡng ${score(report.threshold)}):`, ''];
  lines.push(`${'Mục'.padEnd(idWidth)}${'Điểm'.padEnd(6)}${'Mục trong dự thảo'.padEnd(34)}Nhiệm vụ`);
  for (const t of report.tasks) {
    const best = t.sections[0];
    const where = best ? clip(sectionName(best), 32) : 'CHƯA CÓ';
    lines.push(`${t.task.id.padEnd(idWidth)}${(best ? score(best.score) : '—').padEnd(6)}${where.padEnd(34)}${clip(t.task.text, 70)}`);
    for (const more of t.sections.slice(1)) lines.push(`${''.padEnd(idWidth)}${score(more.score).padEnd(6)}${clip(sectionName(more), 32)}`);
  }
  lines.push('');
  const covered = report.tasks.length - report.uncovered.length;
  lines.push(`Đã cụ thể hóa ${covered}/${report.tasks.length} nhiệm vụ, mục tiêu.`);
  if (report.uncovered.length > 0) {
    lines.push('Chưa có mục nào của dự thảo cụ thể hóa:');
    for (const t of report.tasks.filter((x) => !x.covered)) {
      const near = t.best ? ` (gần nhất: ${clip(sectionName(t.best), 40)}, ${score(t.best.score)})` : '';
      lines.push(`- ${t.task.id}: ${clip(t.task.text, 90)}${near}`);
    }
  }
  return lines;
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-coverage.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'coverage',
  async run(args, io) {
    await commandCoverage(args, io);
    return 0;
  },
};
