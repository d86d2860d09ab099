import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repo's (or the installed app's) `templates/` folder. This module runs from source under
 * tsx (ESM: import.meta.url) and bundled into dist/cli/kehoach-main.cjs or the Electron main bundle
 * (CJS: __dirname), so walk up from wherever it is until a folder holds both `templates/` and
 * package.json. KEHOACH_TEMPLATES overrides it (packaged apps, tests).
 */
export function defaultTemplatesDir(): string {
  const override = process.env.KEHOACH_TEMPLATES;
  if (override) return path.resolve(override);
  for (const start of moduleDirs()) {
    let dir = start;
    for (;;) {
      if (existsSync(path.join(dir, 'templates')) && existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'templates');
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return path.resolve('templates');
}

function moduleDirs(): string[] {
  const dirs: string[] = [];
  if (typeof __dirname !== 'undefined') dirs.push(__dirname);
  try {
    // Empty in the CJS bundle, where __dirname above already answered.
    const url = import.meta.url;
    if (url) dirs.push(path.dirname(fileURLToPath(url)));
  } catch {
    // not an ES module
  }
  if (process.argv[1]) dirs.push(path.dirname(path.resolve(process.argv[1])));
  return dirs;
}
