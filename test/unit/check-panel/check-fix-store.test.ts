import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, runChecks } from '../../../core/check';
import type { CheckFix } from '../../../core/check/types';
import type { Plan } from '../../../core/model';
import type { InlineNode } from '../../../core/model/inline';
import { type DocState, createDocReducer, fixRefusal, initialDocState } from '../../../renderer/state/plan-store';
import { asEditorHoldsIt, normalizeInlines } from '../../../renderer/check/as-editor-holds';

// The reducer as the app makes it: fixed text settled the way the section editors hold it.
const docReducer = createDocReducer(asEditorHoldsIt);
import { viPhrase } from '../../helpers/vi-random';
import { anLaoPlan } from '../renderer-state/an-lao-plan';

/**
 * "Sửa" in the checker panel is one undoable edit of the plan store: applied to the latest text,
 * refused with a Vietnamese reason when the text changed since the check, undone and redone by the
 * toolbar's "Hoàn tác" / "Làm lại" (and Ctrl+Z outside the text) whatever the section's editor
 * made of the fixed text.
 */
const TODAY = new Date(Date.UTC(2024, 4, 8));
const DOUBLE_SPACE = ALL_RULES.filter((r) => r.id === 'double-space');
/** The rule these tests fix with (the store does not care which rule a fix comes from). */
const check = (plan: Plan) => runChecks(plan, { today: TODAY, rules: DOUBLE_SPACE });

/** The An Lão plan with section s1-1's first paragraph reading `children`. */
function withText(children: InlineNode[]): Plan {
  const plan = anLaoPlan();
  const s1 = plan.sections[0]!;
  const s11 = s1.children[0]!;
  return { ...plan, sections: [{ ...s1, children: [{ ...s11, body: [{ type: 'paragraph', children }] }, ...s1.children.slice(1)] }, ...plan.sections.slice(1)] };
}
const opened = (plan: Plan): DocState => docReducer(initialDocState, { type: 'open', plan, path: '/data/p.kehoach' });
const bodyOf = (plan: Plan) => plan.sections[0]!.children[0]!.body[0]!;
const textOf = (plan: Plan) => {
  const b = bodyOf(plan);
  return b.type === 'table' ? '' : b.children.map((c) => ('text' in c && !('type' in c) ? c.text : '')).join('');
};
/** What a section editor does with the text it is given (Slate's normalisation), handed back to the store. */
function editorEchoes(state: DocState): DocState {
  return docReducer(state, {
    type: 'update',
    update: (p) => {
      const b = bodyOf(p);
      if (b.type === 'table') return p;
      const s1 = p.sections[0]!;
      const s11 = s1.children[0]!;
      const echoed = { ...b, children: normalizeInlines(b.children) };
      return { ...p, sections: [{ ...s1, children: [{ ...s11, body: [echoed] }, ...s1.children.slice(1)] }, ...p.sections.slice(1)] };
    },
  });
}

describe('a checker fix in the plan store', () => {
  it('fixes the text, and Undo then Redo give back each text exactly, even after the editor merged the pieces', () => {
    const before = withText([{ text: 'Tăng cường  công tác giáo dục.' }]);
    const [found] = check(before).filter((f) => f.ruleId === 'double-space');
    expect(found?.fix).toBeDefined();
    let state = docReducer(opened(before), { type: 'fix', fix: found!.fix! });
    expect(textOf(state.plan!)).toBe('Tăng cường công tác giáo dục.');
    expect(state.dirty).toBe(true);
    expect(state.undo.at(-1)?.label).toBe(found!.fix!.label);
    // The live editor hands the text back merged into one leaf: nothing changes, undo still applies.
    const echoed = editorEchoes(state);
    expect(echoed.plan).toEqual(state.plan);
    state = docReducer(echoed, { type: 'undo' });
    expect(state.plan).toEqual(before);
    expect(state.redo).toHaveLength(1);
    state = docReducer(state, { type: 'redo' });
    expect(textOf(state.plan!)).toBe('Tăng cường công tác giáo dục.');
    expect(check(state.plan!).filter((f) => f.ruleId === 'double-space')).toEqual([]);
  });

  it('refuses a fix whose text changed since the check, saying so, and changes nothing', () => {
    const checked = withText([{ text: 'Tăng cường  công tác.' }]);
    const fix = check(checked).find((f) => f.ruleId === 'double-space')!.fix as CheckFix;
    // The clerk typed over the place before pressing "Sửa".
    const typedOn = withText([{ text: 'Tăng cường tốt công tác.' }]);
    const state = opened(typedOn);
    const reason = fixRefusal(state.plan, fix);
    expect(reason).toMatch(/^[A-ZĐÂÊÔƠƯ]/u);
    expect(reason).toMatch(/\.$/);
    expect(docReducer(state, { type: 'fix', fix })).toBe(state);
  });

  it('drops an undo step whose text was typed over since, and keeps the text the clerk typed', () => {
    const before = withText([{ text: 'Giao  Ban Tuyên giáo.' }]);
    const fix = check(before).find((f) => f.ruleId === 'double-space')!.fix!;
    let state = docReducer(opened(before), { type: 'fix', fix });
    const typed = withText([{ text: 'Giao Ban Tổ chức.' }]);
    state = docReducer(state, { type: 'edit', plan: typed });
    state = docReducer(state, { type: 'undo' });
    expect(state.plan).toBe(typed);
    expect(state.undo).toHaveLength(0);
  });

  it('on generated texts with references, every double space is fixed one by one and Undo restores the plan as the editor holds it', () => {
    fc.assert(
      fc.property(fc.array(viPhrase(1, 5, false), { minLength: 2, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (phrases, refs) => {
        const children: InlineNode[] = [];
        phrases.forEach((p, i) => {
          children.push({ text: `${i ? ' ' : ''}${p}  ${p}` });
          if (refs[i]) children.push({ type: 'ref', field: 'org.collective', children: [{ text: '' }] }, { text: ' ' });
        });
        const start = editorEchoes(opened(withText(children)));
        let state = start;
        for (let round = 0; round < 20; round++) {
          const next = check(state.plan!).find((f) => f.ruleId === 'double-space' && f.fix);
          if (!next) break;
          state = editorEchoes(docReducer(state, { type: 'fix', fix: next.fix! }));
        }
        expect(check(state.plan!).filter((f) => f.ruleId === 'double-space' && f.location.sectionId === 's1-1')).toEqual([]);
        while (state.undo.length > 0) state = editorEchoes(docReducer(state, { type: 'undo' }));
        expect(state.plan).toEqual(start.plan);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
