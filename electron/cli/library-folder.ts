import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedArgs } from './args';
import type { CliIo } from './cli-io';

/**
 * The data folder the CLI works on: `--data-dir`, else KEHOACH_DATA_DIR, else the browser mode's
 * default (~/.kehoach-web); the library is its `library` folder unless its settings.json names
 * another (a shared folder), as the app does.
 */
export function cliLibraryFolder(args: ParsedArgs, io: CliIo): { dir: string; chosen: boolean } {
  const given = args.options['data-dir'];
  const dataDir = path.resolve(io.cwd, typeof given === 'string' ? given : process.env.KEHOACH_DATA_DIR || path.join(os.homedir(), '.kehoach-web'));
  let configured: unknown;
  try {
    configured = (JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as { libraryFolder?: unknown }).libraryFolder;
  } catch {
    // No settings (or unreadable ones): the app would use the default folder too.
  }
  return typeof configured === 'string' && configured.trim() !== '' ? { dir: path.resolve(dataDir, configured), chosen: true } : { dir: path.join(dataDir, 'library'), chosen: false };
}
