import { afterEach, describe, expect, it } from 'vitest';
import { ALL_RULES, runChecks } from '../../../core/check';
import type { Finding } from '../../../core/check/types';
import type { Plan } from '../../../core/model';
import { createWorkerRunner } from '../../../renderer/check/check-runner';
import { runInSlices } from '../../../renderer/check/run-in-slices';
import { withContext } from '../../../renderer/check/finding-context';
import { asSignedPlan } from '../check/check-fixtures';

/**
 * The two ways the panel's findings are worked out off the typing path: a Web Worker (here a
 * stand-in Worker that runs the same checker), or idle slices on the page. Either gives exactly
 * what `runChecks` gives, and an answer for a plan already replaced by a newer one is never used.
 */
const TODAY = new Date(Date.UTC(2023, 8, 21));
const plan = asSignedPlan('thanh-xuan');

describe('the checker in idle slices (no worker)', () => {
  it('finds what runChecks finds, in the same order', async () => {
    const findings = await new Promise<Finding[]>((resolve) => runInSlices(plan, [], TODAY, ALL_RULES, resolve));
    expect(findings.length).toBeGreaterThan(5);
    expect(findings).toEqual(withContext(plan, runChecks(plan, { today: TODAY })));
  });

  it('answers nothing once cancelled (a newer plan came)', async () => {
    let answered = false;
    const cancel = runInSlices(plan, [], TODAY, ALL_RULES, () => (answered = true));
    cancel();
    // Long enough for every slice to have run had it not been cancelled.
    await new Promise<void>((resolve) => runInSlices(plan, [], TODAY, ALL_RULES, () => resolve()));
    expect(answered).toBe(false);
  });
});

/** A Worker that runs the checker on the next tick, as check-worker.ts does in its own thread. */
class FakeWorker {
  static broken = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  postMessage(data: { id: number; plan: Plan; library: []; today: number }): void {
    const clone = structuredClone(data);
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.broken) return this.onerror?.({ message: 'failed to load', preventDefault: () => undefined });
      this.onmessage?.({ data: { id: clone.id, findings: runChecks(clone.plan, { library: clone.library, today: new Date(clone.today) }) } });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the checker in a worker', () => {
  afterEach(() => {
    delete (globalThis as { Worker?: unknown }).Worker;
    FakeWorker.broken = false;
  });

  it('is not offered where workers do not exist', () => {
    expect(createWorkerRunner()).toBeNull();
  });

  it('answers the findings of the latest plan only: an earlier request still running answers null', async () => {
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    const runner = createWorkerRunner()!;
    const corrected = { ...plan, id: 'newer' } as Plan;
    const first = runner.run(plan, [], TODAY);
    const second = runner.run(corrected, [], TODAY);
    expect(await first).toBeNull();
    expect(await second).toEqual(runChecks(corrected, { today: TODAY }));
    runner.dispose();
  });

  it('rejects when the worker fails, so the page can run the rules itself', async () => {
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    FakeWorker.broken = true;
    const runner = createWorkerRunner()!;
    await expect(runner.run(plan, [], TODAY)).rejects.toThrow('failed to load');
    runner.dispose();
  });
});
