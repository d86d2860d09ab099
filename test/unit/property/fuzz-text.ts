import fc from 'fast-check';

/**
 * Random text as clerks and their tools really produce it, and worse: NFC and NFD Vietnamese,
 * stray combining marks, C0 controls, U+FFFE/U+FFFF, lone surrogates, right-to-left text and
 * direction marks, emoji, XML and Handlebars syntax, the template marker characters, and now and
 * then a 10,000-character line or 10,000 tabs, newlines, spaces or punctuation marks.
 */

const WORDS = [
  'Huyện ủy', 'Ban Thường vụ', 'thực hiện', 'hòa bình', 'khoẻ mạnh', 'quý', 'Đảng bộ', 'giáo dục', 'Chỉ thị',
  'Nghị quyết', 'tăng cường', 'Ủy ban nhân dân', 'phường Đông Đa', 'học sinh, sinh viên', 'năm 2030', 'Mặt trận Tổ quốc',
  'thuỷ lợi', 'khuya', 'NGƯỜI ĐỨNG ĐẦU', 'đ', 'Ư', '32-CT/TU', '4045/QĐ-UBND', 'b/c', 'để t/h',
];

const char = (code: number): string => String.fromCharCode(code);

const shortAtom: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((w) => w.normalize('NFD')) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ', ', '. ', '; ', ': ', '\t', '\n', '\r\n', '\r', '\n\n', '\u00A0', '\u2028', '\u3000') },
  // Combining marks with no letter to sit on, or stacked.
  { weight: 2, arbitrary: fc.array(fc.integer({ min: 0x300, max: 0x36f }).map(char), { minLength: 1, maxLength: 4 }).map((a) => a.join('')) },
  // C0 controls (tab, newline and carriage return included) and DEL.
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f)).map(char) },
  { weight: 2, arbitrary: fc.constantFrom('\uFFFE', '\uFFFF', '\uFFFD', '\uFEFF', '\u0085') },
  // Lone surrogates of either half, and a pair broken by the cut of a copy.
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map(char) },
  { weight: 2, arbitrary: fc.constantFrom('🎯', '👨‍👩‍👧', '🇻🇳', '𠀀', '✔️', '\uD83C\uD83C\uDFAF') },
  { weight: 2, arbitrary: fc.constantFrom('مرحبا بالعالم', 'שלום', '\u200F', '\u200E', '\u202E', '\u202C', '\u2067') },
  { weight: 2, arbitrary: fc.constantFrom('<', '>', '&', '"', "'", ']]>', '<w:t>', '&amp;', '&#1;', '<!--', '<?xml?>') },
  { weight: 2, arbitrary: fc.constantFrom('{{', '}}', '{{org "collective"}}', '{{#each x}}', '\\{{', '**', '*', '- ', '+ ', '(', ')', './.', '…') },
  // The template's marker characters, which must never forge a reference.
  { weight: 1, arbitrary: fc.constantFrom('\uE000', '\uE001', '\uE000citation.full\uE001', '\uE000bases.full:base-1\uE001') },
  // Any code point at all, a few of them.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** 10,000 characters of one kind: the inputs that expose quadratic regexes and loops. */
const LONG_UNITS = ['\t', '\n', ' ', '.', ';', ', ', '- ', 'ệ', 'ệ'.normalize('NFD'), 'Giáo dục ', 'x', '\u0001', '\uFFFE', '\uD800', '🎯', '(', ')'];
export const longAtom: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LONG_UNITS), fc.integer({ min: 9_000, max: 11_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

export interface FuzzTextOptions {
  minAtoms?: number;
  maxAtoms?: number;
  /** Chance (0…1) that the text holds one 10,000-character run. */
  longChance?: number;
}

/** Random text; `minAtoms: 1` makes an empty string unlikely but not impossible (an atom may be empty after all). */
export function fuzzText({ minAtoms = 0, maxAtoms = 8, longChance = 0 }: FuzzTextOptions = {}): fc.Arbitrary<string> {
  const atoms = fc.array(shortAtom, { minLength: minAtoms, maxLength: maxAtoms });
  const permille = Math.round(longChance * 1000);
  const long =
    permille <= 0
      ? fc.constant('')
      : fc.oneof({ weight: 1000 - permille, arbitrary: fc.constant('') }, { weight: permille, arbitrary: longAtom });
  return fc.tuple(atoms, long, fc.nat()).map(([parts, big, at]) => {
    if (big === '') return parts.join('');
    const i = parts.length === 0 ? 0 : at % (parts.length + 1);
    return [...parts.slice(0, i), big, ...parts.slice(i)].join('');
  });
}

/**
 * A word that appears nowhere else in the plan, to follow one field into the document: digits
 * at both ends so no combining mark can merge with it, and consonants only, so neither the case
 * rules nor the tone-mark convention can change it.
 */
export function token(kind: string, n: number): string {
  const letters = 'BCDFGHJKLMNPQRSTVXZ';
  let code = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / letters.length)) code += letters[k % letters.length];
  return `7${kind}${code}9`;
}

/** Random text with a token somewhere inside it. */
export const textWithToken = (mark: string, options: FuzzTextOptions = {}): fc.Arbitrary<string> =>
  fc.tuple(fuzzText(options), fuzzText({ maxAtoms: 3 })).map(([before, after]) => `${before} ${mark} ${after}`);
