import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacyEncoding } from '../../core/text/legacy-encodings';

/**
 * The test writes its own Unicode → legacy encoders (from the published TCVN3 and VNI tables)
 * to turn real sentences of the example plans into what a clerk pastes from an old .doc file.
 */

// TCVN3 (ABC): one Latin-1 code per lowercase letter; capitals only for Ă Â Ê Ô Ơ Ư Đ.
const TCVN3_TABLE =
  'á¸à\u00b5ả¶ã·ạ¹ă¨ắ¾ằ»ẳ¼ẵ½ặÆâ©ấÊầÇẩÈẫÉậËđ®é\u00d0èÌẻÎẽÏẹÑêªếÕềÒểÓễÔệÖ' +
  'í\u00ddì×ỉØĩÜịÞóãòßỏáõâọäô«ốèồåổæỗçộéơ¬ớíờêởëỡìợîúóùïủñũòụôư\u00adứøừõửöữ÷ựù' +
  'ý\u00fdỳúỷûỹüỵþĂ¡Â¢Ê£Ô¤Ơ¥Ư¦Đ§';
const toTcvn3Map = new Map<string, string>();
for (let i = 0; i < TCVN3_TABLE.length; i += 2) toTcvn3Map.set(TCVN3_TABLE[i]!, TCVN3_TABLE[i + 1]!);

function toTcvn3(s: string): string {
  // Toned capitals do not exist in TCVN3: the caps font draws them from the lowercase codes.
  return [...s].map((ch) => toTcvn3Map.get(ch) ?? toTcvn3Map.get(ch.toLowerCase()) ?? ch).join('');
}

// VNI: base letter, then a modifier (â ^, ê breve, ô/ö horn letters) and a tone character.
const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRC_TONE: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE_TONE: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

function toVniLetter(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch !== lower;
  const d = lower.normalize('NFD');
  const base = d[0]!;
  const rest = d.slice(1);
  const tone = [...rest].find((m) => m in VNI_TONE) ?? '';
  let out: string;
  if (lower === 'đ') out = 'ñ';
  else if (!/[aeiouy]/.test(base) || rest === '') return ch;
  else if (rest.includes('\u0302')) out = base + VNI_CIRC_TONE[tone]!;
  else if (rest.includes('\u0306')) out = base + VNI_BREVE_TONE[tone]!;
  else if (rest.includes('\u031b')) out = (base === 'o' ? 'ô' : 'ö') + (tone ? VNI_TONE[tone]! : '');
  else if (base === 'i') out = VNI_I[tone]!;
  else if (base === 'y' && tone === '\u0323') out = 'î';
  else out = base + VNI_TONE[tone]!;
  return upper ? out.toUpperCase() : out;
}
const toVni = (s: string): string => [...s].map(toVniLetter).join('');

// Copies of shared/examples kept in the repo, so the test runs in any clone.
const example = (name: string): string => readFileSync(new URL(`./draft/originals/${name}`, import.meta.url), 'utf8').normalize('NFC');
const anLao = example('an-lao.txt');
const dongDa = example('dong-da.txt');
const thanhXuan = example('thanh-xuan.txt');

// Real lines of the examples (lowercase: TCVN3 has no toned capitals, so case survives only for plain letters).
const sentences = [
  anLao.split('\n').find((l) => l.includes('Tăng cường công tác giáo dục chính trị tư tưởng'))!.trim(),
  dongDa.split('\n').find((l) => l.length > 60 && /[ươ]/.test(l))!.trim(),
  thanhXuan.split('\n').find((l) => l.length > 60 && /[ươ]/.test(l))!.trim(),
];

describe('TCVN3 (ABC, .VnTime)', () => {
  it.each(sentences)('converts a real line back to Unicode: %s', (line) => {
    const lower = line.toLowerCase();
    const pasted = toTcvn3(lower);
    expect(pasted).not.toBe(lower);
    expect(detectLegacyEncoding(pasted)).toBe('tcvn3');
    expect(convertLegacy(pasted, 'tcvn3')).toBe(lower.normalize('NFC'));
  });

  it('keeps the capital modified letters', () => {
    expect(convertLegacy(toTcvn3('Đông Đa, Ơ, Ư, Ă, Â, Ê, Ô'), 'tcvn3')).toBe('Đông Đa, Ơ, Ư, Ă, Â, Ê, Ô');
    expect(convertLegacy('§¶ng bé', 'tcvn3')).toBe('Đảng bộ');
  });

  it('converts a whole paragraph of the An Lão plan', () => {
    const para = anLao.slice(anLao.indexOf('Hằng năm'), anLao.indexOf('Hằng năm') + 400).toLowerCase();
    const back = convertLegacy(toTcvn3(para), 'tcvn3');
    expect(back).toBe(para);
    expect(back.normalize('NFC')).toBe(back);
  });
});

describe('VNI (VNI-Times)', () => {
  it.each(sentences)('converts a real line back to Unicode, capitals kept: %s', (line) => {
    const pasted = toVni(line);
    expect(pasted).not.toBe(line);
    expect(detectLegacyEncoding(pasted)).toBe('vni');
    expect(convertLegacy(pasted, 'vni')).toBe(line);
  });

  it('converts the heading lines in capitals', () => {
    const heading = 'I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU';
    expect(toVni(heading)).toBe('I. MUÏC ÑÍCH, YEÂU CAÀU, MUÏC TIEÂU');
    expect(convertLegacy(toVni(heading), 'vni')).toBe(heading);
  });

  it('converts ơ, ư, ươ and ỵ correctly', () => {
    const s = 'người được thuở lịch sử quỵ';
    expect(convertLegacy(toVni(s), 'vni')).toBe(s);
  });
});

describe('text that is not legacy', () => {
  it.each([
    ['Unicode Vietnamese', 'Thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy'],
    ['Unicode Vietnamese with only Latin-1 letters', 'Tôi có má và chú'],
    ['English', 'The committee issues this plan for implementation.'],
    ['French', 'Le café est très bon à Noël, élève'],
    ['German', 'Müller für Öffentlichkeit'],
    ['numbers and symbols', '05-CTr/TU, ngày 12/01/2026 (50%)'],
    ['a whole example plan', dongDa],
  ])('does not detect %s', (_label, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });
});
