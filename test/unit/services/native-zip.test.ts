import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { nativeZip } from '../../../electron/services/native-zip';
import { makeBenchPlan } from '../../helpers/long-plan';
import { anLaoPlan, dongDaPlan, thanhXuanPlan } from '../../helpers/fixtures';

// The CLI and the app zip the .docx with Node's zlib (electron/services/native-zip.ts); core's
// default is fflate. Word must get the same parts either way, readable by any zip reader.

const texts = (files: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));

describe('the .docx zipped with Node zlib', () => {
  it.each([
    ['An Lão (HD36)', anLaoPlan],
    ['Đông Đa (HD05, mirror margins)', dongDaPlan],
    ['Thanh Xuân (ND30)', thanhXuanPlan],
    ['a 60-page plan', () => makeBenchPlan(60)],
  ])('%s: the same parts, in the same order, as the default zipper', async (_name, make) => {
    const plan = make();
    const native = await exportDocx(plan, { zip: nativeZip });
    const portable = await exportDocx(plan);
    const a = unzipSync(native);
    const b = unzipSync(portable);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    const at = texts(a);
    const bt = texts(b);
    // docProps/core.xml carries the time of export; everything else is the same text.
    for (const name of Object.keys(bt)) if (name !== 'docProps/core.xml') expect(at[name], name).toBe(bt[name]);
    // And a second reader (JSZip, what mammoth uses to open Word files) reads it with its checksums.
    const zip = await JSZip.loadAsync(native, { checkCRC32: true });
    expect(await zip.file('word/document.xml')!.async('string')).toBe(bt['word/document.xml']);
    // Compressed, not stored.
    const unpacked = Object.values(a).reduce((sum, part) => sum + part.byteLength, 0);
    expect(native.byteLength).toBeLessThan(unpacked / 3);
  });

  it('writes <w:mirrorMargins/> into the settings of a duplex profile, and nothing else changes there', async () => {
    const hd05 = texts(unzipSync(await exportDocx(dongDaPlan(), { zip: nativeZip })))['word/settings.xml']!;
    const nd30 = texts(unzipSync(await exportDocx(thanhXuanPlan(), { zip: nativeZip })))['word/settings.xml']!;
    expect(hd05).toContain('<w:mirrorMargins/>');
    expect(nd30).not.toContain('mirrorMargins');
  });
});
