import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestFacts } from '../../../core/import/header-facts';
import type { ImportedParagraph, ImportedText } from '../../../core/import/imported-text';
import { recogniseNumbering, type RawParagraph } from '../../../core/import/numbering';
import { organisationCase } from '../../../core/import/organisation-case';
import { isVietnameseSyllable } from '../../../core/text/legacy-encodings';
import { upperVi } from '../../../core/text/vi-case';
import { capitalise, viWord } from '../../helpers/vi-random';

const asText = (raw: RawParagraph[]): ImportedText => ({
  paragraphs: recogniseNumbering(raw),
  source: { fileName: 'x', format: 'txt', bytes: 0 },
});

const example = (name: string): ImportedText =>
  asText(
    readFileSync(`/work/shared/examples/${name}.txt`, 'utf8')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim().normalize('NFC'))
      .filter(Boolean)
      .map((text) => ({ text })),
  );

describe('suggestFacts on the real plans (their text as extracted from the signed PDFs)', () => {
  it('An Lão: a Kế hoạch, place An Lão, day and month left blank, summary as cited', () => {
    const facts = suggestFacts(example('an-lao-ke-hoach-chi-thi-32'));
    expect(facts.type).toBe('Kế hoạch');
    expect(facts.place).toBe('An Lão');
    expect(facts.date).toBeUndefined();
    expect(facts.subject).toBe(
      'về thực hiện Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
    );
  });

  it('Thanh Xuân: dated 21/9/2023, its summary only (not the opening sentence)', () => {
    const facts = suggestFacts(example('thanh-xuan-ke-hoach-nam-hoc-2023-2024'));
    expect(facts).toMatchObject({ type: 'Kế hoạch', place: 'Thanh Xuân', date: '2023-09-21' });
    expect(facts.subject).toBe('về thực hiện nhiệm vụ giáo dục chính trị và công tác học sinh ngành Giáo dục và Đào tạo Thanh Xuân năm học 2023-2024');
  });

  it('Đông Đa: the summary starting "Triển khai thực hiện Chương trình hành động số 05"', () => {
    const facts = suggestFacts(example('dong-da-ke-hoach-ctr-05'));
    expect(facts.type).toBe('Kế hoạch');
    expect(facts.subject).toMatch(/^về triển khai thực hiện Chương trình hành động số 05 của Ban Thường vụ Thành ủy Hà Nội .* trên địa bàn phường$/u);
  });
});

describe('organisationCase', () => {
  it('cites bodies as the rules write them', () => {
    expect(organisationCase('HUYỆN ỦY AN LÃO')).toBe('Huyện ủy An Lão');
    expect(organisationCase('ĐẢNG ỦY PHƯỜNG ĐÔNG ĐA')).toBe('Đảng ủy phường Đông Đa');
    expect(organisationCase('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG')).toBe('Đảng bộ thành phố Hải Phòng');
    expect(organisationCase('ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG')).toBe('Ủy ban nhân dân tỉnh Hải Dương');
    expect(organisationCase('UBND QUẬN THANH XUÂN')).toBe('UBND quận Thanh Xuân');
    expect(organisationCase('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO')).toBe('Phòng Giáo dục và Đào tạo');
    expect(organisationCase('BAN THƯỜNG VỤ HUYỆN UỶ AN LÃO')).toBe('Ban Thường vụ Huyện uỷ An Lão');
    expect(organisationCase('THÀNH ỦY HÀ NỘI')).toBe('Thành ủy Hà Nội');
    expect(organisationCase('BỘ CHÍNH TRỊ')).toBe('Bộ Chính trị');
  });
});

/** Generated headers: random bodies and places, numbers and dates, both regimes, both layouts. */
const syllable = viWord.filter((w) => isVietnameseSyllable(w) && !['và', 'xã', 'tỉnh', 'huyện', 'quận', 'phường'].includes(w));
const placeName = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((ws) => ws.map(capitalise).join(' '));
const body = fc.oneof(
  placeName.map((p) => ({ cited: `Huyện ủy ${p}`, regime: 'dang' as const, code: 'HU' })),
  placeName.map((p) => ({ cited: `Đảng ủy phường ${p}`, regime: 'dang' as const, code: 'ĐU' })),
  placeName.map((p) => ({ cited: `Tỉnh ủy ${p}`, regime: 'dang' as const, code: 'TU' })),
  placeName.map((p) => ({ cited: `Ủy ban nhân dân tỉnh ${p}`, regime: 'nha-nuoc' as const, code: 'UBND' })),
  placeName.map((p) => ({ cited: `UBND quận ${p}`, regime: 'nha-nuoc' as const, code: 'UBND' })),
);
const TYPES: Array<[string, string]> = [
  ['Kế hoạch', 'KH'],
  ['Chỉ thị', 'CT'],
  ['Nghị quyết', 'NQ'],
  ['Quyết định', 'QĐ'],
  ['Hướng dẫn', 'HD'],
  ['Thông báo', 'TB'],
];

const CELL0: ImportedParagraph['table'] = { index: 0, row: 0, col: 0 };
const CELL1: ImportedParagraph['table'] = { index: 0, row: 0, col: 1 };

