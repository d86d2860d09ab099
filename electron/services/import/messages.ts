/**
 * Why an import was refused: one Vietnamese sentence each, saying what is wrong and what to do.
 * Library messages (English) never reach the clerk; they go to the log.
 */

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const IMPORT_MESSAGES = {
  empty: 'Tệp trống, không có nội dung để nhập; hãy chọn đúng tệp văn bản.',
  tooLarge: (limit: number) => `Tệp lớn hơn ${mb(limit)}, quá giới hạn nhập; hãy chọn bản nhỏ hơn (ví dụ bỏ bớt ảnh hoặc phụ lục).`,
  corruptDocx: 'Tệp Word này bị hỏng hoặc chưa tải về hết nên không đọc được; hãy lấy lại tệp gốc rồi nhập lại.',
  zipBomb: 'Tệp Word này khi giải nén quá lớn hoặc có quá nhiều thành phần, có thể là tệp độc hại; chương trình không nhập tệp này.',
  encryptedOffice: 'Tệp Word này được đặt mật khẩu; hãy mở bằng Word, bỏ mật khẩu, lưu lại rồi nhập.',
  legacyDoc: 'Đây là tệp Word đời cũ (.doc), chưa đọc được; hãy mở bằng Word và lưu lại dạng .docx rồi nhập.',
  notWordPackage: 'Tệp nén này không phải văn bản Word (.docx); hãy chọn tệp .docx, .pdf hoặc .txt.',
  encryptedPdf: 'Tệp PDF này được đặt mật khẩu nên không đọc được; hãy dùng bản PDF không có mật khẩu.',
  corruptPdf: 'Tệp PDF này bị hỏng hoặc chưa tải về hết nên không đọc được; hãy lấy lại tệp gốc rồi nhập lại.',
  tooManyPages: (limit: number) => `Tệp PDF dài hơn ${limit} trang, quá giới hạn nhập; hãy tách thành các phần nhỏ hơn rồi nhập từng phần.`,
  scannedPdf: 'PDF này là ảnh quét, không có lớp chữ; hãy dùng bản có chữ.',
  unknownFormat: 'Không nhận ra định dạng tệp này; hãy chọn văn bản Word (.docx), PDF có chữ hoặc tệp chữ (.txt).',
  noText: 'Không tìm thấy chữ nào trong tệp này; hãy kiểm tra lại tệp rồi nhập lại.',
  unexpected: 'Không đọc được nội dung tệp này; hãy mở tệp bằng Word hoặc trình đọc PDF để kiểm tra rồi nhập lại.',
} as const;

/** A refusal carrying its sentence for the clerk; readers throw it, `importDocument` returns it. */
export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';
}
