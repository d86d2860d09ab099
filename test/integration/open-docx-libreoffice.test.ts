import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../core/draft/draft-file';
import { exportDocx } from '../../core/docx/export-docx';
import type { Plan } from '../../core/model/plan';
import { findSoffice } from '../../electron/services/soffice-pdf';
import { openDocxPlan } from '../../electron/services/open-docx/open-docx-plan';
import { paragraphs, readDocx } from '../helpers/docx-xml';

/**
 * A Word plan NOT written by our exporter: each example exported to DOCX, converted by
 * LibreOffice to ODT and back to DOCX (so every part of the XML is LibreOffice's: its styles,
 * runs, merged cells), then opened as a draft and exported again: the same paragraphs print.
 */
const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kehoach-lo-docx-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const example = (name: string): Plan => {
  const parsed = parseDraft(readFileSync(join(repo, 'docs/examples', `${name}.kehoach`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.plan;
};
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const printed = async (bytes: Uint8Array): Promise<string[]> => paragraphs((await readDocx(bytes)).document).map((p) => norm(p.text)).filter((t) => t !== '');

function throughLibreOffice(name: string, docx: Uint8Array): Uint8Array {
  const soffice = findSoffice();
  const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
  writeFileSync(join(work, `${name}.docx`), docx);
  execFileSync(soffice, [profile, '--headless', '--norestore', '--convert-to', 'odt', '--outdir', join(work, 'odt'), join(work, `${name}.docx`)], { stdio: 'ignore' });
  execFileSync(soffice, [profile, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'back'), join(work, 'odt', `${name}.odt`)], { stdio: 'ignore' });
  return readFileSync(join(work, 'back', `${name}.docx`));
}

describe.each(['an-lao', 'dong-da', 'thanh-xuan'])('%s saved by LibreOffice', (name) => {
  it('opens as a draft that prints the same text, numbers and recipients', async () => {
    const original = example(name);
    const fromWriter = throughLibreOffice(name, await exportDocx(original));
    // The file really is LibreOffice's, not ours.
    const app = await (await JSZip.loadAsync(fromWriter)).file('docProps/app.xml')?.async('string');
    expect(app).toMatch(/LibreOffice/);
    const { plan, notes } = await openDocxPlan(fromWriter);
    expect(notes).toEqual([]);
    expect(await printed(await exportDocx(plan))).toEqual(await printed(await exportDocx(original)));
    expect(plan.recipients).toEqual(original.recipients);
    expect(plan.signature).toEqual(original.signature);
  });
});
