import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import type { Plan } from '../../../core/model';
import { createPlanFromTemplate, loadTemplate } from '../../../electron/services/template-service';
import { elements, readDocx, resolvePara, resolveStyle, styleTable } from '../../helpers/docx-xml';
import { anLaoAnswers } from '../templates/sample-answers';

// Issue 7: "the profile's heading defaults apply unless a template says otherwise". A template's
// manifest may give the look of each heading level; the plan carries it, the page and the
// DOCX styles follow it.

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TEMPLATE = 'dang-ke-hoach-thuc-hien';
let dirs: string[] = [];

afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the shipped template whose manifest is changed by `edit`. */
function templatesWith(edit: (manifest: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kehoach-headings-'));
  dirs.push(dir);
  cpSync(path.join(repo, 'templates', TEMPLATE), path.join(dir, TEMPLATE), { recursive: true });
  const file = path.join(dir, TEMPLATE, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

async function heading(plan: Plan, text: string) {
  const { document, styles } = await readDocx(await exportDocx(plan));
  const table = styleTable(styles);
  const p = elements(document, 'w:p').map((el) => resolvePara(el, table)).find((x) => x.runs.map((r) => r.text).join('') === text);
  if (!p) throw new Error(`no heading ${text}`);
  return { para: p, style: resolveStyle(table, p.styleId) };
}

// Level 1 in upper case and bold, level 2 italic and not bold: unlike HD36 (level 2 bold).
const OWN_HEADINGS = [
  { caps: true, bold: true, italic: false },
  { caps: false, bold: false, italic: true },
];

describe('heading looks from the template', () => {
  it('without "headings" in the manifest, the profile decides: HD36 level 2 is bold', async () => {
    const plan = createPlanFromTemplate(TEMPLATE, anLaoAnswers());
    expect(plan.options.headings).toBeUndefined();
    const { para, style } = await heading(plan, '1. Mục đích, yêu cầu');
    expect(para.runs.every((r) => r.bold && !r.italic)).toBe(true);
    expect(style.runs[0]).toMatchObject({ bold: true, italic: false });
  });

  it('a manifest with "headings" prints level 2 italic, not bold, and "Đề mục 2" says so for the clerk', async () => {
    const dir = templatesWith((m) => (m.headings = OWN_HEADINGS));
    const plan = createPlanFromTemplate(TEMPLATE, anLaoAnswers(), dir);
    expect(plan.options.headings).toEqual(OWN_HEADINGS);
    const second = await heading(plan, '1. Mục đích, yêu cầu');
    expect(second.para.runs.every((r) => !r.bold && r.italic)).toBe(true);
    expect(second.style).toMatchObject({ styleName: 'Đề mục 2', outlineLevel: 1 });
    expect(second.style.runs[0]).toMatchObject({ bold: false, italic: true });
    const first = await heading(plan, 'I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU');
    expect(first.para.runs.every((r) => r.bold)).toBe(true);
  });

  it('a manifest whose "headings" is not a list of {caps, bold, italic} is refused with the field named', () => {
    const dir = templatesWith((m) => (m.headings = [{ caps: true, bold: 'có' }]));
    expect(() => loadTemplate(TEMPLATE, dir)).toThrow(/headings/);
  });
});
