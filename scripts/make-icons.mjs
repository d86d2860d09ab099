// Generates the app's icons from the SVG sources in build/icons (run by `npm run dist*` before
// electron-builder, and by the installer-config test): each SVG → PNGs at the Windows sizes
// (16 … 256, rendered by resvg, no browser needed) → one .ico holding them (PNG entries, which
// Windows reads since Vista). Output: build/icons/<name>.ico and <name>-256.png (not committed).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icons');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const ICONS = ['app', 'kehoach-file'];

export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: true } }).render().asPng();
}

/** An ICO file of PNG images: a 6-byte header, a 16-byte entry per image, then the images. */
export function icoOf(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, png } of pngs) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

export function makeIcons(outDir = dir) {
  const written = [];
  for (const name of ICONS) {
    const svg = readFileSync(path.join(dir, `${name}.svg`), 'utf8');
    const pngs = ICON_SIZES.map((size) => ({ size, png: renderPng(svg, size) }));
    writeFileSync(path.join(outDir, `${name}.ico`), icoOf(pngs));
    writeFileSync(path.join(outDir, `${name}-256.png`), pngs[pngs.length - 1].png);
    written.push(`${name}.ico`, `${name}-256.png`);
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`icons: ${makeIcons().join(', ')}`);
}
