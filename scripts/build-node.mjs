// Bundles the Node-side entry points (Electron main/preload, CLI, browser-mode server)
// with esbuild. Entries that do not exist yet are skipped so a partial checkout still installs.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { nodeBundleOptions } from './node-bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  // The CLI is two files: kehoach.cjs, a small launcher that starts kehoach-main.cjs with V8's code cache (electron/cli/launcher.ts).
  { in: 'electron/cli/kehoach.ts', out: 'dist/cli/kehoach-main.cjs' },
  { in: 'electron/cli/launcher.ts', out: 'dist/cli/kehoach.cjs' },
  { in: 'electron/main/main.ts', out: 'dist/electron/main.cjs' },
  { in: 'electron/preload/preload.ts', out: 'dist/electron/preload.cjs' },
  { in: 'electron/web/server.ts', out: 'dist/electron/web-server.cjs' },
];

// One more bundle per command (electron/cli/command-<name>.ts): the launcher starts the one the
// command line names, so a run reads and prepares only that command's code.
const cliDir = path.join(root, 'electron/cli');
for (const file of existsSync(cliDir) ? readdirSync(cliDir) : []) {
  const name = /^command-([a-z-]+)\.ts$/.exec(file)?.[1];
  if (!name) continue;
  entries.push({
    stdin: `import './zod-jitless';\nimport { startCli } from './start-cli';\nimport { command } from './command-${name}';\nstartCli({ [command.name]: async () => command });\n`,
    out: `dist/cli/kehoach-${name}.cjs`,
  });
}

// All at once: esbuild works on them in parallel.
await Promise.all(entries.map((entry) => {
  const input = entry.in && path.join(root, entry.in);
  if (input && !existsSync(input)) return undefined;
  return build({
    ...(entry.stdin ? { stdin: { contents: entry.stdin, resolveDir: cliDir, sourcefile: path.basename(entry.out, '.cjs') + '.ts', loader: 'ts' } } : { entryPoints: [input] }),
    outfile: path.join(root, entry.out),
    ...nodeBundleOptions,
  });
}));
