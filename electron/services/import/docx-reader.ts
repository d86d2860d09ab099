import type { Element as XmlElement } from '@xmldom/xmldom';
import type { ImportedParagraph, ImportedText } from '../../../core/import/imported-text';
import { recogniseNumbering, type RawParagraph } from '../../../core/import/numbering';
import { cleanText } from '../../../core/text/clean-text';
import { convertLegacy, type LegacyEncoding } from '../../../core/text/legacy-encodings';
import { upperVi } from '../../../core/text/vi-case';
import { openDocxPackage } from './docx-package';
import { readListNumbering, type ListNumbering } from './docx-numbering';
import { readStyleSheet, type StyleSheet } from './docx-styles';
import { child, childElements, wAttr } from './docx-xml';
import type { ImportLimits } from './limits';

/**
 * DOCX → ImportedText. We read word/document.xml ourselves (xmldom) rather than through
 * mammoth's document model: what decides a legacy encoding is each run's font, and mammoth keeps
 * only a run's direct font, not the one its character or paragraph style gives (old documents
 * set ".VnTime" on the Normal style, so their runs name no font at all); we also need the cell
 * of each table paragraph and the labels of Word's automatic numbering, which mammoth turns
 * into bare list items. The walk follows the body in order: paragraphs, tables (row by row,
 * cell by cell), content controls and tracked insertions; deleted text and text boxes are left out.
 */
export async function readDocx(bytes: Uint8Array, fileName: string, limits: ImportLimits): Promise<ImportedText> {
  const parts = await openDocxPackage(bytes, limits);
  const walker = new BodyWalker(readStyleSheet(parts.styles), readListNumbering(parts.numbering));
  const body = child(parts.document.documentElement, 'body');
  walker.walk(body, undefined);
  return {
    paragraphs: recogniseNumbering(walker.paragraphs),
    source: { fileName, format: 'docx', bytes: bytes.length },
    ...(walker.converted.size > 0 ? { converted: [...walker.converted] } : {}),
  };
}

/** ".VnTime", ".VnTimeH", ".VnArial" → TCVN3; "VNI-Times", "VNI-Helve" → VNI. */
export function legacyFontEncoding(font: string | undefined): { encoding: LegacyEncoding; caps: boolean } | undefined {
  if (!font) return undefined;
  const name = font.trim();
  // In TCVN3 the capitals are a separate font (".VnTimeH") drawing the lower-case codes as capitals.
  if (/^\.?vn/i.test(name) && !/^vni/i.test(name)) return { encoding: 'tcvn3', caps: /H$/.test(name.replace(/\s*(bold|italic)$/i, '')) };
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', caps: false };
  return undefined;
}

/** A legacy run holds only Latin-1 look-alikes; text with other letters is already Unicode. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff\u2018-\u201e\u2022\u2026\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2030\u2039\u203a\u2122]/;

type TableCell = NonNullable<ImportedParagraph['table']>;

/** The outermost text boxes of a paragraph, outside mc:Fallback (the duplicate for old readers). */
function textBoxesIn(p: XmlElement): XmlElement[] {
  const boxes: XmlElement[] = [];
  const visit = (el: XmlElement): void => {
    for (const c of childElements(el)) {
      if (c.localName === 'Fallback') continue;
      if (c.localName === 'txbxContent') boxes.push(c);
      else if (c.localName !== 'p') visit(c);
    }
  };
  visit(p);
  return boxes;
}

