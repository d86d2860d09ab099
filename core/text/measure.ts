import metrics from './times-metrics.json';

/**
 * Width of a line of Times New Roman text, for the rules the regulations want "exactly as long
 * as the text" (under ĐẢNG CỘNG SẢN VIỆT NAM, under Độc lập - Tự do - Hạnh phúc).
 * Widths come from Liberation Serif, which has the metrics of Times New Roman
 * (scripts/extract-times-metrics.mjs). Vietnamese diacritics do not change a letter's advance,
 * so a letter measures as its base letter.
 */

export interface MeasureStyle {
  bold?: boolean;
  italic?: boolean;
}

type StyleKey = 'regular' | 'bold' | 'italic' | 'boldItalic';
type WidthTable = Record<string, number>;

const STYLES = metrics.styles as Record<StyleKey, WidthTable>;
const UNITS_PER_EM = metrics.unitsPerEm;
const MM_PER_PT = 25.4 / 72;

function styleKey({ bold, italic }: MeasureStyle): StyleKey {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}

/** ư → u, Ế → E, đ → d: the letter whose advance width the glyph shares. */
function baseLetter(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function advance(table: WidthTable, ch: string): number {
  const direct = table[ch];
  if (direct !== undefined) return direct;
  const base = table[baseLetter(ch)];
  if (base !== undefined) return base;
  // Unknown symbol: assume an average lower-case letter rather than nothing.
  return table['n'] ?? UNITS_PER_EM / 2;
}

/** Advance width of `text` in em units (1 = the font size). */
export function textWidthEm(text: string, style: MeasureStyle = {}): number {
  const table = STYLES[styleKey(style)];
  let units = 0;
  for (const ch of text.normalize('NFC')) units += advance(table, ch);
  return units / UNITS_PER_EM;
}

export function textWidthPt(text: string, sizePt: number, style: MeasureStyle = {}): number {
  return textWidthEm(text, style) * sizePt;
}

export function textWidthMm(text: string, sizePt: number, style: MeasureStyle = {}): number {
  return textWidthPt(text, sizePt, style) * MM_PER_PT;
}
