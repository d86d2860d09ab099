import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

/**
 * Parses an XML part as strictly as Word does. @xmldom/xmldom checks the tree (tags, nesting,
 * one root) but lets through what XML 1.0 forbids in the text itself, so this adds: the bytes
 * are UTF-8, every character is an XML 1.0 Char (no C0 controls but tab/LF/CR, no U+FFFE/U+FFFF,
 * no lone surrogates), character references point at allowed characters, and `&` only starts a
 * predefined entity or a character reference.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
const CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

const isXmlChar = (code: number): boolean =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

const where = (xml: string, index: number): string => `at ${index}: ${JSON.stringify(xml.slice(Math.max(0, index - 30), index + 30))}`;

/** Throws an Error naming the part and the place when `bytes` is not a well-formed XML 1.0 document. */
export function parseStrictXml(name: string, bytes: Uint8Array): Document {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name}: not valid UTF-8`);
  }
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) throw new Error(`${name}: character U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} is not allowed in XML 1.0 ${where(xml, bad.index)}`);
  const amp = BAD_AMPERSAND.exec(xml);
  if (amp) throw new Error(`${name}: bare "&" ${where(xml, amp.index)}`);
  for (const ref of xml.matchAll(CHAR_REF)) {
    const body = ref[1] as string;
    const code = body.startsWith('x') ? Number.parseInt(body.slice(1), 16) : Number(body);
    if (!isXmlChar(code)) throw new Error(`${name}: character reference ${ref[0]} is not allowed in XML 1.0 ${where(xml, ref.index ?? 0)}`);
  }
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      // U+FFFD is a character like any other (a clerk may paste one); xmldom only guesses at an encoding problem.
      if (level === 'warning' && /replacement character/.test(message)) return;
      problems.push(`${level}: ${message}`);
    },
  });
  let doc: ReturnType<typeof parser.parseFromString>;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (err) {
    // xmldom throws a fatal error itself, after reporting it.
    throw new Error(`${name}: ${(err as Error).message}`);
  }
  if (problems.length > 0) throw new Error(`${name}: ${problems[0]}`);
  if (!doc.documentElement) throw new Error(`${name}: no root element`);
  return doc as unknown as Document;
}

/** Every .xml and .rels part of a DOCX, parsed strictly; throws on the first one that is not well-formed. */
export async function parseDocxParts(docx: Uint8Array): Promise<Map<string, Document>> {
  const zip = await JSZip.loadAsync(docx);
  const parts = new Map<string, Document>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(name)) continue;
    parts.set(name, parseStrictXml(name, await file.async('uint8array')));
  }
  for (const required of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'docProps/core.xml']) {
    if (!parts.has(required)) throw new Error(`${required} missing from the package`);
  }
  return parts;
}

/**
 * The text of a WordprocessingML part as a reader sees it: one line per paragraph, runs joined,
 * a line break or tab as a space.
 */
export function wordText(doc: Document): string {
  const lines: string[] = [];
  const paragraphs = doc.getElementsByTagName('w:p');
  for (let i = 0; i < paragraphs.length; i += 1) {
    let line = '';
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeName === 'w:t') line += child.textContent ?? '';
        else if (child.nodeName === 'w:br' || child.nodeName === 'w:tab') line += ' ';
        else if (child.nodeName !== 'w:p') walk(child);
      }
    };
    walk(paragraphs[i] as Node);
    lines.push(line);
  }
  return lines.join('\n');
}
