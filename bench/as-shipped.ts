import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs module of the build scripts, no declarations
import { nodeBundleOptions } from '../scripts/node-bundle-options.mjs';

/**
 * The named exports of `modules`, bundled the way the product's Node bundles are
 * (scripts/node-bundle-options.mjs) and loaded from that bundle. The bench times code as users
 * run it: the development loader (tsx) keeps every function's name by a call each time a closure
 * is made, which the shipped bundles do not do, and which made the in-process export look a fifth
 * slower than it is.
 */
export async function loadAsShipped<T>(root: string, modules: Record<string, string>): Promise<T> {
  const work = mkdtempSync(path.join(tmpdir(), 'kehoach-bench-build-'));
  try {
    const outfile = path.join(work, 'bench-entry.cjs');
    const contents = Object.entries(modules)
      .map(([name, file]) => `export { ${name} } from ${JSON.stringify(path.join(root, file))};`)
      .join('\n');
    await build({ ...nodeBundleOptions, sourcemap: false, stdin: { contents, resolveDir: root, sourcefile: 'bench-entry.ts', loader: 'ts' }, outfile });
    return createRequire(outfile)(outfile) as T;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
