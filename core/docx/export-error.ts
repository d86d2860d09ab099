/**
 * The export failed although it should not: layoutPlan cleans every text and every step is
 * linear, so nothing a clerk types can cause this; it is a bug. The message is one Vietnamese
 * sentence for the clerk (every caller, the CLI included, may show it as it is); the library's
 * own error, in English, stays in `cause` for the log.
 */
export class DocxExportError extends Error {
  override readonly name = 'DocxExportError';
  constructor(cause: unknown) {
    super(
      'Không tạo được tệp DOCX vì ứng dụng gặp lỗi khi dàn trang kế hoạch (tệp cũ cùng tên, nếu có, vẫn còn nguyên), hãy lưu bản thảo rồi gửi tệp .kehoach cho người phụ trách kỹ thuật.',
      { cause },
    );
  }
}
