import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import type { Plan } from '../../../core/model';
import { computeSectionNumbers, effectiveLevels, flattenSections } from '../../../core/render/numbering';
import { cleanText } from '../../../core/text/clean-text';
import { applyToneMarks } from '../../../core/text/tone-marks';
import { instantiateTemplate } from '../../../core/template/instantiate';
import { handlebarsCompiler } from '../../../electron/services/template-handlebars';
import { importDocument } from '../../../electron/services/import';
import { caseAnswers } from '../../unit/property/export-case';

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

describe('import of generated plans exported to DOCX', () => {
  it('finds every numbered section with its label, in order, at its depth', async () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const plan = planOf(seed);
      if (!plan) continue;
      const outcome = await importDocument(await exportDocx(plan), `plan-${seed}.docx`);
      if (!outcome.ok) throw new Error(`seed ${seed}: ${outcome.error}`);
      const numbers = computeSectionNumbers(plan.sections, effectiveLevels(plan));
      const paras = outcome.text.paragraphs.filter((p) => p.table === undefined);
      let from = 0;
      for (const { section, depth } of flattenSections(plan.sections)) {
        const label = numbers.get(section.id);
        const title = squash(section.title);
        if (!label || title === '' || section.runIn) continue;
        const at = paras.findIndex((p, i) => i >= from && p.label === label && squash(p.text).startsWith(title.slice(0, 15)));
        expect(at, `seed ${seed}: ${label} ${section.title}`).toBeGreaterThanOrEqual(0);
        // Every depth of a generated plan is numbered, so the depth read is the tree's.
        expect(paras[at]!.level, `seed ${seed}: ${label} ${section.title}`).toBe(depth);
        from = at + 1;
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
