import { readFile, stat } from 'node:fs/promises';
import { MAX_DRAFT_BYTES } from '../services/draft-service';
import { jsonSyntaxErrorPosition } from '../../core/template/json-locate';
import { explainError } from '../services/errors';
import { CliError, oneLine } from './cli-error';

/**
 * Reads a text file the user named; a missing or unreadable file is one line naming it. Drafts,
 * answers and parent files are small: anything over the app's draft limit is refused before it is
 * read, so a wrong file cannot take the machine's memory.
 */
export async function readInputFile(file: string, maxBytes: number = MAX_DRAFT_BYTES): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > maxBytes) {
      const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
      throw new CliError(`${file}: tệp nặng ${mb(info.size)}, quá giới hạn ${mb(maxBytes)} của một bản thảo hay tệp dữ liệu kế hoạch. Hãy kiểm tra đã chọn đúng tệp.`);
    }
    return await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.`);
    if (code === 'EISDIR') throw new CliError(`${file}: đây là thư mục, không phải tệp. Hãy chỉ ra một tệp.`);
    throw new CliError(`${file}: ${oneLine(explainError(err, 'đọc tệp'))}`);
  }
}

/** Parses JSON the user wrote; a syntax error says the line and column. */
export function parseJsonInput(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const at = jsonSyntaxErrorPosition(text, err);
    const where = at ? `:${at.line}:${at.column}` : '';
    throw new CliError(`${file}${where}: không phải JSON hợp lệ (thiếu dấu phẩy, ngoặc hoặc dấu nháy). Hãy sửa tệp tại vị trí này.`);
  }
}
