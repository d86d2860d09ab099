// The layering of the code as an allowed-imports table, checked like VS Code's `code-layering`
// rule: every folder says what it MAY import (other folders of the repo, npm packages, Node's
// built-ins); anything not in its row is an error. A folder's name says where its code runs:
// core/ everywhere (no Node, no DOM), electron/* in Node or Electron's main process, renderer/*
// in the page. Imports are read with TypeScript's own parser (not a regular expression, which
// took a string "… from 'Tổ chức thực hiện'" for an import). `import type` only needs the types
// to exist, so type-only imports are checked against `types` when the row has one.
//
// Run: node scripts/lint-layers.mjs (part of `npm run lint`); test/unit/architecture checks it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NODE = 'node:*';
/** Pure npm packages any layer may use (no Node, no DOM inside). */
const PURE = ['zod', 'date-fns', 'docx', 'fflate', 'jszip', 'minisearch', 'diff'];
const REACT = ['react', 'react-dom'];

/**
 * folder → what its files may import. `folders`: repo folders (a folder allows its subfolders);
 * `packages`: npm packages ('node:*' = Node's built-ins); `types`: more that `import type` may name.
 * The most specific row wins (renderer/editor over renderer).
 */
export const LAYERS = {
  core: { folders: ['core'], packages: PURE, types: ['handlebars'] },

  'electron/services': { folders: ['core', 'electron/services'], packages: [NODE, ...PURE, '@xmldom/xmldom', 'conf', 'electron-store', 'handlebars', 'unpdf'] },
  'electron/cli': { folders: ['core', 'electron/services', 'electron/cli'], packages: [NODE, ...PURE] },
  'electron/web': { folders: ['core', 'electron/services', 'electron/web'], packages: [NODE, ...PURE] },
  'electron/ipc': { folders: ['core', 'electron/services', 'electron/ipc'], packages: [...PURE], types: ['electron'] },
  'electron/main': { folders: ['core', 'electron/services', 'electron/ipc', 'electron/main'], packages: [NODE, 'electron', ...PURE] },
  // The preload runs in the sandbox: Electron's renderer modules and the channel names, nothing else.
  'electron/preload': { folders: ['core/ipc', 'electron/ipc'], packages: ['electron'], types: [] },

  // renderer/: page code, bottom to top. No Node, never electron/ (the API comes through the preload or HTTP).
  'renderer/api': { folders: ['core', 'renderer/api'], packages: [] },
  'renderer/state': { folders: ['core', 'renderer/state'], packages: [...PURE, ...REACT] },
  'renderer/components': { folders: ['core', 'renderer/state', 'renderer/components'], packages: [...PURE, ...REACT] },
  'renderer/preview': { folders: ['core', 'renderer/state', 'renderer/components', 'renderer/editor', 'renderer/preview'], packages: [...PURE, ...REACT] },
  'renderer/editor': {
    folders: ['core', 'renderer/state', 'renderer/components', 'renderer/preview', 'renderer/panels', 'renderer/editor'],
    packages: [...PURE, ...REACT, 'slate', 'slate-react', 'slate-dom', 'slate-history', 'dompurify'],
  },
  // The checker in the page: its worker, the jump to a finding, fixed text as the editor holds it.
  'renderer/check': { folders: ['core', 'renderer/state', 'renderer/components', 'renderer/preview', 'renderer/editor', 'renderer/check'], packages: [...PURE, ...REACT, 'slate', 'slate-react'] },
  'renderer/panels': { folders: ['core', 'renderer/state', 'renderer/components', 'renderer/preview', 'renderer/editor', 'renderer/check', 'renderer/screens', 'renderer/panels'], packages: [...PURE, ...REACT] },
  'renderer/dialogs': { folders: ['core', 'renderer/state', 'renderer/components', 'renderer/dialogs'], packages: [...PURE, ...REACT] },
  'renderer/review': { folders: ['core', 'renderer/state', 'renderer/components', 'renderer/dialogs', 'renderer/preview', 'renderer/review'], packages: [...PURE, ...REACT] },
  'renderer/screens': {
    folders: ['core', 'renderer/state', 'renderer/components', 'renderer/preview', 'renderer/editor', 'renderer/check', 'renderer/panels', 'renderer/dialogs', 'renderer/review', 'renderer/screens'],
    packages: [...PURE, ...REACT],
  },
  'renderer/app': { folders: ['core', 'renderer'], packages: [...PURE, ...REACT] },
  'renderer/main.tsx': { folders: ['core', 'renderer'], packages: [...REACT] },
  // The build configuration runs in Node, not in the page.
  'renderer/vite.config.ts': { folders: [], packages: [NODE, 'vite'] },
  // Anything else in renderer/ (a new folder) gets the page's common rules until it has a row.
  renderer: { folders: ['core', 'renderer'], packages: [...PURE, ...REACT] },

  // Tests may reach everything they test, never the benchmarks (the benchmarks use the tests' helpers).
  test: { folders: ['core', 'electron', 'renderer', 'test', 'docs', 'templates', 'scripts'], packages: ['*'] },
  // The bench builds the code it times with the product's own build options (scripts/node-bundle-options.mjs).
  bench: { folders: ['core', 'electron', 'test', 'bench', 'scripts'], packages: ['*'] },
  scripts: { folders: ['core', 'scripts'], packages: [NODE, 'esbuild', 'typescript', '@resvg/resvg-js', ...PURE] },
};

