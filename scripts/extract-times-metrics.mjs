#!/usr/bin/env node
// Extracts advance widths of Liberation Serif (metric-compatible with Times New Roman) into
// core/text/times-metrics.json, so core/ can measure text without reading font files.
// Run once: `node scripts/extract-times-metrics.mjs`. Parses the TrueType tables itself
// (head, hhea, hmtx, cmap format 4) so nothing needs to be installed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const FONT_DIR = '/usr/share/fonts/truetype/liberation';
const STYLES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

// Printable ASCII plus the typographic punctuation clerks paste from Word.
const EXTRA = '“”‘’–—…•°§«»';
const CHARS = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)), ...EXTRA];

function tables(buf) {
  const count = buf.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    out[buf.toString('latin1', rec, rec + 4)] = buf.readUInt32BE(rec + 8);
  }
  return out;
}

function cmapFormat4(buf, cmapOffset) {
  const n = buf.readUInt16BE(cmapOffset + 2);
  for (let i = 0; i < n; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = cmapOffset + buf.readUInt32BE(rec + 4);
    if (platform === 3 && encoding === 1 && buf.readUInt16BE(sub) === 4) return sub;
  }
  throw new Error('no Windows Unicode BMP cmap (format 4)');
}

function glyphIndex(buf, sub, code) {
  const segX2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = buf.readUInt16BE(ends + s * 2);
    if (code > end) continue;
    const start = buf.readUInt16BE(starts + s * 2);
    if (code < start) return 0;
    const delta = buf.readInt16BE(deltas + s * 2);
    const ro = buf.readUInt16BE(rangeOffsets + s * 2);
    if (ro === 0) return (code + delta) & 0xffff;
    const addr = rangeOffsets + s * 2 + ro + (code - start) * 2;
    const g = buf.readUInt16BE(addr);
    return g === 0 ? 0 : (g + delta) & 0xffff;
  }
  return 0;
}

function widths(file) {
  const buf = readFileSync(join(FONT_DIR, file));
  const t = tables(buf);
  const unitsPerEm = buf.readUInt16BE(t.head + 18);
  const numberOfHMetrics = buf.readUInt16BE(t.hhea + 34);
  const sub = cmapFormat4(buf, t.cmap);
  const advance = (glyph) => buf.readUInt16BE(t.hmtx + Math.min(glyph, numberOfHMetrics - 1) * 4);
  const out = {};
  for (const ch of CHARS) {
    const g = glyphIndex(buf, sub, ch.codePointAt(0));
    if (g !== 0) out[ch] = advance(g);
  }
  return { unitsPerEm, widths: out };
}

const result = { font: 'Liberation Serif (Times New Roman metrics)', unitsPerEm: 0, styles: {} };
for (const [style, file] of Object.entries(STYLES)) {
  const { unitsPerEm, widths: w } = widths(file);
  result.unitsPerEm = unitsPerEm;
  result.styles[style] = w;
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'core', 'text', 'times-metrics.json');
writeFileSync(target, JSON.stringify(result, null, 1) + '\n');
console.log(`wrote ${target}: ${Object.keys(result.styles.regular).length} characters × ${Object.keys(STYLES).length} styles`);
