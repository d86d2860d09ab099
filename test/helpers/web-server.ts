import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface StartedWebServer {
  /** `http://127.0.0.1:<port>/` as printed by the server. */
  url: string;
  /** The temp data folder the server writes drafts, exports and settings into. */
  dataDir: string;
  /** Stops the server and removes the temp data folder. */
  kill(): Promise<void>;
}

const SERVER = path.resolve('dist/electron/web-server.cjs');
const READY = /Kehoach web: (http:\/\/127\.0\.0\.1:\d+\/\S*)/;

/**
 * Starts the built browser-mode server (`npm run build` first) as a child process on a free port
 * with a temp data folder, and resolves once it prints its URL. For the end-to-end tests.
 */
export async function startWebServer(options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<StartedWebServer> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" before the end-to-end tests`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-web-'));
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0', KEHOACH_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start within ${options.timeoutMs ?? 20_000} ms:\n${output}`)), options.timeoutMs ?? 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited with code ${code}:\n${output}`));
    });
  }).catch((err: unknown) => {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });

  return {
    url,
    dataDir,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
