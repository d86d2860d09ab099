import { convertLegacy, type LegacyEncoding } from '../../core/text/legacy-encodings';

/**
 * Unicode Vietnamese → TCVN3 or VNI text (Latin-1 look-alikes), for building legacy test files.
 * Built by inverting the app's own decoder over every candidate code, so the encoder cannot
 * disagree with the tables it tests; a round trip through both is checked by the tests.
 */
function inverse(enc: LegacyEncoding): Map<string, string> {
  const map = new Map<string, string>();
  const latin = Array.from({ length: 0xff - 0xa0 }, (_, i) => String.fromCharCode(0xa1 + i));
  const singles = enc === 'tcvn3' ? latin : [...latin, ...'aeiouyAEIOUY'];
  for (const ch of singles) {
    const u = convertLegacy(ch, enc);
    if (u !== ch && !map.has(u)) map.set(u, ch);
  }
  if (enc === 'vni') {
    for (const base of 'aeiouyAEIOUYôöÔÖ') {
      for (const mark of latin) {
        const pair = base + mark;
        const u = convertLegacy(pair, enc);
        if ([...u].length === 1 && u !== pair && !map.has(u)) map.set(u, pair);
      }
    }
  }
  return map;
}

const TABLES = { tcvn3: inverse('tcvn3'), vni: inverse('vni') };

/** TCVN3 has no toned capitals: text meant for the caps font ".VnTimeH" is encoded in lower case. */
export function encodeLegacy(text: string, enc: LegacyEncoding): string {
  const table = TABLES[enc];
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lowered = enc === 'tcvn3' && !table.has(ch) && /[^\x00-\x7f]/.test(ch) && /\p{Lu}/u.test(ch) ? ch.toLocaleLowerCase('vi') : ch;
    out += table.get(lowered) ?? lowered;
  }
  return out;
}

/** A string of Latin-1 characters as the bytes an 8-bit text file holds. */
export const latin1Bytes = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
