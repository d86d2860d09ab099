import type { LaidOutDocument, Para, Run } from './layout-types';

/**
 * Number-symbols are never broken across lines ("71-" at the end of a line, "NQ/TW" on the
 * next): the layout finds them in the laid-out text and marks them Run.noBreak; the DOCX writer
 * and the preview only follow the mark.
 *
 * A number-symbol is digits (with /year parts: 30/2020), "-" or "/", then a part that starts
 * with a letter, then more "-" or "/" parts: 05-CTr/TU, 195/KH-UBND, 30/2020/NĐ-CP,
 * 3360/SGDĐT-CTTT. Dates (24/4/2024) and year ranges (2023-2024) have no letter part and are left alone.
 * The look-behind keeps the search linear: it never restarts inside a run of digits or letters.
 */
const NUMBER_SYMBOL = /(?<![\p{L}\p{N}])\p{N}+(?:\/\p{N}+)*[-/]\p{L}[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*/gu;

/** [start, end) character ranges of the number-symbols in `text`. */
export function numberSymbolRanges(text: string): Array<[number, number]> {
  // Most paragraphs hold no number-symbol at all: a cheap look for "digit, then - or /" first.
  if (!/\d[-/]/.test(text)) return [];
  return [...text.matchAll(NUMBER_SYMBOL)].map((m) => [m.index, m.index + m[0].length]);
}

/** The runs cut at the number-symbols' edges, the pieces inside one marked noBreak. */
export function markNumberSymbols(runs: Run[]): Run[] {
  const text = runs.map((r) => r.text).join('');
  const ranges = numberSymbolRanges(text);
  if (ranges.length === 0) return runs;
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    const cuts = new Set([offset, end]);
    for (const [a, b] of ranges) {
      if (a > offset && a < end) cuts.add(a);
      if (b > offset && b < end) cuts.add(b);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!;
      const to = points[k + 1]!;
      const inside = ranges.some(([a, b]) => from >= a && to <= b);
      out.push({ ...run, text: run.text.slice(from - offset, to - offset), ...(inside ? { noBreak: true } : {}) });
    }
    offset = end;
  }
  return out.filter((r) => r.text !== '');
}

const markPara = (p: Para): Para => {
  const runs = p.runs.length === 0 ? p.runs : markNumberSymbols(p.runs);
  return runs === p.runs ? p : { ...p, runs };
};

/** Every paragraph of the document, with its number-symbols marked. */
export function markDocumentNumberSymbols(doc: LaidOutDocument): LaidOutDocument {
  return {
    ...doc,
    ...(doc.circulation ? { circulation: markPara(doc.circulation) } : {}),
    header: { ...doc.header, rows: doc.header.rows.map((row) => ({ left: row.left.map(markPara), right: row.right.map(markPara) })) },
    front: doc.front.map(markPara),
    body: doc.body.map(markPara),
    closing: {
      ...doc.closing,
      noiNhan: markPara(doc.closing.noiNhan),
      groups: doc.closing.groups.map((g) => ({ ...g, lines: g.lines.map(markPara) })),
      archive: markPara(doc.closing.archive),
      signature: doc.closing.signature.map(markPara),
    },
  };
}
