// Browser mode entry (`npm run web`): the same API as Electron, over HTTP on 127.0.0.1.
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApiService, browserPlatform } from '../services/api-service';
import { planTemplates } from '../services/plan-templates';
import { openConfSettings } from '../services/settings/open-conf-store';
import { openWithSystem, revealInFolder } from '../services/system-opener';
import { startWebServer } from './create-web-server';

/** dist/electron/web-server.cjs → dist/renderer (bundle); from sources, the built renderer in ./dist. */
function defaultRendererDir(): string {
  if (typeof __dirname === 'string') return path.resolve(__dirname, '..', 'renderer');
  return path.resolve(process.cwd(), 'dist', 'renderer');
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Biến PORT="${value}" không hợp lệ. Hãy đặt một số từ 0 đến 65535 (0 = cổng trống bất kỳ).`);
  }
  return port;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.KEHOACH_DATA_DIR || path.join(os.homedir(), '.kehoach-web'));
  const rendererDir = path.resolve(process.env.KEHOACH_RENDERER_DIR || defaultRendererDir());
  const port = readPort(process.env.PORT);

  const settings = await openConfSettings(dataDir, {
    onRepair: (reason, backup) => console.warn(`Settings repaired (${reason}); original kept at ${backup}`),
  });
  const api = createApiService({
    dataDir,
    settings,
    platform: browserPlatform(openWithSystem, revealInFolder),
    templates: planTemplates,
    confinePaths: true,
  });
  // A new access key each run (see WebServerOptions.secret).
  const server = await startWebServer({ api, rendererDir, dataDir, port, secret: randomBytes(24).toString('base64url') });
  console.log(`Kehoach web: ${server.url}`);
  console.log(`Thư mục dữ liệu: ${dataDir}`);

  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') console.error(`Cổng ${process.env.PORT} đang được chương trình khác dùng. Hãy đặt PORT khác (hoặc PORT=0) rồi chạy lại.`);
  else console.error(`Không khởi động được máy chủ: ${e.message}`);
  process.exit(1);
});
