import type { DiffPiece, ParagraphChange, PartDiff } from './types';

/**
 * The list of changes in words a clerk reads (the CLI's output, the compare view's list):
 * one line per changed paragraph, quoting what was removed and what was put instead.
 */
const clip = (text: string, max = 90): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** "«24/4/2024» thành «25/4/2024»; thêm «và đôn đốc»" for the changed runs of one paragraph. */
export function describePieces(pieces: DiffPiece[]): string {
  const out: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (p.op === 'same') continue;
    const next = pieces[k + 1];
    if (p.op === 'delete' && next?.op === 'insert') {
      out.push(`«${clip(p.text, 60)}» thành «${clip(next.text, 60)}»`);
      k++;
    } else if (p.op === 'delete') out.push(p.text.trim() ? `bỏ «${clip(p.text, 60)}»` : 'bỏ khoảng trắng');
    else out.push(p.text.trim() ? `thêm «${clip(p.text, 60)}»` : 'thêm khoảng trắng');
  }
  return out.join('; ');
}

/** One line for one changed paragraph; empty for an unchanged one. */
export function describeChange(change: ParagraphChange): string {
  switch (change.kind) {
    case 'same':
      return '';
    case 'insert':
      return `Thêm đoạn: «${clip(change.text)}»`;
    case 'delete':
      return `Xóa đoạn: «${clip(change.text)}»`;
    case 'edit':
      return `Sửa: ${describePieces(change.pieces)}`;
    case 'move-from':
      return `Chuyển đi (chuyển ${change.moveId}): «${clip(change.text)}»`;
    case 'move-to':
      return `Chuyển đến (chuyển ${change.moveId}): «${clip(change.text)}»${change.pieces ? `, có sửa: ${describePieces(change.pieces)}` : ''}`;
    case 'ref-value':
      return `Giá trị tham chiếu thay đổi: ${describePieces(change.pieces)}`;
  }
}

/** How many paragraphs of a part changed (a move counts once at each end). */
export const changeCount = (part: PartDiff): number => part.paragraphs.filter((c) => c.kind !== 'same').length;
