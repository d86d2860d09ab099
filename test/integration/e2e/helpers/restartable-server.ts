import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SERVER_BUNDLE = path.join(ROOT, 'dist/electron/web-server.cjs');

export interface WebServer {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** SIGTERM (clean stop) or SIGKILL (a crash / power cut); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function makeDataDir(prefix = 'kehoach-e2e-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Like test/helpers/web-server.ts, but the data folder is chosen by the caller and kept, and the
 * process can be killed with any signal: for the crash test, which SIGKILLs the server and starts it
 * again on the same folder. Starts the built browser-mode server as a child process on a free port and waits for the line
 * `Kehoach web: http://127.0.0.1:<port>/`. A separate process (not an in-process import) so a
 * test can SIGKILL it like a crash and start it again on the same data folder.
 */
export async function startRestartableServer(dataDir: string = makeDataDir()): Promise<WebServer> {
  if (!existsSync(SERVER_BUNDLE)) {
    throw new Error(`${SERVER_BUNDLE} is missing: run "npm run build" before the e2e tests.`);
  }
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', KEHOACH_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start in 15 s:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Kehoach web: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
