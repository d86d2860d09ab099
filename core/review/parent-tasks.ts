import type { ImportedParagraph, ImportedText } from '../import/imported-text';

/**
 * The numbered tasks and targets of a parent document: what a lower body's plan is expected to
 * take up. Read off the numbered structure (I./1./a)/-):
 * - a part whose heading starts with "Nhiệm vụ", "Giải pháp", "Nội dung", "Mục tiêu", "Chỉ tiêu",
 *   "Định hướng" holds tasks (or targets); "Mục đích, yêu cầu", "Quan điểm", "Tình hình",
 *   "Tổ chức thực hiện", "Kinh phí", "Chế độ báo cáo" hold none; a heading naming both
 *   ("MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU") lets its own sub-headings decide;
 * - in a task part, every numbered item without numbered items under it is one task: its text
 *   and the unnumbered paragraphs after it. An item with numbered items under it is a heading:
 *   its sub-items are the tasks.
 * A document with no such heading at all (a Chỉ thị is often only numbered points) gives all its
 * numbered leaves outside the excluded parts.
 */

export interface ParentTask {
  /** The label path, unique in the document: "II.3.b", "B.1.2"; "-" items as "-1", "-2": "III.2.-1". */
  id: string;
  /** Its own label as printed ("b)", "1.2.", "-"). */
  label: string;
  /** 'target' under a "Mục tiêu" / "Chỉ tiêu" heading. */
  kind: 'task' | 'target';
  /** The item's text, its unnumbered paragraphs after it joined with "\n". */
  text: string;
  /** The titles of the headings above it, outermost first (for the review list). */
  headings: string[];
  /** Index in `ImportedText.paragraphs` of its first and last paragraph. */
  paragraphIndex: number;
  lastParagraphIndex: number;
}

type PartClass = 'task' | 'target' | 'excluded' | 'mixed' | 'none';

const TASK_HEAD = /^(?:(?:một số|các|những) )?(?:nhiệm vụ|giải pháp|nội dung|định hướng|phương hướng)/u;
const TARGET_HEAD = /^(?:(?:một số|các|những) )?(?:mục tiêu|chỉ tiêu)/u;
const EXCLUDED_HEAD = /^(?:mục đích|yêu cầu|quan điểm|tình hình|kết quả|đánh giá|tổ chức thực hiện|kinh phí|chế độ (?:thông tin, )?báo cáo|phân công|trách nhiệm)/u;
const NAMES_TARGETS = /mục tiêu|chỉ tiêu/u;
const NAMES_TASKS = /nhiệm vụ|giải pháp/u;

/** Headings are short; a long numbered paragraph that starts with "Nội dung …" is a task, not a heading. */
const HEADING_MAX_WORDS = 14;

function classify(p: ImportedParagraph): PartClass {
  const title = p.text.normalize('NFC').toLowerCase().trim();
  if (title.split(/\s+/).length > HEADING_MAX_WORDS) return 'none';
  if (EXCLUDED_HEAD.test(title)) return NAMES_TARGETS.test(title) || NAMES_TASKS.test(title) ? 'mixed' : 'excluded';
  if (TARGET_HEAD.test(title)) return 'target';
  if (TASK_HEAD.test(title)) return NAMES_TARGETS.test(title) && !NAMES_TASKS.test(title) ? 'target' : 'task';
  return 'none';
}

const isNumbered = (p: ImportedParagraph): boolean => p.label !== undefined && p.level > 0 && p.table === undefined;

function segment(label: string, dashOrdinal: number): string {
  if (label === '-' || label === '+') return `${label === '-' ? '-' : '+'}${dashOrdinal}`;
  return label.replace(/[.)]+$/, '');
}

interface Node {
  index: number;
  level: number;
  /** Its label path segment ("II", "1.2", "-3") and the full path. */
  seg: string;
  id: string;
  own: PartClass;
  /** The nearest class that decides, from this heading outward. */
  effective: PartClass;
  title: string;
}

export function parentTasks(text: ImportedText): ParentTask[] {
  const paragraphs = text.paragraphs;
  const numbered = paragraphs.map((p, i) => (isNumbered(p) ? i : -1)).filter((i) => i >= 0);
  const anyPart = numbered.some((i) => {
    const c = classify(paragraphs[i]!);
    return c === 'task' || c === 'target';
  });

  const tasks: ParentTask[] = [];
  const stack: Node[] = [];
  // Counters of "-" / "+" items under each open item, so their ids stay unique.
  const dashCounts = new Map<string, number>();
  for (let n = 0; n < numbered.length; n += 1) {
    const index = numbered[n]!;
    const p = paragraphs[index]!;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= p.level) stack.pop();
    const parent = stack[stack.length - 1];
    const parentId = parent?.id ?? '';
    let ordinal = 0;
    if (p.label === '-' || p.label === '+') {
      const key = `${parentId}|${p.label}`;
      ordinal = (dashCounts.get(key) ?? 0) + 1;
      dashCounts.set(key, ordinal);
    }
    const seg = segment(p.label!, ordinal);
    // "1.2" under "1" already says where it is: the path is "B.1.2", not "B.1.1.2".
    const id = parent && seg.startsWith(`${parent.seg}.`) ? parent.id.slice(0, parent.id.length - parent.seg.length) + seg : parentId ? `${parentId}.${seg}` : seg;
    const own = classify(p);
    const inherited = parent?.effective ?? (anyPart ? 'none' : 'task');
    const effective = own === 'none' ? inherited : own === 'mixed' ? (inherited === 'excluded' ? 'excluded' : 'mixed') : own;
    const node: Node = { index, level: p.level, seg, id, own, effective, title: p.text };

    const next = numbered[n + 1];
    const hasChildren = next !== undefined && paragraphs[next]!.level > p.level;
    if (!hasChildren && (effective === 'task' || effective === 'target')) {
      // An item's text runs on through the unnumbered paragraphs after it (PDF and Word split long items).
      const end = (next ?? paragraphs.length) - 1;
      const body = paragraphs.slice(index, end + 1).filter((q) => q.table === undefined).map((q) => q.text.trim()).filter(Boolean);
      tasks.push({
        id,
        label: p.label!,
        kind: effective,
        text: body.join('\n'),
        headings: stack.map((s) => s.title),
        paragraphIndex: index,
        lastParagraphIndex: end,
      });
    }
    stack.push(node);
  }
  return tasks;
}
