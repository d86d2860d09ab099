import { readFile } from 'node:fs/promises';
import { jsonSyntaxErrorPosition } from '../../core/template/json-locate';
import { explainError } from '../services/errors';
import { CliError, oneLine } from './cli-error';

/** Reads a text file the user named; a missing or unreadable file is one line naming it. */
export async function readInputFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
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
