import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDraft } from '../../core/draft/draft-file';
import type { Plan } from '../../core/model/plan';
import { UserError, explainError } from '../services/errors';
import { openDocxPlan } from '../services/open-docx/open-docx-plan';
import { CliError, oneLine } from './cli-error';

/**
 * A plan the user named on the command line: a draft (.kehoach) or a plan written in Word
 * (.docx, opened as `kehoach open-docx` opens it). Anything wrong is one Vietnamese line naming
 * the file, with the given exit code.
 */
export async function readPlanFile(file: string, cwd: string, exitCode: 1 | 2 = 1): Promise<Plan> {
  const isDocx = /\.docx$/i.test(file);
  if (!isDocx && !/\.kehoach$/i.test(file))
    throw new CliError(`${file}: chỉ so sánh được bản thảo .kehoach hoặc kế hoạch Word .docx, hãy chỉ ra một tệp có đuôi như vậy.`, exitCode);
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: không tìm thấy tệp, hãy kiểm tra lại đường dẫn.`, exitCode);
    if (code === 'EISDIR') throw new CliError(`${file}: đây là thư mục, không phải tệp, hãy chỉ ra một tệp.`, exitCode);
    throw new CliError(`${file}: ${oneLine(explainError(err, 'đọc tệp'))}`, exitCode);
  }
  if (!isDocx) {
    const parsed = parseDraft(bytes.toString('utf8'));
    if (!parsed.ok) throw new CliError(`${file}: ${oneLine(parsed.error)}`, exitCode);
    return parsed.plan;
  }
  try {
    const id = path.basename(file).replace(/\.docx$/i, '').normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'ke-hoach';
    return (await openDocxPlan(new Uint8Array(bytes), { id })).plan;
  } catch (err) {
    if (err instanceof UserError) throw new CliError(`${file}: ${oneLine(err.message)}`, exitCode);
    throw err;
  }
}
