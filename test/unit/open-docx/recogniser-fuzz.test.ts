import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocxBlock, DocxParagraph } from '../../../core/import/plan-from-docx/docx-blocks';
import { planFromDocx } from '../../../core/import/plan-from-docx/plan-from-docx';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';

/**
 * Whatever Word file a clerk opens, the recogniser gives a draft the app can load (or lists what
 * it could not place); it never throws. Blocks are drawn from the pieces real plans are made of,
 * in any order, with noise.
 */
const PIECES = [
  'KẾ HOẠCH', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'HUYỆN ỦY TIÊN LÃNG', 'Số 07-KH/HU', 'Số: 12/KH-UBND', 'Tiên Lãng, ngày 03 tháng 02 năm 2025', 'ngày  tháng  năm', '*', '-----',
  'thực hiện Nghị quyết số 12-NQ/TU ngày 03/02/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số',
  'Thực hiện Nghị quyết số 12-NQ/TU ngày 03/02/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:',
  'Căn cứ Luật Tổ chức chính quyền địa phương;', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ', 'A. NHIỆM VỤ CHUNG', 'C. TỔ CHỨC', '1. Mục đích', '2) Yêu cầu',
  '1.1. Nội dung cụ thể.', '3.3. Nhảy số.', 'a) Điểm a', 'đ) Điểm đ', '- Gạch đầu dòng.', '+ Dấu cộng.', 'Đoạn văn bình thường.', '',
  'Nơi nhận:', '- Như trên,', '- Lưu VP.', 'T/M BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ BÍ THƯ', 'Nguyễn Văn A', '(Đã ký)', '}', '(để b/c)',
  'PHỤ LỤC', '(Kèm theo Kế hoạch số 07-KH/HU)', 'CỦA BAN THƯỜNG VỤ HUYỆN ỦY', 'V', 'I -', '1', ':', 'Gửi:',
];
const paragraph: fc.Arbitrary<DocxParagraph> = fc.record({
  text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 })),
  bold: fc.boolean(),
  align: fc.constantFrom(undefined, 'center', 'left', 'both' as const),
  footnote: fc.option(fc.constantFrom('Ghi chú.'), { nil: undefined }),
}).map(({ text, bold, align, footnote }) => ({
  kind: 'paragraph',
  runs: [{ text, ...(bold ? { bold: true } : {}) }, ...(footnote ? [{ text: '', footnote }] : [])],
  ...(align ? { align } : {}),
}));
const block: fc.Arbitrary<DocxBlock> = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.array(fc.record({ blocks: fc.array(paragraph, { maxLength: 4 }), vMerge: fc.constantFrom(undefined, 'restart', 'continue' as const), span: fc.constantFrom(undefined, 2) }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
      .map((rows) => ({ kind: 'table' as const, rows: rows.map((r) => r.map((c) => ({ blocks: c.blocks, ...(c.vMerge ? { vMerge: c.vMerge } : {}), ...(c.span ? { span: c.span } : {}) }))) })),
  },
);

describe('any Word content', () => {
  it('gives a draft that loads, never an exception', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), (blocks) => {
        const { plan, notes } = planFromDocx({ blocks, footnotes: {} }, { fallbackYear: 2025 });
        const loaded = parseDraft(serializeDraft(plan));
        if (!loaded.ok) throw new Error(loaded.error);
        for (const n of notes) expect(n.message).toMatch(/^[\p{Lu}"]/u);
      }),
      { seed: 2026, numRuns: 400 },
    );
  });
});