class BodyWalker {
  readonly paragraphs: RawParagraph[] = [];
  readonly converted = new Set<LegacyEncoding>();
  private tables = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly lists: ListNumbering,
  ) {}

  walk(parent: XmlElement | undefined, cell: TableCell | undefined): void {
    for (const el of childElements(parent)) {
      switch (el.localName) {
        case 'p':
          this.paragraph(el, cell);
          break;
        case 'tbl':
          this.table(el);
          break;
        case 'sdt':
          this.walk(child(el, 'sdtContent'), cell);
          break;
        case 'customXml':
        case 'ins':
          this.walk(el, cell);
          break;
      }
    }
  }

  private table(tbl: XmlElement): void {
    const index = this.tables++;
    childElements(tbl)
      .filter((e) => e.localName === 'tr')
      .forEach((tr, row) => {
        let col = 0;
        for (const tc of childElements(tr).filter((e) => e.localName === 'tc')) {
          this.walk(tc, { index, row, col });
          col += Number(wAttr(child(child(tc, 'tcPr'), 'gridSpan'), 'val') ?? 1);
        }
      });
  }

  private paragraph(p: XmlElement, cell: TableCell | undefined): void {
    const pPr = child(p, 'pPr');
    const pStyle = wAttr(child(pPr, 'pStyle'), 'val');
    const runs: Array<{ text: string; bold: boolean }> = [];
    this.collectRuns(p, pStyle, runs);
    let text = cleanText(runs.map((r) => r.text).join('')).replace(/\s+/g, ' ').trim();
    // A text box anchored in this paragraph (some headers put the number or the body's name in one)
    // is read after it; Word also writes a VML copy in mc:Fallback, which is skipped.
    const boxes = textBoxesIn(p);
    if (text === '') {
      for (const box of boxes) this.walk(box, cell);
      return;
    }
    const numPr = child(pPr, 'numPr');
    const numId = wAttr(child(numPr, 'numId'), 'val');
    const num = numId ? { numId, ilvl: Number(wAttr(child(numPr, 'ilvl'), 'val') ?? 0) } : this.styles.paragraphNum(pStyle);
    const label = num ? this.lists.label(num.numId, num.ilvl) : undefined;
    if (label) text = `${label} ${text}`;
    const written = runs.filter((r) => r.text.trim() !== '');
    const jc = wAttr(child(pPr, 'jc'), 'val') ?? this.styles.paragraphJc(pStyle);
    const align = jc === 'center' ? 'center' : jc === 'right' || jc === 'end' ? 'right' : jc === 'both' || jc === 'distribute' ? 'both' : jc === 'left' || jc === 'start' ? 'left' : undefined;
    this.paragraphs.push({
      text,
      ...(written.length > 0 && written.every((r) => r.bold) ? { bold: true } : {}),
      ...(align ? { align } : {}),
      ...(cell ? { table: cell } : {}),
    });
    for (const box of boxes) this.walk(box, cell);
  }

  /** Runs in order, through hyperlinks, fields, smart tags and insertions; not into deletions or text boxes. */
  private collectRuns(parent: XmlElement, pStyle: string | undefined, out: Array<{ text: string; bold: boolean }>): void {
    for (const el of childElements(parent)) {
      if (el.localName === 'r') out.push(this.run(el, pStyle));
      else if (['hyperlink', 'ins', 'smartTag', 'fldSimple', 'customXml', 'bdo', 'dir'].includes(el.localName ?? '')) this.collectRuns(el, pStyle, out);
      else if (el.localName === 'sdt') this.collectRuns(child(el, 'sdtContent') ?? el, pStyle, out);
    }
  }

  private run(r: XmlElement, pStyle: string | undefined): { text: string; bold: boolean } {
    const rPr = child(r, 'rPr');
    const look = this.styles.runLook(rPr, wAttr(child(rPr, 'rStyle'), 'val'), pStyle);
    let text = '';
    for (const el of childElements(r)) {
      switch (el.localName) {
        case 't':
          text += el.textContent ?? '';
          break;
        case 'tab':
        case 'br':
        case 'cr':
          text += ' ';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
      }
    }
    const legacy = legacyFontEncoding(look.font);
    if (legacy && text !== '' && !BEYOND_LATIN1.test(text)) {
      const unicode = convertLegacy(text, legacy.encoding);
      if (unicode !== text) this.converted.add(legacy.encoding);
      text = legacy.caps ? upperVi(unicode) : unicode;
    }
    return { text, bold: look.bold };
  }
}
