import { describe, expect, it } from 'vitest';
import { citeShort, citeTypeNumber } from '../../../core/citation/cite';
import type { NestedDocument as DocumentRef } from '../../../core/model/document-ref';
import { bases as citeBases, full as citeFull } from './harness';
import { chiThi32, ctr05, ctr12, nq71, thanhXuanBases } from '../../helpers/fixtures';
import { COMMA, NO_COMMA, WORDS, ct29, ctr55 } from './documents';

describe('full citations', () => {
  it('cites the An Lão parent exactly as its summary does (no comma before "ngày")', () => {
    expect(citeFull(chiThi32, NO_COMMA)).toBe(
      'Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030',
    );
  });

  it('chains to the grandparent as the Đông Đa opening sentence does', () => {
    expect(citeFull(ctr05, NO_COMMA)).toBe(
      'Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo',
    );
  });

  it('chains with the comma style, as the An Lão body cites its district programme', () => {
    expect(citeFull(ctr12, COMMA)).toBe(
      'Chương trình hành động số 12-CTr/HU, ngày 29/12/2022 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố về “Một số giải pháp đổi mới, nâng cao chất lượng, hiệu quả công tác tư tưởng của Đảng bộ thành phố đến năm 2025, định hướng đến năm 2030”',
    );
  });

  it('chains to depth 3', () => {
    const plan3: DocumentRef = {
      id: 'kh7', type: 'Kế hoạch', regime: 'dang', number: '7', symbol: 'KH/HU', date: '2024-05-20',
      issuer: 'Ban Thường vụ Huyện ủy Đại Từ', subject: '', implements: ctr55,
    };
    expect(citeFull(plan3, COMMA)).toBe(
      'Kế hoạch số 07-KH/HU, ngày 20/5/2024 của Ban Thường vụ Huyện ủy Đại Từ về thực hiện Chương trình hành động số 55-CTr/TU, ngày 13/3/2024 của Ban Thường vụ Tỉnh ủy Thái Nguyên về thực hiện Chỉ thị số 29-CT/TW, ngày 05/01/2024 của Bộ Chính trị về …',
    );
  });

  it('matches the spec example of a chained citation with the comma style', () => {
    expect(citeFull(ctr55, COMMA)).toBe(
      'Chương trình hành động số 55-CTr/TU, ngày 13/3/2024 của Ban Thường vụ Tỉnh ủy Thái Nguyên về thực hiện Chỉ thị số 29-CT/TW, ngày 05/01/2024 của Bộ Chính trị về …',
    );
  });

  it('introduces a short name in brackets only when asked (first use)', () => {
    expect(citeFull(ct29, COMMA, { allowIntroduce: true })).toBe(
      'Chỉ thị số 29-CT/TW, ngày 05/01/2024 của Bộ Chính trị về … (sau đây viết tắt là Chỉ thị số 29-CT/TW)',
    );
    expect(citeFull(ct29, COMMA)).not.toContain('sau đây');
  });

  it('writes the date in words for state citations in that style', () => {
    const nd30: DocumentRef = {
      id: 'nd30', type: 'Nghị định', regime: 'nha-nuoc', number: '30', symbol: '2020/NĐ-CP', date: '2020-03-05',
      issuer: 'Chính phủ', subject: 'về công tác văn thư',
    };
    expect(citeFull(nd30, WORDS)).toBe('Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư');
  });
});

describe('short citations', () => {
  it('uses type, "số" and number-symbol (the form An Lão dropped "số" from)', () => {
    expect(citeShort(chiThi32)).toBe('Chỉ thị số 32-CT/TU');
    expect(citeShort(nq71)).toBe('Nghị quyết số 71-NQ/TW');
    expect(citeShort(ctr05)).toBe('Chương trình hành động số 05-CTr/TU');
  });

  it('uses the short name only once it has been introduced', () => {
    const named = { ...ct29, shortName: 'Chỉ thị 29' };
    expect(citeShort(named, false)).toBe('Chỉ thị số 29-CT/TW');
    expect(citeShort(named, true)).toBe('Chỉ thị 29');
  });

  it('names a programme by type and number only when asked', () => {
    expect(citeTypeNumber(ctr05)).toBe('Chương trình hành động số 05');
  });
});

describe('several bases', () => {
  it('joins the four bases of the Thanh Xuân plan as its opening sentence does', () => {
    expect(citeBases(thanhXuanBases, NO_COMMA)).toBe(
      'Quyết định số 4045/QĐ-UBND ngày 11/8/2023 và Quyết định số 4354/QĐ-UBND ngày 31/8/2023 của Ủy ban nhân dân (UBND) thành phố Hà Nội về việc ban hành và sửa đổi khung Kế hoạch thời gian năm học 2023-2024 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn thành phố Hà Nội; ' +
        'Công văn số 3360/SGDĐT-CTTT ngày 15/9/2023 của Sở Giáo dục và Đào tạo (GDĐT) Hà Nội về việc hướng dẫn thực hiện nhiệm vụ giáo dục chính trị, công tác học sinh năm học 2023-2024; ' +
        'Kế hoạch số 195/KH-UBND ngày 28/8/2023 của UBND quận Thanh Xuân về nhiệm vụ năm học 2023-2024',
    );
  });

  it('joins Party bases with the comma style and does not merge different issuers', () => {
    expect(citeBases([chiThi32, ctr05], COMMA)).toBe(
      'Chỉ thị số 32-CT/TU, ngày 24/4/2024 của Ban Thường vụ Thành ủy về việc tăng cường công tác giáo dục chính trị tư tưởng đối với học sinh, sinh viên trên địa bàn thành phố Hải Phòng đến năm 2030; ' +
        'Chương trình hành động số 05-CTr/TU, ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo',
    );
  });

  it('introduces a base short name at the end of its own citation', () => {
    expect(citeBases([ct29], COMMA, { allowIntroduce: true })).toBe(
      'Chỉ thị số 29-CT/TW, ngày 05/01/2024 của Bộ Chính trị về … (sau đây viết tắt là Chỉ thị số 29-CT/TW)',
    );
  });
});
