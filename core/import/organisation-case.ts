import { isVietnameseSyllable } from '../text/legacy-encodings';

/**
 * A body's name as printed in a header, in capitals ("HUYỆN ỦY AN LÃO", "ỦY BAN NHÂN DÂN TỈNH
 * HẢI DƯƠNG"), turned into the case it is cited in ("Huyện ủy An Lão", "Ủy ban nhân dân tỉnh Hải
 * Dương"). Capitals lose the information, so this applies the writing rules for names of bodies
 * (Nghị định 30/2020, Phụ lục II): the first word of the name and of its specialised part and the
 * place name are capitalised, the kind of administrative unit is not. A suggestion the clerk
 * confirms: where the rules cannot tell, the result stays readable, never wrong in a surprising way.
 */

/** Administrative units written in lower case before their proper name ("tỉnh Hải Dương"). */
const UNITS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];
/** Party committees whose name is followed directly by the place ("Huyện ủy An Lão"). */
const COMMITTEE = /^(?:huyện|thành|tỉnh|quận|thị|đảng)\s+[uủ][ỷy]$/u;
/** Fixed names whose case is known. */
const KNOWN: Array<[RegExp, string]> = [
  [/^ban thường vụ(?=\s|$)/u, 'Ban Thường vụ'],
  [/^ban chấp hành(?=\s|$)/u, 'Ban Chấp hành'],
  [/^bộ chính trị(?=\s|$)/u, 'Bộ Chính trị'],
  [/^ban bí thư(?=\s|$)/u, 'Ban Bí thư'],
  [/^ủy ban kiểm tra(?=\s|$)/u, 'Ủy ban Kiểm tra'],
  [/^uỷ ban kiểm tra(?=\s|$)/u, 'Uỷ ban Kiểm tra'],
  [/^ủy ban nhân dân(?=\s|$)/u, 'Ủy ban nhân dân'],
  [/^uỷ ban nhân dân(?=\s|$)/u, 'Uỷ ban nhân dân'],
  [/^hội đồng nhân dân(?=\s|$)/u, 'Hội đồng nhân dân'],
  [/^đảng bộ(?=\s|$)/u, 'Đảng bộ'],
  [/^chi bộ(?=\s|$)/u, 'Chi bộ'],
];
/** Bodies whose specialised name follows ("Sở Giáo dục và Đào tạo", "Ban Tuyên giáo"). */
const SPECIALISED_HEADS = new Set(['sở', 'bộ', 'phòng', 'ban', 'cục', 'vụ', 'viện', 'trường', 'văn phòng', 'trung tâm', 'chi cục']);

const lower = (w: string) => w.toLocaleLowerCase('vi');
const capital = (w: string) => (w === '' ? w : w.charAt(0).toLocaleUpperCase('vi') + w.slice(1));
/** UBND, GDĐT, MTTQ: abbreviations stay in capitals. */
const isAbbreviation = (w: string) => /^\p{Lu}{2,}$/u.test(w.replace(/[&.\-]/g, '')) && !isVietnameseSyllable(lower(w));

export function organisationCase(caps: string): string {
  const words = caps.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const out = words.map((w) => (isAbbreviation(w) ? w : lower(w)));
  const known = KNOWN.find(([re]) => re.test(out.join(' ')));
  let i = 0;
  if (known) {
    const fixed = known[1].split(' ');
    fixed.forEach((w, k) => (out[k] = w));
    i = fixed.length;
  }
  out[0] = capital(out[0]!);
  let properName = false;
  let specialised = false;
  for (; i < out.length; i += 1) {
    const pair = `${out[i]} ${out[i + 1] ?? ''}`.trim();
    if (!properName && COMMITTEE.test(lower(pair))) {
      // "Huyện ủy An Lão": the rest is the place; "Đảng ủy phường Đông Đa": a unit comes first.
      // Inside a longer name the committee is capitalised: "Ban Thường vụ Huyện ủy".
      if (i > 0) out[i] = capital(out[i]!);
      i += 1;
      properName = !UNITS.some((u) => (out.slice(i + 1).join(' ') + ' ').startsWith(u + ' '));
      continue;
    }
    if (properName) {
      out[i] = capital(out[i]!);
      continue;
    }
    const unit = UNITS.find((u) => (out.slice(i).join(' ') + ' ').startsWith(u + ' ') && i + u.split(' ').length < out.length);
    if (unit && i > 0) {
      // The unit stays in lower case; what follows is its proper name.
      i += unit.split(' ').length - 1;
      properName = true;
      specialised = false;
      continue;
    }
    const head = SPECIALISED_HEADS.has(out[i - 1] === undefined ? '' : lower(out[i - 1]!)) || SPECIALISED_HEADS.has(lower(`${out[i - 2] ?? ''} ${out[i - 1] ?? ''}`));
    if (head && !specialised && out[i] !== 'và') {
      out[i] = capital(out[i]!);
      specialised = true;
    } else if (specialised && out[i - 1] === 'và') out[i] = capital(out[i]!);
  }
  return out.join(' ');
}
