import type { DocxBlock, DocxCell, DocxParagraph, DocxRun } from '../../../core/import/plan-from-docx/docx-blocks';

/** Hand-made neutral blocks for recogniser tests. */
export const p = (text: string, opts: Partial<Omit<DocxParagraph, 'kind' | 'runs'>> & { bold?: boolean; runs?: DocxRun[] } = {}): DocxParagraph => {
  const { bold, runs, ...rest } = opts;
  return { kind: 'paragraph', runs: runs ?? [{ text, ...(bold ? { bold: true } : {}) }], ...rest };
};
export const center = (text: string, bold = false): DocxParagraph => p(text, { align: 'center', bold });
export const cell = (...blocks: DocxBlock[]): DocxCell => ({ blocks });
export const table = (...rows: DocxCell[][]): DocxBlock => ({ kind: 'table', rows });

export const partyHeader = (issuing = 'HUYỆN ỦY KIẾN THỤY', superior = 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', numberLine = 'Số 12-KH/HU', dateLine = 'Kiến Thụy, ngày 05 tháng 3 năm 2024'): DocxBlock[] => [
  table(
    [cell(center(superior), center(issuing, true), center('*')), cell(center('ĐẢNG CỘNG SẢN VIỆT NAM', true))],
    [cell(center(numberLine)), cell(p(dateLine, { align: 'center' }))],
  ),
  center('KẾ HOẠCH', true),
  center('thực hiện Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố về công tác tư tưởng', true),
  center('-----'),
  p('Thực hiện Nghị quyết số 07-NQ/TU, ngày 01/8/2022 của Ban Chấp hành Đảng bộ thành phố về công tác tư tưởng, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:'),
];

export const partyClosing = (): DocxBlock[] => [
  table([
    cell(p('Nơi nhận:'), p('- Ban Tuyên giáo Thành ủy (để b/c),'), p('- Các chi, đảng bộ trực thuộc (để t/h),'), p('- Lưu Văn phòng Huyện ủy.')),
    cell(center('T/M BAN THƯỜNG VỤ', true), center('PHÓ BÍ THƯ', true), center(''), center('Nguyễn Văn Bình', true)),
  ]),
];
