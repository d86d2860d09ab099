import { memoByText } from './text-memo';

/**
 * Text that goes into a plan or a DOCX: Unicode NFC (text pasted from PDFs or macOS is often
 * NFD), and no characters XML 1.0 forbids (Word refuses a file containing them, and one in
 * docProps/core.xml makes the package unreadable). Tab, newline and carriage return are kept;
 * other C0 controls, lone surrogates and U+FFFE/U+FFFF are dropped; valid surrogate pairs
 * (emoji, rare Hán characters) are kept.
 *
 * Linear in the length of the text: every alternative of the pattern looks at one or two code
 * units, so a line of 10,000 tabs or controls costs one pass.
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Whether the text may hold one: a control, a surrogate (most are valid pairs), U+FFFE/U+FFFF.
 * A plain character class, without XML_INVALID's look-arounds, so the usual text (no control,
 * no emoji) is passed over at the speed of a scan; every export runs every text through here.
 */
// eslint-disable-next-line no-control-regex
const MAY_BE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function clean(value: string): string {
  // Remove first, then compose: a control between a letter and its combining mark would
  // otherwise keep them apart through NFC and leave NFD text behind once it is dropped.
  const valid = MAY_BE_INVALID.test(value) ? value.replace(XML_INVALID, '') : value;
  return valid.normalize('NFC');
}

/** Remembered by text (text-memo.ts): every export and preview re-layout cleans the whole plan again. */
export const cleanText: (value: string) => string = memoByText(clean);

