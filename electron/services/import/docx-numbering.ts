import type { Document as XmlDocument } from '@xmldom/xmldom';
import { formatWordCounter } from '../../../core/render/numbering';
import { child, childElements, wAttr } from './docx-xml';

/**
 * Word's automatic list numbers (numbering.xml) are not in the text: a paragraph only says
 * "list 3, level 1". This prints the label Word shows ("1.", "a)", "II.", "-"), counting as
 * Word does (a level restarts when a shallower one advances), so numbered sections typed with
 * Word's numbering button are recognised like typed ones.
 */
interface LevelDef {
  format: string;
  text: string;
  start: number;
}


export interface ListNumbering {
  label(numId: string, ilvl: number): string | undefined;
}

export function readListNumbering(numbering: XmlDocument | undefined): ListNumbering {
  const abstract = new Map<string, LevelDef[]>();
  const nums = new Map<string, string>();
  for (const el of childElements(numbering?.documentElement)) {
    if (el.localName === 'abstractNum') {
      const levels: LevelDef[] = [];
      for (const lvl of childElements(el).filter((e) => e.localName === 'lvl')) {
        levels[Number(wAttr(lvl, 'ilvl') ?? 0)] = {
          format: wAttr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
          text: wAttr(child(lvl, 'lvlText'), 'val') ?? '',
          start: Number(wAttr(child(lvl, 'start'), 'val') ?? 1),
        };
      }
      abstract.set(wAttr(el, 'abstractNumId') ?? '', levels);
    } else if (el.localName === 'num') {
      nums.set(wAttr(el, 'numId') ?? '', wAttr(child(el, 'abstractNumId'), 'val') ?? '');
    }
  }
  const counters = new Map<string, number[]>();
  return {
    label(numId, ilvl) {
      const levels = abstract.get(nums.get(numId) ?? '');
      const def = levels?.[ilvl];
      if (!levels || !def || numId === '0') return undefined;
      const key = nums.get(numId)!;
      const count = counters.get(key) ?? [];
      count[ilvl] = (count[ilvl] ?? (def.start - 1)) + 1;
      count.length = ilvl + 1; // deeper levels restart
      counters.set(key, count);
      if (def.format === 'bullet') return def.text.trim() === '+' ? '+' : '-';
      if (def.format === 'none') return undefined;
      return def.text.replace(/%(\d)/g, (_, k: string) => {
        const level = Number(k) - 1;
        const value = count[level] ?? levels[level]?.start ?? 1;
        return formatWordCounter(levels[level]?.format ?? 'decimal', value);
      });
    },
  };
}

