import { describe, expect, it } from 'vitest';
import { placesOf, runChecks } from '../../../core/check';
import type { Plan } from '../../../core/model';
import { withContext } from '../../../renderer/check/finding-context';
import { asSignedPlan } from '../check/check-fixtures';

/**
 * The panel shows each slip in its sentence: the words before and after the range, cut at a word
 * with "…", so "“…Quyết định số <mark>4045/QĐ-UBND</mark> ngày…”" reads as the clerk's text does.
 */
const TODAY = new Date(Date.UTC(2023, 8, 21));

describe('the words around a finding', () => {
  const plan: Plan = asSignedPlan('thanh-xuan');
  const findings = withContext(plan, runChecks(plan, { today: TODAY }));

  it('rebuilds, with the excerpt, a piece of the place’s text as shown', () => {
    const ranged = findings.filter((f) => f.location.start !== undefined && f.context);
    expect(ranged.length).toBeGreaterThan(3);
    for (const f of ranged) {
      const before = f.context!.before.replace(/^…/, '');
      const after = f.context!.after.replace(/…$/, '');
      const { start, end } = f.location as { start: number; end: number };
      // Exactly the place's text around the range, at most 32 characters each side.
      const text = placesOf(plan).find(f.location)!.text;
      expect(text.slice(start - before.length, end + after.length)).toBe(before + f.location.excerpt + after);
      expect(before.length).toBeLessThanOrEqual(32);
      expect(after.length).toBeLessThanOrEqual(32);
      expect(before.length + after.length).toBeGreaterThan(0);
    }
  });

  it('cuts at a word, never inside one', () => {
    for (const f of findings.filter((x) => x.context)) {
      const { before, after } = f.context!;
      if (before.startsWith('…')) expect(before[1]).not.toBe(' ');
      if (after.endsWith('…')) expect(after.at(-2)).not.toBe(' ');
    }
  });

  it('leaves findings about a whole place (no range) as they are', () => {
    for (const f of findings.filter((x) => x.location.start === undefined)) expect(f.context).toBeUndefined();
  });
});
