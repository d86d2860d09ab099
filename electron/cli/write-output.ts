import { atomicWrite } from '../services/atomic-write';
import { explainError } from '../services/errors';
import { CliError, oneLine } from './cli-error';

/**
 * Output files are written atomically (temp file in the same folder, fsync, rename): an existing
 * file is either kept as it was or replaced whole, never half-overwritten.
 */
export async function writeOutputFile(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await atomicWrite(file, data);
  } catch (err) {
    throw new CliError(`${file}: ${oneLine(explainError(err, 'ghi tệp'))}`);
  }
}
