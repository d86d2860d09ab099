import type { DiffPiece, ParagraphChange, PartDiff, PlanDiff } from '../../core/diff/types';
import type { Plan } from '../../core/model';

/**
 * The compare screen ("So sánh"): the two plans and their labels, whether tone-mark placement
 * is ignored, and the part the list of changes last asked the inline view to show (`seq` makes a
 * second click on the same part scroll again).
 */
export interface CompareSide {
  plan: Plan;
  /** "Phiên bản 28/11/2026 14:05 (góp ý lần 1)", "Bản đang soạn", "dong-da.docx". */
  label: string;
}

export interface CompareScreenState {
  old: CompareSide;
  new: CompareSide;
  ignoreToneMarks: boolean;
  /** The inline view shows only the changed paragraphs (a long plan with few changes). */
  onlyChanges: boolean;
  /** A part, or one paragraph of it, the list asked the inline view to show. */
  focus: { part: number; paragraph?: number; seq: number } | null;
}

export type CompareScreenAction =
  | { type: 'toggle-tone-marks' }
  | { type: 'toggle-only-changes' }
  | { type: 'focus'; part: number; paragraph?: number };

export function startCompare(old: CompareSide, next: CompareSide): CompareScreenState {
  return { old, new: next, ignoreToneMarks: false, onlyChanges: false, focus: null };
}

export function compareScreenReducer(state: CompareScreenState, action: CompareScreenAction): CompareScreenState {
  switch (action.type) {
    case 'toggle-tone-marks':
      // Another comparison: the paragraph asked for may not be a change any more.
      return { ...state, ignoreToneMarks: !state.ignoreToneMarks, focus: null };
    case 'toggle-only-changes':
      return { ...state, onlyChanges: !state.onlyChanges };
    case 'focus':
      return { ...state, focus: { part: action.part, ...(action.paragraph !== undefined ? { paragraph: action.paragraph } : {}), seq: (state.focus?.seq ?? 0) + 1 } };
  }
}

/** How many changes a part has, all kinds together (the list's figure). */
export function changeCount(part: PartDiff): number {
  return part.inserted + part.deleted + part.moved + part.changed;
}

/** The parts with at least one change, with their index in the diff (the inline view's order). */
export function changedParts(diff: PlanDiff): Array<{ index: number; part: PartDiff }> {
  return diff.parts.map((part, index) => ({ index, part })).filter(({ part }) => changeCount(part) > 0);
}

/** For each move, the part it left and the part it went to: "Đã chuyển từ mục …", "chuyển đến mục …". */
export function moveEnds(diff: PlanDiff): Map<number, { from: string; to: string }> {
  const ends = new Map<number, { from: string; to: string }>();
  for (const part of diff.parts) {
    for (const p of part.paragraphs) {
      if (p.kind !== 'move-from' && p.kind !== 'move-to') continue;
      const end = ends.get(p.moveId) ?? { from: '', to: '' };
      if (p.kind === 'move-from') end.from = part.label;
      else end.to = part.label;
      ends.set(p.moveId, end);
    }
  }
  return ends;
}

/** What a moved paragraph says at each end. Within one part it says "trong mục". */
export function moveNote(change: Extract<ParagraphChange, { kind: 'move-from' | 'move-to' }>, ends: Map<number, { from: string; to: string }>): string {
  const end = ends.get(change.moveId);
  if (!end) return change.kind === 'move-from' ? 'Đoạn này đã được chuyển đi nơi khác' : 'Đoạn này được chuyển từ nơi khác đến';
  if (end.from === end.to) return change.kind === 'move-from' ? `Đã chuyển đi chỗ khác trong mục ${end.to}` : `Đã chuyển đến đây từ chỗ khác trong mục ${end.from}`;
  return change.kind === 'move-from' ? `Đoạn này chuyển đến mục ${end.to}` : `Đã chuyển từ mục ${end.from}`;
}

/** "Ngày của Chỉ thị số 32-CT/TU: 24/4/2024 → 25/4/2024". */
export function refChangeText(change: PlanDiff['refChanges'][number]): string {
  return `${change.label}: ${change.before || '(trống)'} → ${change.after || '(trống)'}`;
}

