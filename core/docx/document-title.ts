import type { LaidOutDocument } from '../render/layout-types';
import { cleanText } from '../text/clean-text';

/**
 * The title Word shows in File › Info and Explorer shows in a tooltip (docProps/core.xml):
 * the plan type and the summary, as printed. core.xml is its own XML part, outside the runs,
 * so it is cleaned here too; one XML-invalid character there makes Word refuse the whole file.
 * Whitespace runs (tabs, line breaks) become one space, and the title is cut at 255
 * characters, the length Word's title property holds, without splitting a surrogate pair.
 */
const MAX_TITLE_CHARS = 255;

export function documentTitle(laidOut: LaidOutDocument): string {
  const text = laidOut.front
    .map((p) => p.runs.map((r) => r.text).join(''))
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');
  // `\s+` with /g consumes each run whole from its first character: one pass, no backtracking.
  const flat = cleanText(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat.slice(0, MAX_TITLE_CHARS * 2)).slice(0, MAX_TITLE_CHARS);
  return chars.join('').trimEnd();
}
