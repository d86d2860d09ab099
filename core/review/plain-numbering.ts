import type { ImportedParagraph, ImportedText, NumberingKind } from '../import/imported-text';

/**
 * A small reader of numbered plain text, one paragraph a line ("II. NHIỆM VỤ", "1. …", "1.1. …",
 * "a) …", "- …", "+ …"), for the coverage CLI's .txt parents and for tests. The import readers
 * (core/import/numbering.ts, another part of issue 9) do the full job on DOCX and PDF text; this
 * one only needs the labels and their depth.
 *
 * Depth follows the order in which label shapes first appear under one another, as in Word's
 * numbering: the first shape met is level 1, a new shape under it level 2, and meeting a shape
 * already open closes the levels below it.
 */

interface LabelMatch {
  label: string;
  kind: NumberingKind;
  /** Shapes that share a kind but not a level ("1.1." and "1.1.1."; "A." and "a)"). */
  shape: string;
  rest: string;
}

const ROMAN_DIGITS = /^[IVXLCDM]+$/;

function matchLabel(line: string, previousUpper: string | undefined): LabelMatch | undefined {
  let m = /^([IVXLCDM]+|[A-ZĐ])\.\s+(.*)$/u.exec(line);
  if (m) {
    const mark = m[1]!;
    // "C." after "B." is a letter, "I." at the start or after "A." … is a roman numeral.
    const nextLetter = previousUpper !== undefined && mark.length === 1 && mark.charCodeAt(0) === previousUpper.charCodeAt(0) + 1;
    const roman = ROMAN_DIGITS.test(mark) && !nextLetter && !(mark.length === 1 && previousUpper === undefined && mark !== 'I' && mark !== 'V' && mark !== 'X');
    return roman
      ? { label: `${mark}.`, kind: 'roman', shape: 'roman', rest: m[2]! }
      : { label: `${mark}.`, kind: 'letter', shape: 'upper', rest: m[2]! };
  }
  m = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.*)$/.exec(line);
  if (m) return { label: `${m[1]}.`, kind: 'decimal', shape: `decimal-${m[1]!.split('.').length}`, rest: m[2]! };
  m = /^(\d{1,2})[.)]\s+(.*)$/.exec(line);
  if (m) return { label: `${m[1]}.`, kind: 'arabic', shape: 'arabic', rest: m[2]! };
  m = /^([a-zđ])\)\s+(.*)$/u.exec(line);
  if (m) return { label: `${m[1]})`, kind: 'letter', shape: 'lower', rest: m[2]! };
  m = /^[-–—•]\s*(.*)$/u.exec(line);
  if (m && m[1]) return { label: '-', kind: 'dash', shape: 'dash', rest: m[1] };
  m = /^\+\s*(.*)$/.exec(line);
  if (m && m[1]) return { label: '+', kind: 'plus', shape: 'plus', rest: m[1] };
  return undefined;
}

/** Paragraphs with their labels and levels from text written one paragraph a line. */
export function numberedParagraphs(text: string): ImportedParagraph[] {
  const open: string[] = [];
  let previousUpper: string | undefined;
  const out: ImportedParagraph[] = [];
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const m = matchLabel(line, previousUpper);
    if (!m) {
      out.push({ text: line, level: 0 });
      continue;
    }
    if (m.shape === 'upper') previousUpper = m.label[0];
    const at = open.indexOf(m.shape);
    if (at >= 0) open.length = at + 1;
    else open.push(m.shape);
    out.push({ text: m.rest, label: m.label, kind: m.kind, level: open.length });
  }
  return out;
}

/** A plain-text document as ImportedText (format "txt"). */
export function importedTextFromPlain(text: string, fileName: string): ImportedText {
  return { paragraphs: numberedParagraphs(text), source: { fileName, format: 'txt', bytes: new TextEncoder().encode(text).length } };
}
