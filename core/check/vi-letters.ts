/**
 * Character classes of Vietnamese letters for regular expressions without the "u" flag: Unicode
 * property escapes (\p{Lu}) make V8 scan a 200-page plan several times slower, and the checker
 * runs on every pause in typing. Built once from the Latin ranges Vietnamese uses.
 */
function classOf(keep: (ch: string) => boolean): string {
  let out = '';
  for (const [from, to] of [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1ea0, 0x1ef9],
  ] as const) {
    for (let code = from; code <= to; code += 1) {
      const ch = String.fromCharCode(code);
      if (keep(ch)) out += ch;
    }
  }
  return out.replace(/[\]\\^-]/g, '\\$&');
}

const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

/** Upper-case letters (A–Z, Đ, Ư, Ơ, Ắ …), as the inside of a [class]. */
export const UPPER = classOf((ch) => isLetter(ch) && ch === ch.toUpperCase());
/** Lower-case letters. */
export const LOWER = classOf((ch) => isLetter(ch) && ch === ch.toLowerCase());
/** Any letter. */
export const LETTER = UPPER + LOWER;

const LETTER_TEST = new RegExp(`[${LETTER}\\u0300-\\u036f]`);
/** True when the character is a letter (or a combining mark of one): word boundaries by hand. */
export const isViLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER_TEST.test(ch);
