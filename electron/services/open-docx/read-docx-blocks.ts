import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { DocxBlock, DocxCell, DocxContent, DocxParagraph, DocxRun } from '../../../core/import/plan-from-docx/docx-blocks';
import { decodeRunText } from '../../../core/import/plan-from-docx/legacy-fonts';
import { cleanText } from '../../../core/text/clean-text';
import { upperVi } from '../../../core/text/vi-case';
import { UserError } from '../errors';
import { type RunLook, type StyleSheet, mergeLook, readStyleSheet, runLookOf } from './docx-styles';
import { W_NS, type XmlElement, allChildren, textContent, wAttr, wChild, wChildren } from './wordml';
import { type NumberingReader, readNumbering } from './word-numbering';
import { checkZip } from './zip-guard';

/**
 * Reads a Word plan (.docx) into neutral blocks: paragraphs with their runs' look and font (legacy
 * TCVN3 / VNI fonts converted per run), tables with their cells, footnotes as text. Refuses,
 * with one Vietnamese sentence (a UserError), a file that is not a readable Word document.
 */

/** A real plan is a few hundred kB; 20 MB leaves room for pictures (logos, scanned signatures). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

const REFUSALS = {
  tooBig: 'Tệp Word quá lớn (hơn 20 MB) nên không mở được; hãy lưu lại bản không kèm ảnh rồi mở lại.',
  notDocx: 'Tệp không phải là tài liệu Word .docx đọc được (có thể tệp hỏng hoặc là tệp .doc cũ); hãy mở tệp bằng Word, lưu lại dạng .docx rồi thử lại.',
  encrypted: 'Tệp Word này được đặt mật khẩu nên không đọc được; hãy mở bằng Word, bỏ mật khẩu, lưu lại rồi mở lại.',
  bomb: 'Tệp Word chứa dữ liệu nén bất thường (quá nhiều phần hoặc giải nén quá lớn) nên bị từ chối; hãy lưu lại tệp bằng Word rồi mở lại.',
} as const;

export async function readDocxBlocks(bytes: Uint8Array): Promise<DocxContent> {
  if (bytes.length > MAX_DOCX_BYTES) throw new UserError(REFUSALS.tooBig);
  const refusal = checkZip(bytes);
  if (refusal === 'encrypted') throw new UserError(REFUSALS.encrypted);
  if (refusal === 'not-zip') throw new UserError(REFUSALS.notDocx);
  if (refusal !== null) throw new UserError(REFUSALS.bomb);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw new UserError(REFUSALS.notDocx);
  }
  const documentXml = await readPart(zip, 'word/document.xml');
  if (documentXml === undefined) throw new UserError(REFUSALS.notDocx);
  const document = parseXml(documentXml);
  const body = document ? wChild(document, 'body') : undefined;
  if (!body) throw new UserError(REFUSALS.notDocx);

  const stylesXml = await readPart(zip, 'word/styles.xml');
  const sheet = readStyleSheet(stylesXml ? parseXml(stylesXml) : undefined);
  const numberingXml = await readPart(zip, 'word/numbering.xml');
  const footnotes: Record<string, string> = {};
  const context: ReadContext = { sheet, numbering: readNumbering(numberingXml ? parseXml(numberingXml) : undefined), footnotes };
  const footnotesXml = await readPart(zip, 'word/footnotes.xml');
  const notesRoot = footnotesXml ? parseXml(footnotesXml) : undefined;
  for (const note of notesRoot ? wChildren(notesRoot, 'footnote') : []) {
    const id = wAttr(note, 'id');
    const type = wAttr(note, 'type');
    if (id === undefined || (type !== undefined && type !== 'normal')) continue;
    footnotes[id] = readBlockContainer(note, context)
      .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
      .join('\n')
      .trim();
  }
  const blocks = readBlockContainer(body, context);

  return { blocks, footnotes };
}

async function readPart(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  try {
    return await file.async('string');
  } catch {
    throw new UserError(REFUSALS.notDocx);
  }
}

function parseXml(xml: string): XmlElement | undefined {
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
    return (doc.documentElement as unknown as XmlElement | null) ?? undefined;
  } catch {
    throw new UserError(REFUSALS.notDocx);
  }
}

interface ReadContext {
  sheet: StyleSheet;
  numbering: NumberingReader;
  /** Footnote texts by id, read before the body. */
  footnotes: Record<string, string>;
}

/** w:body, w:tc, w:sdtContent, w:footnote: paragraphs and tables in order. */
function readBlockContainer(container: XmlElement, context: ReadContext): DocxBlock[] {
  const out: DocxBlock[] = [];
  for (const el of wChildren(container)) {
    if (el.localName === 'p') {
      out.push(readParagraph(el, context));
      // Old plans often set the header lines in text boxes: their paragraphs follow the anchor's.
      for (const box of textBoxes(el)) out.push(...readBlockContainer(box, context));
    }
    else if (el.localName === 'tbl') out.push({ kind: 'table', rows: readRows(el, context) });
    else if (el.localName === 'sdt') {
      const content = wChild(el, 'sdtContent');
      if (content) out.push(...readBlockContainer(content, context));
    } else if (el.localName === 'customXml') out.push(...readBlockContainer(el, context));
  }
  return out;
}