describe('suggestFacts on generated headers', () => {
  it('reads number, symbol, regime, type, date, place, issuer and subject, laid out as a DOCX table or as PDF lines', () => {
    fc.assert(
      fc.property(
        body,
        placeName,
        fc.constantFrom(...TYPES),
        fc.integer({ min: 1, max: 9999 }),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.array(syllable, { minLength: 3, maxLength: 20 }),
        fc.boolean(),
        (org, place, [type, code], n, date, subjectWords, asPdf) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const party = org.regime === 'dang';
          const number = party ? String(n).padStart(2, '0') : String(n);
          const fullSymbol = party ? `${code}/${org.code}` : `${code}-${org.code}`;
          const numberLine = party ? `Số ${number}-${fullSymbol}` : `Số: ${number}/${fullSymbol}`;
          const title = party ? ['ĐẢNG CỘNG SẢN VIỆT NAM'] : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
          const dateLine = `${place}, ngày ${String(d).padStart(2, '0')} tháng ${m} năm ${y}`;
          const summary = `về ${subjectWords.join(' ')}`;
          const left = [upperVi(org.cited), ...(party ? ['*'] : []), numberLine];
          const right = [...title, dateLine];
          const raw: RawParagraph[] = asPdf
            ? // PDF lines: the two columns side by side on one line where they share a height.
              Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({ text: `${left[i] ?? ''} ${right[i] ?? ''}`.trim() }))
            : [...left.map((text) => ({ text, table: CELL0 })), ...right.map((text) => ({ text, table: CELL1 }))];
          raw.push({ text: upperVi(type), align: 'center' }, { text: summary, align: 'center' }, { text: '-----' }, { text: 'Thực hiện chủ trương của cấp trên, ban hành như sau:', align: 'both' }, { text: 'I. MỤC ĐÍCH' });
          const facts = suggestFacts(asText(raw));
          expect(facts).toEqual({
            type,
            regime: org.regime,
            number,
            symbol: fullSymbol,
            date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            place,
            issuer: org.cited,
            subject: summary,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('suggestFacts: who issued it', () => {
  const doc = (lines: string[]) => asText(lines.map((text) => ({ text })));
  it('a committee document signed for its standing committee is cited as the standing committee’s', () => {
    const head = ['THÀNH ỦY HẢI PHÒNG', '*', 'Số 32-CT/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hải Phòng, ngày 24 tháng 4 năm 2024', 'CHỈ THỊ', 'về tăng cường công tác giáo dục chính trị tư tưởng', 'Nội dung.'];
    expect(suggestFacts(doc([...head, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Lê Văn A']))).toMatchObject({
      type: 'Chỉ thị',
      number: '32',
      symbol: 'CT/TU',
      date: '2024-04-24',
      place: 'Hải Phòng',
      issuer: 'Ban Thường vụ Thành ủy Hải Phòng',
      subject: 'về tăng cường công tác giáo dục chính trị tư tưởng',
    });
    expect(suggestFacts(doc([...head, 'T/M THÀNH ỦY', 'BÍ THƯ'])).issuer).toBe('Thành ủy Hải Phòng');
  });

  it('a state letter: "V/v" is its summary, its symbol has no type code', () => {
    const facts = suggestFacts(doc(['UBND QUẬN THANH XUÂN', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 668/GDĐT-KHTC', 'V/v hướng dẫn thực hiện nhiệm vụ năm học', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thanh Xuân, ngày 05 tháng 01 năm 2024', 'Kính gửi: Các trường', '1. Nội dung']));
    expect(facts).toMatchObject({ type: 'Công văn', regime: 'nha-nuoc', number: '668', symbol: 'GDĐT-KHTC', date: '2024-01-05', subject: 'về việc hướng dẫn thực hiện nhiệm vụ năm học', issuer: 'Phòng Giáo dục và Đào tạo' });
  });
});

describe('suggestFacts: state numbers with a year', () => {
  const doc = (lines: string[]) => asText(lines.map((text) => ({ text })));
  it('a Nghị định "Số: 30/2020/NĐ-CP" and a Luật "Luật số: 43/2019/QH14"', () => {
    const decree = suggestFacts(doc(['CHÍNH PHỦ', 'Số: 30/2020/NĐ-CP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 05 tháng 3 năm 2020', 'NGHỊ ĐỊNH', 'Về công tác văn thư', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;']));
    expect(decree).toEqual({ regime: 'nha-nuoc', number: '30', symbol: '2020/NĐ-CP', type: 'Nghị định', place: 'Hà Nội', date: '2020-03-05', issuer: 'Chính phủ', subject: 'về công tác văn thư' });
    const law = suggestFacts(doc(['QUỐC HỘI', 'Luật số: 43/2019/QH14', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'LUẬT', 'GIÁO DỤC', 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;']));
    expect(law).toMatchObject({ regime: 'nha-nuoc', number: '43', symbol: '2019/QH14', type: 'Luật', issuer: 'Quốc hội', subject: 'về giáo dục' });
  });
});