const ROOTS = ['core', 'electron', 'renderer', 'test', 'bench', 'scripts'];

/** The row for a file: the longest LAYERS key that is the file's path or one of its folders. */
export function layerOf(relFile) {
  const keys = Object.keys(LAYERS).filter((k) => relFile === k || relFile.startsWith(`${k}/`));
  return keys.sort((a, b) => b.length - a.length)[0];
}

const inFolder = (rel, folder) => rel === folder || rel.startsWith(`${folder}/`);
const packageName = (spec) => (spec.startsWith('node:') ? 'node:*' : spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** Every import of a source text: [specifier, typeOnly]. Static, re-exports, import() and require(). */
export function importsOf(fileName, source) {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = ts.isImportDeclaration(node) ? node.importClause : node;
      const typeOnly = Boolean(clause?.isTypeOnly) || (ts.isImportDeclaration(node) && onlyTypeSpecifiers(node.importClause));
      found.push([node.moduleSpecifier.text, typeOnly]);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) found.push([node.arguments[0].text, false]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push([node.argument.literal.text, true]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** `import { type A, type B } from …` erases like `import type`. */
function onlyTypeSpecifiers(clause) {
  if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) return false;
  return clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
}

/** The problems of one file: "file: imports X, which <layer> may not import". */
export function checkFile(relFile, source) {
  const key = layerOf(relFile);
  if (!key) return [];
  const rule = LAYERS[key];
  const problems = [];
  for (const [spec, typeOnly] of importsOf(relFile, source)) {
    if (spec.startsWith('.')) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(relFile), spec));
      if (!ROOTS.some((r) => inFolder(target, r)) && !['docs', 'templates'].some((r) => inFolder(target, r))) continue;
      if (rule.folders.some((f) => inFolder(target, f))) continue;
      problems.push(`${relFile}: imports ${target}, which ${key}/ may not import (allowed: ${rule.folders.join(', ') || 'none'})`);
    } else {
      const name = packageName(spec);
      const allowed = [...rule.packages, ...(typeOnly ? rule.types ?? [] : [])];
      if (allowed.includes('*') || allowed.includes(name) || (name === 'node:*' && allowed.includes(NODE))) continue;
      // Node's built-ins without the node: prefix are refused too: write `node:fs`, so it is visible.
      problems.push(`${relFile}: imports "${spec}", which ${key}/ may not import`);
    }
  }
  return problems;
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx|mts|cts|mjs)$/.test(name) && !name.endsWith('.d.ts')) yield full;
  }
}

export function lintLayers() {
  const problems = [];
  for (const dir of ROOTS) {
    const base = path.join(root, dir);
    try {
      statSync(base);
    } catch {
      continue;
    }
    for (const file of files(base)) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      problems.push(...checkFile(rel, readFileSync(file, 'utf8')));
    }
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = lintLayers();
  if (problems.length > 0) {
    console.error(`Layering: imports outside the allowed-imports table (scripts/lint-layers.mjs):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('layers ok');
}
