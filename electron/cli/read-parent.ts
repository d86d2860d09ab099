import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportedText } from '../../core/import/imported-text';
import { parseImportedText } from '../../core/review/imported-text-schema';
import { importedTextFromPlain } from '../../core/review/plain-numbering';
import { CliError } from './cli-error';
import { parseJsonInput, readInputFile } from './read-input';

/**
 * The parent document of `kehoach coverage --parent <…>`: a plain-text file (UTF-8, one
 * paragraph a line, numbering as printed) or a JSON ImportedText.
 *
 * MERGE POINT (issue 9): two other parts plug in here when they land —
 * - `.docx` / `.pdf`: `importDocument(bytes, fileName): Promise<ImportOutcome>` from
 *   electron/services/import/index.ts (read the bytes, call it, use `outcome.text`, or throw
 *   `new CliError(\`${shown}: ${outcome.error}\`)`);
 * - a library entry id (no such file, no extension): the library service's entry with its full
 *   text (electron/services/library), an entry without text being refused in one sentence.
 * Until then both are refused with one Vietnamese sentence saying what to use instead.
 */
export async function readParent(shown: string, cwd: string): Promise<ImportedText> {
  const file = path.resolve(cwd, shown);
  const extension = path.extname(file).toLowerCase();
  const exists = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!exists && extension === '')
    throw new CliError(`--parent: không có tệp "${shown}"; việc lấy văn bản cấp trên từ thư viện theo mã chưa có, hãy dùng tệp .txt hoặc .json.`);
  if (extension === '.docx' || extension === '.pdf')
    throw new CliError(`--parent: chưa đọc được tệp ${extension} làm văn bản cấp trên; hãy lưu văn bản ra tệp .txt (UTF-8) rồi dùng tệp đó.`);
  const read = (): Promise<string> =>
    readInputFile(file).catch((err: unknown) => {
      throw err instanceof CliError ? new CliError(err.line.replace(file, shown)) : err;
    });
  if (extension === '.txt') return importedTextFromPlain(await read(), path.basename(file));
  if (extension === '.json') {
    const parsed = parseImportedText(parseJsonInput(shown, await read()));
    if (!parsed.ok) throw new CliError(`${shown}: trường "${parsed.field}" không đúng dạng văn bản đã nhập (ImportedText). Hãy kiểm tra lại tệp.`);
    return parsed.text;
  }
  throw new CliError(`--parent: không đọc được tệp "${shown}"; hãy dùng tệp .txt (UTF-8, mỗi đoạn một dòng) hoặc .json.`);
}
