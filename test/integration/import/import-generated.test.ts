import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import type { Plan, Section } from '../../../core/model';
import { computeSectionNumbers, effectiveLevels, flattenSections } from '../../../core/render/numbering';
import { cleanText } from '../../../core/text/clean-text';
import { applyToneMarks } from '../../../core/text/tone-marks';
import { instantiateTemplate } from '../../../core/template/instantiate';
import { handlebarsCompiler } from '../../../electron/services/template-handlebars';
import { importDocument } from '../../../electron/services/import';
import { caseAnswers } from '../../unit/property/export-case';
import { EXAMPLE_NAMES, loadExample, sofficeConvert, tempDir } from '../../helpers/example-files';
import { viPhrase } from '../../helpers/vi-random';
import type { ImportedText } from '../../../core/import/imported-text';

/**
 * Plans never seen: random answers for the shipped templates (the export property's generator,
 * random Vietnamese Unicode included) → the app's DOCX → import. Every numbered section comes
 * back with its label, in order, and its depth in the tree.
 */
// Compared by letters and digits only: the export cleans control characters and lone surrogates
// out of fuzzed text and moves tone marks to the organisation's convention (hòa → hoà).
const squash = (s: string) => applyToneMarks(cleanText(s), 'ủy').replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase('vi');

function planOf(seed: number): Plan | undefined {
  const { template, fuzz } = caseAnswers(seed);
  let next = 0;
  try {
    return instantiateTemplate(template, fuzz.answers, handlebarsCompiler, { newId: () => `id-${(next += 1)}` });
  } catch {
    return undefined; // answers the template refuses: nothing to export
  }
}

/** Checks every numbered section is found, in order, with its label and its depth; returns how many. */
function expectSections(plan: Plan, text: ImportedText, what: string): number {
  const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
  const paras = text.paragraphs.filter((p) => p.table === undefined);
  let from = 0;
  let checked = 0;
  for (const { section, depth } of flattenSections(plan.sections)) {
    const label = numbers.get(section.id);
    const title = squash(section.title);
    if (!label || title === '' || section.runIn) continue;
    const at = paras.findIndex((p, i) => i >= from && p.label === label && squash(p.text).startsWith(title.slice(0, 15)));
    expect(at, `${what}: ${label} ${section.title}`).toBeGreaterThanOrEqual(0);
    // Every depth of a generated plan is numbered, so the depth read is the tree's.
    expect(paras[at]!.level, `${what}: ${label} ${section.title}`).toBe(depth);
    from = at + 1;
    checked += 1;
  }
  return checked;
}

describe('import of generated plans', () => {
  it('DOCX: finds every numbered section with its label, in order, at its depth', async () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const plan = planOf(seed);
      if (!plan) continue;
      const outcome = await importDocument(await exportDocx(plan), `plan-${seed}.docx`);
      if (!outcome.ok) throw new Error(`seed ${seed}: ${outcome.error}`);
      checked += expectSections(plan, outcome.text, `seed ${seed}`);
    }
    expect(checked).toBeGreaterThan(100);
  });

  // Fuzzed text (bidi overrides, stacked marks) has no stable printed form; a PDF is tested with the
  // example plans' structure under random Vietnamese titles instead.
  it('PDF (LibreOffice): the same, from the printed lines, with random Vietnamese titles', async () => {
    const dir = tempDir('kehoach-import-generated-');
    try {
      const plans = new Map<string, Plan>();
      const titles = fc.sample(viPhrase(1, 9), { seed: 9, numRuns: 400 });
      let t = 0;
      const retitle = (sections: Section[]): Section[] => sections.map((x) => ({ ...x, title: x.title ? titles[t++ % titles.length]! : x.title, children: retitle(x.children) }));
      for (const [i, name] of [...EXAMPLE_NAMES, ...EXAMPLE_NAMES].entries()) {
        const base = loadExample(name);
        const plan = { ...base, sections: retitle(base.sections) };
        const path = join(dir, `plan-${i}.docx`);
        writeFileSync(path, await exportDocx(plan));
        plans.set(path, plan);
      }
      const pdfs = sofficeConvert([...plans.keys()], 'pdf', dir);
      let checked = 0;
      for (const [i, [docx, plan]] of [...plans].entries()) {
        const outcome = await importDocument(new Uint8Array(readFileSync(pdfs[i]!)), docx);
        if (!outcome.ok) throw new Error(`${docx}: ${outcome.error}`);
        checked += expectSections(plan, outcome.text, docx);
      }
      expect(checked).toBeGreaterThan(40);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
