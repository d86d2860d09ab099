// Makes sure the tools the integration tests drive are installed: Debian's Chromium (for the
// end-to-end tests), LibreOffice Writer (to turn exported DOCX into PDF), poppler (pdftotext,
// pdftoppm), the Liberation fonts (metric clones of Times New Roman) and LibreOffice's Python bridge. On a machine where
// they are missing and we are root on Debian, install them with apt-get; otherwise say what
// to install and stop.
import { execSync, spawnSync } from 'node:child_process';

const needed = [
  { bin: 'chromium', pkg: 'chromium' },
  { bin: 'soffice', pkg: 'libreoffice-writer-nogui' },
  { bin: 'pdftotext', pkg: 'poppler-utils' },
  { bin: 'pdftoppm', pkg: 'poppler-utils' },
  { bin: 'fc-list', pkg: 'fontconfig' },
];
const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
const hasFont = () => has('fc-list') && /Liberation Serif/.test(execSync('fc-list').toString());

const missing = new Set(needed.filter((n) => !has(n.bin)).map((n) => n.pkg));
if (!hasFont()) missing.add('fonts-liberation');
// The comparison test accepts tracked changes in LibreOffice through its Python UNO bridge.
if (spawnSync('/usr/bin/python3', ['-c', 'import uno']).status !== 0) missing.add('python3-uno');

if (missing.size === 0) process.exit(0);
const pkgs = [...missing].join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.error(`Thiếu công cụ cho kiểm thử: ${pkgs}. Hãy cài (Debian: sudo apt-get install ${pkgs}) rồi chạy lại npm test.`);
  process.exit(1);
}
console.log(`Installing test tools: ${pkgs}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq ${pkgs} fonts-liberation`, { stdio: 'inherit', env });
