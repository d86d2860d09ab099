// Enforces the one-way layering (DEVELOPERS.md): core/ imports nothing from Node, the DOM
// libraries, electron/ or renderer/; renderer/ imports nothing from electron/ or Node.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rules = [
  { dir: 'core', forbidden: [/^node:/, /^(fs|path|os|child_process|electron|conf|electron-store|handlebars|react|react-dom|slate-react)$/, /(^|\/)(electron|renderer)\//] },
  { dir: 'renderer', forbidden: [/^node:/, /^(fs|path|os|child_process|electron|conf|electron-store|handlebars)$/, /(^|\/)electron\//] },
];
const importRe = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx|mts|cts)$/.test(name)) yield full;
  }
}

const problems = [];
for (const rule of rules) {
  const base = path.join(root, rule.dir);
  try { statSync(base); } catch { continue; }
  for (const file of files(base)) {
    const source = readFileSync(file, 'utf8');
    if (rule.dir === 'renderer' && /vite\.config\.ts$/.test(file)) continue; // build config runs in Node
    for (const match of source.matchAll(importRe)) {
      const spec = match[1] ?? match[2] ?? match[3];
      const isTypeOnly = /^\s*(import|export)\s+type\s/.test(match[0]);
      if (isTypeOnly) continue;
      if (rule.forbidden.some((re) => re.test(spec))) problems.push(`${path.relative(root, file)}: imports "${spec}"`);
    }
  }
}
if (problems.length > 0) {
  console.error(`Layering violations (core/ must stay pure; renderer/ must not reach into electron/ or Node):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('layers ok');
