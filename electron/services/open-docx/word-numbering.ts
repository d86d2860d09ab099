import { formatWordCounter } from '../../../core/render/numbering';
import { type XmlElement, wAttr, wChild, wChildren } from './wordml';

/**
 * Word's automatic numbering (w:numPr → word/numbering.xml): the label is not in the text, Word
 * draws it. Clerks number "I.", "1.", "a)" and bullet "-" this way as often as by typing, so the
 * labels are computed here as Word shows them and put back in front of the text.
 */
interface Level {
  format: string;
  text: string;
  start: number;
}


export interface NumberingReader {
  /** The label Word draws for this paragraph ("1.", "a)", "-"), or undefined when it draws none. */
  labelFor(numPr: XmlElement | undefined): string | undefined;
}

export function readNumbering(root: XmlElement | undefined): NumberingReader {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, string>();
  if (root) {
    for (const abs of wChildren(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of wChildren(abs, 'lvl')) {
        levels.set(Number(wAttr(lvl, 'ilvl') ?? '0'), {
          format: wAttr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
          text: wAttr(wChild(lvl, 'lvlText'), 'val') ?? '',
          start: Number(wAttr(wChild(lvl, 'start'), 'val') ?? '1'),
        });
      }
      abstracts.set(wAttr(abs, 'abstractNumId') ?? '', levels);
    }
    for (const num of wChildren(root, 'num')) nums.set(wAttr(num, 'numId') ?? '', wAttr(wChild(num, 'abstractNumId'), 'val') ?? '');
  }
  // Counters per abstract list: paragraphs of one list continue its numbering wherever they are.
  const counters = new Map<string, number[]>();
  return {
    labelFor(numPr) {
      if (!numPr) return undefined;
      const numId = wAttr(wChild(numPr, 'numId'), 'val');
      const ilvl = Number(wAttr(wChild(numPr, 'ilvl'), 'val') ?? '0');
      const absId = numId !== undefined ? nums.get(numId) : undefined;
      const levels = absId !== undefined ? abstracts.get(absId) : undefined;
      const level = levels?.get(ilvl);
      if (!levels || !level || numId === '0') return undefined;
      if (level.format === 'bullet') return /^[+]/.test(level.text) ? '+' : '-';
      if (level.format === 'none') return undefined;
      const counts = counters.get(absId!) ?? [];
      for (let i = 0; i < ilvl; i += 1) counts[i] ??= (levels.get(i)?.start ?? 1);
      counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
      counts.length = ilvl + 1;
      counters.set(absId!, counts);
      return level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        return formatWordCounter(levels.get(i)?.format ?? 'decimal', counts[i] ?? 1);
      });
    },
  };
}