function readRows(tbl: XmlElement, context: ReadContext): DocxCell[][] {
  return wChildren(tbl, 'tr').map((tr) =>
    wChildren(tr, 'tc').map((tc) => {
      const tcPr = wChild(tc, 'tcPr');
      const span = Number(wAttr(wChild(tcPr, 'gridSpan'), 'val') ?? '1');
      const vMergeEl = wChild(tcPr, 'vMerge');
      const cell: DocxCell = { blocks: readBlockContainer(tc, context) };
      if (Number.isFinite(span) && span > 1) cell.span = span;
      if (vMergeEl) cell.vMerge = wAttr(vMergeEl, 'val') === 'restart' ? 'restart' : 'continue';
      return cell;
    }),
  );
}

/** The w:txbxContent of text boxes anchored in a paragraph; an mc:Fallback repeats its Choice, so it is skipped. */
function textBoxes(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of allChildren(node)) {
      if (child.localName === 'Fallback') continue;
      if (child.localName === 'txbxContent' && child.namespaceURI === W_NS) out.push(child);
      else walk(child);
    }
  };
  walk(el);
  return out;
}

const ALIGNS: Record<string, DocxParagraph['align']> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both' };

function readParagraph(p: XmlElement, context: ReadContext): DocxParagraph {
  const { sheet, numbering } = context;
  const pPr = wChild(p, 'pPr');
  const styleId = wAttr(wChild(pPr, 'pStyle'), 'val') ?? sheet.defaultParagraphId;
  const base = mergeLook(mergeLook(sheet.defaults, sheet.paragraphLook(styleId)), {});
  const runs: DocxRun[] = [];
  collectRuns(p, context, base, runs);
  const numPr = wChild(pPr, 'numPr') ?? sheet.styleNumPr(styleId);
  const label = numPr ? numbering.labelFor(numPr) : undefined;
  // Word draws the label; the recogniser reads it from the text like a typed one.
  if (label !== undefined && runs.some((r) => r.text.trim() !== '')) runs.unshift({ text: `${label} `, ...(runs[0]?.bold ? { bold: true } : {}) });
  const para: DocxParagraph = { kind: 'paragraph', runs: mergeRuns(runs) };
  const align = ALIGNS[wAttr(wChild(pPr, 'jc'), 'val') ?? sheet.styleAlign(styleId) ?? ''];
  if (align) para.align = align;
  const style = sheet.styleName(styleId);
  if (style) para.style = style;
  // numId 0 switches a style's numbering off; anything else Word numbers in a way not read here.
  if (numPr && label === undefined && wAttr(wChild(numPr, 'numId'), 'val') !== '0') para.autoNumbered = true;
  return para;
}

/** Runs inside hyperlinks, insertions, smart tags and content controls count; deletions do not. */
function collectRuns(el: XmlElement, context: ReadContext, base: RunLook, out: DocxRun[]): void {
  for (const child of allChildren(el)) {
    switch (child.localName) {
      case 'r':
        readRun(child, context, base, out);
        break;
      case 'hyperlink':
      case 'ins':
      case 'smartTag':
      case 'customXml':
      case 'fldSimple':
      case 'sdtContent':
      case 'sdt':
        collectRuns(child, context, base, out);
        break;
      default:
        break;
    }
  }
}

function readRun(r: XmlElement, context: ReadContext, base: RunLook, out: DocxRun[]): void {
  const { sheet } = context;
  const rPr = wChild(r, 'rPr');
  const look = mergeLook(mergeLook(base, sheet.runStyleLook(wAttr(wChild(rPr, 'rStyle'), 'val'))), runLookOf(rPr));
  let raw = '';
  const flush = (): void => {
    if (raw === '') return;
    // U+2011 (typed non-breaking hyphen) reads as "-", a soft hyphen is invisible: citations are matched on the text.
    let text = cleanText(decodeRunText(raw, look.font)).replace(/\u2011/g, '-').replace(/\u00ad/g, '');
    if (look.caps) text = upperVi(text);
    const run: DocxRun = { text };
    if (look.bold) run.bold = true;
    if (look.italic) run.italic = true;
    if (look.underline) run.underline = true;
    if (look.font) run.font = look.font;
    out.push(run);
    raw = '';
  };
  for (const part of wChildren(r)) {
    switch (part.localName) {
      case 't':
        raw += textContent(part);
        break;
      case 'tab':
        raw += '\t';
        break;
      case 'br':
      case 'cr':
        // A page break is not a line of the text.
        if (wAttr(part, 'type') !== 'page') raw += '\n';
        break;
      case 'noBreakHyphen':
        raw += '-';
        break;
      case 'footnoteReference': {
        const note = context.footnotes[wAttr(part, 'id') ?? ''];
        if (note !== undefined) {
          flush();
          out.push({ text: '', footnote: note });
        }
        break;
      }
      default:
        break;
    }
  }
  flush();
}

/** Neighbouring runs with one look are one run (Word splits runs at every edit). */
function mergeRuns(runs: DocxRun[]): DocxRun[] {
  const out: DocxRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.footnote === undefined && run.footnote === undefined && !!last.bold === !!run.bold && !!last.italic === !!run.italic && !!last.underline === !!run.underline && last.font === run.font)
      last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}
