import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportedText } from '../../core/import/imported-text';
import { parseImportedText } from '../../core/review/imported-text-schema';
import { importedTextFromPlain } from '../../core/review/plain-numbering';
import { CliError } from './cli-error';
import { DEFAULT_IMPORT_LIMITS, IMPORT_MESSAGES, importDocument } from '../services/import';
import { LibraryStore } from '../services/library/library-store';
import { parseJsonInput, readInputFile } from './read-input';

/**
 * The parent document of `kehoach coverage --parent <…>`: a Word, PDF or plain-text file (read by
 * the import, electron/services/import: legacy fonts converted, numbering recognised), a JSON
 * ImportedText, or the id of a library entry that has its full text.
 */
export async function readParent(shown: string, cwd: string, library?: () => { dir: string; chosen: boolean }): Promise<ImportedText> {
  const file = path.resolve(cwd, shown);
  const extension = path.extname(file).toLowerCase();
  const exists = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!exists && library && /^[\w.-]+$/.test(shown) && !/\.(txt|json|docx|pdf)$/i.test(shown)) {
    const folder = library();
    const entry = await new LibraryStore({ dir: folder.dir, mustExist: folder.chosen }).get(shown).catch(() => null);
    if (!entry) throw new CliError(`--parent: không có tệp "${shown}" và thư viện không có văn bản mã "${shown}"; hãy xem mã bằng kehoach library list --json.`);
    if (!entry.text) throw new CliError(`--parent: văn bản "${shown}" trong thư viện chưa có toàn văn; hãy nhập tệp Word hoặc PDF của nó bằng kehoach library import.`);
    return entry.text;
  }
  if (!exists && extension === '')
    throw new CliError(`--parent: không có tệp "${shown}"; hãy dùng tệp Word, PDF, .txt hoặc .json, hoặc mã một văn bản trong thư viện.`);
  const read = (): Promise<string> =>
    readInputFile(file).catch((err: unknown) => {
      throw err instanceof CliError ? new CliError(err.line.replace(file, shown)) : err;
    });
  if (extension === '.docx' || extension === '.pdf') {
    const size = await stat(file).then((s) => s.size, () => -1);
    if (size < 0) throw new CliError(`--parent: không có tệp "${shown}"; hãy kiểm tra lại đường dẫn.`);
    if (size > DEFAULT_IMPORT_LIMITS.maxFileBytes) throw new CliError(`${shown}: ${IMPORT_MESSAGES.tooLarge(DEFAULT_IMPORT_LIMITS.maxFileBytes)}`);
    const outcome = await importDocument(new Uint8Array(await readFile(file)), path.basename(file));
    if (!outcome.ok) throw new CliError(`${shown}: ${outcome.error}`);
    return outcome.text;
  }
  if (extension === '.txt') return importedTextFromPlain(await read(), path.basename(file));
  if (extension === '.json') {
    const parsed = parseImportedText(parseJsonInput(shown, await read()));
    if (!parsed.ok) throw new CliError(`${shown}: trường "${parsed.field}" không đúng dạng văn bản đã nhập (ImportedText). Hãy kiểm tra lại tệp.`);
    return parsed.text;
  }
  throw new CliError(`--parent: không đọc được tệp "${shown}"; hãy dùng tệp Word (.docx), PDF, .txt (UTF-8, mỗi đoạn một dòng) hoặc .json.`);
}
