// Bundles the Node-side entry points (Electron main/preload, CLI, browser-mode server)
// with esbuild. Entries that do not exist yet are skipped so a partial checkout still installs.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'electron/cli/kehoach.ts', out: 'dist/cli/kehoach.cjs' },
  { in: 'electron/main/main.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload/preload.ts', out: 'dist/electron/preload.cjs' },
  { in: 'electron/web/server.ts', out: 'dist/electron/web-server.cjs' },
];

for (const entry of entries) {
  const input = path.join(root, entry.in);
  if (!existsSync(input)) continue;
  await build({
    entryPoints: [input],
    outfile: path.join(root, entry.out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // electron is provided by the runtime; electron-store/conf are ESM-only and loaded at run time.
    external: ['electron', 'electron-store', 'conf'],
    logLevel: 'warning',
  });
}
