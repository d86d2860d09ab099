import path from 'node:path';
import { describeChange } from '../../core/diff/describe';
import { diffPlans } from '../../core/diff/diff-plans';
import type { DiffOptions, PlanDiff } from '../../core/diff/types';
import { buildComparisonDocx } from '../../core/docx/comparison/comparison-docx';
import { type ParsedArgs, allowOnly } from './args';
import { usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { readPlanFile } from './read-plan';
import { writeOutputFile } from './write-output';
import type { CliCommand } from './cli-command';

/** kehoach compare <old> <new> [-o changes.docx] [--json] [--ignore-tone-marks] [--author <name>] */
export async function commandCompare(args: ParsedArgs, io: CliIo, now: () => Date = () => new Date()): Promise<void> {
  allowOnly(args, 'compare', ['output', 'json', 'ignore-tone-marks', 'author']);
  const [oldFile, newFile, extra] = args.positionals;
  if (!oldFile || !newFile) throw usageError('cần hai tệp để so sánh: kehoach compare <bản-cũ> <bản-mới> [-o thay-doi.docx].');
  if (extra !== undefined) throw usageError(`thừa tham số "${extra}".`);
  const output = typeof args.options.output === 'string' ? args.options.output : undefined;
  if (output !== undefined && !/\.docx$/i.test(output)) throw usageError(`tệp kết quả "${output}" phải có đuôi .docx.`);
  const author = typeof args.options.author === 'string' ? args.options.author.trim() : 'kehoach';
  if (args.options.author !== undefined && author === '') throw usageError('--author cần tên người sửa.');

  const oldPlan = await readPlanFile(oldFile, io.cwd, 2);
  const newPlan = await readPlanFile(newFile, io.cwd, 2);
  const options: DiffOptions = args.options['ignore-tone-marks'] ? { ignoreToneMarks: true } : {};
  const diff = diffPlans(oldPlan, newPlan, options);

  if (output !== undefined) {
    const bytes = await buildComparisonDocx(
      { old: oldPlan, new: newPlan, oldLabel: path.basename(oldFile), newLabel: path.basename(newFile) },
      { author, date: now(), diff, diffOptions: options },
    );
    await writeOutputFile(path.resolve(io.cwd, output), bytes);
  }
  if (args.options.json) io.out(JSON.stringify(compareJson(diff, oldFile, newFile, options), null, 2));
  else if (output !== undefined) io.out(`Đã ghi ${output}: ${summaryLine(diff)}, mở bằng Word để chấp nhận hoặc từ chối từng thay đổi.`);
  else for (const line of changeList(diff)) io.out(line);
}

const changedCount = (diff: PlanDiff): number => diff.parts.reduce((n, p) => n + p.inserted + p.deleted + p.changed + p.moved, 0);

function summaryLine(diff: PlanDiff): string {
  const n = changedCount(diff);
  return n === 0 ? 'hai bản giống nhau, không có thay đổi' : `${n} đoạn thay đổi`;
}

/** The --json shape: the PlanDiff with the files and options first, keys in a fixed order, for scripts. */
export function compareJson(diff: PlanDiff, oldFile: string, newFile: string, options: DiffOptions) {
  return {
    old: oldFile,
    new: newFile,
    ignoreToneMarks: options.ignoreToneMarks === true,
    unchanged: changedCount(diff) === 0 && diff.refChanges.length === 0,
    refChanges: diff.refChanges.map((r) => ({ field: r.field, target: r.target ?? null, label: r.label, before: r.before, after: r.after })),
    parts: diff.parts.map((p) => ({
      label: p.label,
      kind: p.kind ?? null,
      sectionId: p.sectionId ?? null,
      inserted: p.inserted,
      deleted: p.deleted,
      moved: p.moved,
      changed: p.changed,
      paragraphs: p.paragraphs,
    })),
  };
}

/** The list for people: per part, one line per changed paragraph; then the reference values once each. */
export function changeList(diff: PlanDiff): string[] {
  const lines: string[] = [];
  if (changedCount(diff) === 0 && diff.refChanges.length === 0) return ['Hai bản giống nhau, không có thay đổi nào.'];
  if (diff.refChanges.length > 0) {
    lines.push('Giá trị tham chiếu thay đổi (ở mọi chỗ trích dẫn):');
    for (const r of diff.refChanges) lines.push(`- ${r.label}: ${r.before} → ${r.after}`);
    lines.push('');
  }
  for (const part of diff.parts) {
    const changes = part.paragraphs.map(describeChange).filter(Boolean);
    if (changes.length === 0) continue;
    lines.push(`${part.label}:`);
    for (const c of changes) lines.push(`- ${c}`);
    lines.push('');
  }
  lines.push(`Tổng cộng: ${summaryLine(diff)}.`);
  return lines;
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-compare.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'compare',
  async run(args, io) {
    await commandCompare(args, io);
    return 0;
  },
};
