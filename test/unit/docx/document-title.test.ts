import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { text } from '../../../core/model';
import { anLaoPlan } from '../../helpers/fixtures';

/** docProps/core.xml parsed strictly: any error or warning fails. */
async function coreProperties(bytes: Uint8Array): Promise<{ xml: string; title: string }> {
  const xml = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`core.xml ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  return { xml, title: doc.getElementsByTagName('dc:title')[0]?.textContent ?? '' };
}

// Issue 7: U+FFFE/U+FFFF in the summary made docProps/core.xml not well-formed, and Word refused the file.
describe('the document title in docProps/core.xml', () => {
  it('is the title and summary as printed, and well-formed whatever the summary holds', async () => {
    const plan = anLaoPlan({ summary: [text('thực hiện\uFFFE Chỉ thị\uFFFF số 32 <và> & \uD800"tiếp"\u0001')] });
    const { title } = await coreProperties(await exportDocx(plan));
    expect(title).toBe('KẾ HOẠCH thực hiện Chỉ thị số 32 <và> & "tiếp"');
  });

  it('is one line of at most 255 characters, even for a summary of 10,000 tabs and a 10,000-character line', async () => {
    const plan = anLaoPlan({ summary: [text(`thực hiện${'\t\n'.repeat(10_000)}Chỉ thị ${'🎯'.repeat(10_000)}`)] });
    const { title } = await coreProperties(await exportDocx(plan));
    expect(title.startsWith('KẾ HOẠCH thực hiện Chỉ thị 🎯')).toBe(true);
    expect(Array.from(title).length).toBeLessThanOrEqual(255);
    expect(title).not.toMatch(/\s{2}|[\t\n]/);
    // Cut between characters, never inside an emoji's surrogate pair.
    expect(title).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
