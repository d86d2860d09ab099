import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../core/model/plan';
import { PendingEdits } from '../../../renderer/editor/pending-edits';
import { anLaoPlan } from '../renderer-state/an-lao-plan';

/** A store that applies updates like the app's reducer, and a scheduler run by hand (the frame). */
function setup() {
  let plan: Plan = anLaoPlan();
  const applied: number[] = [];
  const frames: Array<() => void> = [];
  const pending = new PendingEdits(
    (update) => {
      applied.push(1);
      plan = update(plan);
    },
    (run) => frames.push(run),
  );
  const setNumber = (n: string) => (p: Plan): Plan => ({ ...p, number: n });
  const setPreamble = (t: string) => (p: Plan): Plan => ({ ...p, preamble: [{ type: 'paragraph', children: [{ text: t }] }] });
  return { pending, frames, applied, plan: () => plan, setNumber, setPreamble };
}

describe('typed text reaches the store after the frame', () => {
  it('keystrokes in one frame become one update carrying the latest text of each editor', () => {
    const t = setup();
    t.pending.add('preamble', t.setPreamble('V'));
    t.pending.add('preamble', t.setPreamble('Vi'));
    t.pending.add('summary', t.setNumber('7'));
    expect(t.plan().number).not.toBe('7'); // nothing applied before the frame
    expect(t.frames).toHaveLength(1); // one flush scheduled, not one per keystroke
    t.frames.shift()!();
    expect(t.applied).toHaveLength(1);
    expect(t.plan().preamble[0]!.children[0]).toEqual({ text: 'Vi' });
    expect(t.plan().number).toBe('7');
    expect(t.pending.size).toBe(0);
  });

  it('flush() applies waiting text at once (before a save reads the plan); the frame then has nothing left', () => {
    const t = setup();
    t.pending.add('preamble', t.setPreamble('Việt Nam'));
    t.pending.flush();
    expect(t.plan().preamble[0]!.children[0]).toEqual({ text: 'Việt Nam' });
    t.frames.shift()!();
    expect(t.applied).toHaveLength(1);
    // Nothing waiting: flushing applies nothing.
    t.pending.flush();
    expect(t.applied).toHaveLength(1);
  });

  it('text typed after a flush schedules a new frame', () => {
    const t = setup();
    t.pending.add('preamble', t.setPreamble('a'));
    t.frames.shift()!();
    t.pending.add('preamble', t.setPreamble('ab'));
    expect(t.frames).toHaveLength(1);
    t.frames.shift()!();
    expect(t.plan().preamble[0]!.children[0]).toEqual({ text: 'ab' });
    expect(t.applied).toHaveLength(2);
  });
});