/** "3 chỗ thêm, 1 chỗ xóa, 1 đoạn chuyển, 2 đoạn sửa": the counts of a part in words, nothing for a zero. */
export function countsText(part: PartDiff): string {
  const bits = [
    part.inserted ? `${part.inserted} đoạn thêm` : '',
    part.deleted ? `${part.deleted} đoạn xóa` : '',
    part.changed ? `${part.changed} đoạn sửa` : '',
    part.moved ? `${part.moved} đoạn chuyển` : '',
  ].filter(Boolean);
  return bits.length ? bits.join(', ') : 'không thay đổi';
}

/** The file name offered for the exported comparison: "so-sanh-<draft name>.docx". */
export function comparisonFileName(draftFileName: string): string {
  const stem = draftFileName.replace(/\.(kehoach|docx)$/i, '').trim() || 'ke-hoach';
  return `so-sanh-${stem}.docx`;
}

/** The compare screen open or not: the App keeps one session, started from the versions dialog. */
export type CompareSessionAction = CompareScreenAction | { type: 'start'; old: CompareSide; new: CompareSide } | { type: 'close' };

export function compareSessionReducer(state: CompareScreenState | null, action: CompareSessionAction): CompareScreenState | null {
  switch (action.type) {
    case 'start': return startCompare(action.old, action.new);
    case 'close': return null;
    default: return state ? compareScreenReducer(state, action) : state;
  }
}

/**
 * Pieces as a reader takes them in: changed words separated only by spaces read as one change
 * ("~~Tăng cường~~ Đẩy mạnh", not "~~Tăng~~Đẩy ~~cường~~mạnh"). The space goes into both the
 * deleted and the inserted text; pieces of a live reference are never merged with others.
 */
export function readablePieces(pieces: DiffPiece[]): DiffPiece[] {
  const out: DiffPiece[] = [];
  let i = 0;
  while (i < pieces.length) {
    const p = pieces[i]!;
    if (p.op === 'same' || p.ref) {
      out.push(p);
      i++;
      continue;
    }
    // A run of changes, bridging spaces that stand between two changes.
    let del = '';
    let ins = '';
    let j = i;
    for (;;) {
      const q = pieces[j];
      if (q && q.op !== 'same' && !q.ref) {
        if (q.op === 'delete') del += q.text;
        else ins += q.text;
        j++;
        continue;
      }
      const next = pieces[j + 1];
      if (q && q.op === 'same' && !q.ref && /^\s+$/.test(q.text) && next && next.op !== 'same' && !next.ref) {
        del += q.text;
        ins += q.text;
        j++;
        continue;
      }
      break;
    }
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    i = j;
  }
  return out;
}

/**
 * What a reference-value change says beside its paragraph: only the words that changed
 * ("24/4/2024 → 25/4/2024"), not the whole citation twice.
 */
export function refValueNote(change: Extract<ParagraphChange, { kind: 'ref-value' }>): string {
  const pairs: string[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del.trim() || ins.trim()) pairs.push(`${del.trim() || '(trống)'} → ${ins.trim() || '(trống)'}`);
    del = '';
    ins = '';
  };
  for (const p of readablePieces(change.pieces)) {
    if (p.op === 'same') flush();
    else if (p.op === 'delete') del += p.text;
    else ins += p.text;
  }
  flush();
  return pairs.length ? pairs.join('; ') : `${change.before || '(trống)'} → ${change.after || '(trống)'}`;
}

/** The part's first paragraph is its heading as printed ("I. MỤC ĐÍCH, YÊU CẦU"), unchanged or changed. */
export function startsWithLabel(part: PartDiff): boolean {
  const first = part.paragraphs[0];
  if (!first) return false;
  const text = 'text' in first ? first.text : first.pieces.filter((p) => p.op !== 'delete').map((p) => p.text).join('');
  return text.trim() === part.label.trim();
}

/** The changed paragraphs of a part, each with its index in the part and one line saying what changed. */
export function changeLines(part: PartDiff, describe: (c: ParagraphChange) => string): Array<{ paragraph: number; text: string }> {
  const out: Array<{ paragraph: number; text: string }> = [];
  part.paragraphs.forEach((c, paragraph) => {
    if (c.kind !== 'same') out.push({ paragraph, text: describe(c) });
  });
  return out;
}
