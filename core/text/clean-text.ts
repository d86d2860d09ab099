/**
 * Text that goes into a plan or a DOCX: Unicode NFC (text pasted from PDFs or macOS is often
 * NFD), and no characters XML 1.0 forbids (Word refuses a file containing them). Tab and newline
 * are kept; other C0 controls, lone surrogates and U+FFFE/U+FFFF are dropped.
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.normalize('NFC').replace(XML_INVALID, '');
}
