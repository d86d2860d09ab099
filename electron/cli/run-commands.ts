import { DocxExportError } from '../../core/docx/export-error';
import { parseArgs } from './args';
import { CliError, oneLine, usageError } from './cli-error';
import { type CliIo, processIo } from './cli-io';
import type { CommandTable } from './cli-command';
import type { LibraryCommandDeps } from './command-library';

export const HELP = `kehoach — soạn Kế hoạch từ mẫu và xuất DOCX đúng thể thức

Cách dùng:
  kehoach templates
      Liệt kê các mẫu và các trường mỗi mẫu cần.
  kehoach new --template <mã mẫu> --answers <câu-trả-lời.json> -o <bản-thảo.kehoach>
      Tạo bản thảo từ mẫu và tệp câu trả lời.
  kehoach export <bản-thảo.kehoach> -o <tệp.docx> [--profile <thể thức>]
      Xuất bản thảo ra DOCX (thể thức: dang-hd05, dang-hd36, nha-nuoc-nd30).
  kehoach library list [từ khóa] [--json] [--data-dir <thư mục>]
      Liệt kê thư viện văn bản căn cứ (số ký hiệu, ngày, loại, trích yếu); có từ khóa thì chỉ
      liệt kê văn bản khớp, ví dụ: kehoach library list 32-CT/TU
  kehoach library import <tệp> [--json] [--data-dir <thư mục>]
      Nhập vào thư viện: tệp thư viện (.json, từ "Xuất thư viện"), một văn bản dạng JSON, hoặc
      tệp Word/PDF/văn bản của văn bản căn cứ. Thông tin đọc từ tệp được sửa bằng --type,
      --number, --symbol, --date <ngày/tháng/năm>, --issuer, --subject, --short-name.
  kehoach coverage <bản-thảo.kehoach> --parent <văn-bản-cấp-trên.txt|.json> [--json]
      Đối chiếu dự thảo với văn bản cấp trên: mỗi nhiệm vụ, mục tiêu được mục nào của dự thảo
      cụ thể hóa (kèm điểm), nhiệm vụ nào chưa có. --json: in kết quả dạng JSON.
  kehoach open-docx <kế-hoạch.docx> -o <bản-thảo.kehoach> [--profile <thể thức>]
      Mở một kế hoạch soạn bằng Word thành bản thảo và liệt kê những chỗ chưa nhận ra.
  kehoach compare <bản-cũ.kehoach|.docx> <bản-mới.kehoach|.docx> [-o thay-doi.docx] [--json]
                  [--ignore-tone-marks] [--author <tên>]
      So sánh hai bản từng chữ, liệt kê thay đổi theo từng mục; -o: ghi tệp Word có theo dõi
      thay đổi để chấp nhận hoặc từ chối từng chỗ; --ignore-tone-marks: coi "hoà" và "hòa" là một.
  kehoach check <bản-thảo.kehoach|kế-hoạch.docx> [--json] [--data-dir <thư mục>]
      Kiểm tra văn bản: trích dẫn, ngày và thứ, số thứ tự, nơi nhận, chính tả, chữ ký…; mã thoát 1
      khi có lỗi. --json: in kết quả dạng JSON.

Tuỳ chọn chung:
  -h, --help       In hướng dẫn này.
  -v, --version    In phiên bản.
  --templates-dir  Thư mục mẫu khác thư mục templates/ đi kèm.
  --data-dir       Thư mục dữ liệu (mặc định KEHOACH_DATA_DIR, hoặc ~/.kehoach-web).

Xem docs/cli.md để có ví dụ đầy đủ.`;

const VERSION = '0.1.0';

/**
 * The whole CLI as a function: returns the exit code and never throws, so tests call it
 * in-process and the bundled entry just sets process.exitCode. Errors are one Vietnamese line.
 * `commands`: all of them (commands.ts), or only the one a per-command bundle holds.
 */
export async function runCommands(commands: CommandTable, argv: string[], io: CliIo = processIo(), deps: LibraryCommandDeps = {}): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.help || args.command === 'help') {
      io.out(HELP);
      return 0;
    }
    if (args.options.version) {
      io.out(VERSION);
      return 0;
    }
    if (args.command === undefined) throw usageError('chưa có lệnh (templates, new, export, open-docx, library, coverage, compare hoặc check).');
    const load = Object.hasOwn(commands, args.command) ? commands[args.command] : undefined;
    if (!load) throw usageError(`không có lệnh "${args.command}"; các lệnh: templates, new, export, open-docx, library, coverage, compare, check.`);
    return await (await load()).run(args, io, deps);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`Lỗi: ${oneLine(err.line)}`);
      return err.exitCode;
    }
    // A Vietnamese sentence made for the user (DocxExportError and the like) is said as it is; anything
    // else is a library's English: the detail goes to stderr's log line, never inside the sentence.
    if (err instanceof DocxExportError) {
      io.err(`Lỗi: ${oneLine(err.message)}`);
      return 1;
    }
    if (err instanceof Error && err.stack) console.error(err.stack);
    io.err('Lỗi: ứng dụng gặp lỗi không mong đợi. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người phụ trách kỹ thuật kèm tệp đang dùng.');
    return 1;
  }
}
