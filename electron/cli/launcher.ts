import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * dist/cli/kehoach.cjs: starts a CLI bundle with V8's code cache, so a run does not parse and
 * compile the bundle's code again. The bundle is the command's own (kehoach-export.cjs for
 * `kehoach export …`: only what that command needs, a quarter of the whole) when the first
 * argument names a command that has one, else kehoach-main.cjs (every command, help, errors). The cache is made at
 * the end of the first run (it then holds every function that run compiled) and kept in the
 * user's own cache folder, never in a shared one: V8 trusts a cache it accepts, so only the user
 * may write it. Its name carries the bundle's size and time and the Node version; V8 refuses a
 * cache made by another V8 or with other flags, and a refused cache is replaced. Any trouble with
 * the cache only costs the time it would have saved. KEHOACH_CODE_CACHE=0 turns it off;
 * KEHOACH_CODE_CACHE_DIR names another folder for it (tests, the bench).
 */

/** The bundle for this command line. */
function bundleFor(argv: readonly string[]): string {
  const first = argv[2];
  if (first && /^[a-z][a-z-]*$/.test(first)) {
    const own = path.join(__dirname, `kehoach-${first}.cjs`);
    if (first !== 'main' && existsSync(own)) return own;
  }
  return path.join(__dirname, 'kehoach-main.cjs');
}

const MAIN = bundleFor(process.argv);

function cacheFolder(): string | null {
  if (process.env.KEHOACH_CODE_CACHE_DIR) return path.resolve(process.env.KEHOACH_CODE_CACHE_DIR);
  const base =
    process.platform === 'win32'
      ? process.env.LOCALAPPDATA
      : process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), process.platform === 'darwin' ? 'Library/Caches' : '.cache') : undefined);
  return base ? path.join(base, 'kehoach', 'code-cache') : null;
}

function cacheFile(): string | null {
  if (process.env.KEHOACH_CODE_CACHE === '0') return null;
  try {
    // os.homedir() throws for an account without a home folder (some services): then no cache.
    const folder = cacheFolder();
    if (!folder) return null;
    const { size, mtimeMs } = statSync(MAIN);
    return path.join(folder, `${path.basename(MAIN, '.cjs')}-${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}.bin`);
  } catch {
    return null;
  }
}

function readCache(file: string | null): Buffer | undefined {
  if (!file) return undefined;
  try {
    // Only a cache this user wrote and nobody else may change (V8 runs what it accepts).
    if (process.platform !== 'win32') {
      const { uid, mode } = statSync(file);
      if (uid !== process.getuid?.() || (mode & 0o022) !== 0) return undefined;
    }
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole under a temporary name, then renamed: a run that reads it meanwhile sees the old cache or none. */
function writeCache(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
    // The caches of this bundle's earlier builds are of no use any more.
    const earlier = new RegExp(`^${path.basename(MAIN, '.cjs')}-\\d+-\\d+-.*\\.bin$`);
    for (const old of readdirSync(path.dirname(file))) {
      if (earlier.test(old) && old !== path.basename(file)) unlinkSync(path.join(path.dirname(file), old));
    }
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}

function run(): void {
  const file = cacheFile();
  const cachedData = readCache(file);
  const source = readFileSync(MAIN, 'utf8');
  const script = new vm.Script(Module.wrap(source), {
    filename: MAIN,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (file && (!cachedData || script.cachedDataRejected)) process.once('exit', () => writeCache(file, script.createCachedData()));
  const main = new Module(MAIN, module);
  main.filename = MAIN;
  main.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(MAIN));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  const requireFromMain = Module.createRequire(MAIN);
  wrapper.call(main.exports, main.exports, requireFromMain, main, MAIN, path.dirname(MAIN));
}

run();
