import { flushSync } from 'react-dom';
import type { Plan } from '../../core/model/plan';

/**
 * Text typed into the editor reaches the plan store (and with it the outline, the side panel,
 * autosave and the preview) one frame later, so a keystroke paints before the whole app
 * re-renders. The Slate editor already shows the letter; nothing is lost: before anything else
 * reads the plan (any key, click or focus change, a menu command, autosave, saving) the waiting
 * edits are applied at once with `flushPendingEdits()`.
 */
type Update = (plan: Plan) => Plan;

export class PendingEdits {
  /** Latest edit per target ("body:<id>", "summary", "preamble"): each replaces the one before. */
  private readonly edits = new Map<string, Update>();
  private scheduled = false;

  constructor(
    private readonly apply: (update: Update) => void,
    private readonly schedule: (run: () => void) => void = afterNextFrame,
  ) {}

  get size(): number {
    return this.edits.size;
  }

  add(target: string, update: Update): void {
    this.edits.set(target, update);
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Applies every waiting edit as one update of the plan; does nothing when none wait. */
  flush(): void {
    if (this.edits.size === 0) return;
    const updates = [...this.edits.values()];
    this.edits.clear();
    this.apply((plan) => updates.reduce((p, update) => update(p), plan));
  }
}

/** After the browser has painted the frame now being prepared. */
function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
}

const registered = new Set<PendingEdits>();

/** Registers an editor's waiting edits; returns the unregister. */
export function registerPendingEdits(pending: PendingEdits): () => void {
  registered.add(pending);
  return () => {
    registered.delete(pending);
  };
}

/**
 * Applies every waiting text edit now and re-renders synchronously, so code that reads the plan
 * right after (save, export, print, autosave, a menu command) sees every letter typed.
 */
export function flushPendingEdits(): void {
  const waiting = [...registered].filter((p) => p.size > 0);
  if (waiting.length === 0) return;
  flushSync(() => {
    for (const pending of waiting) pending.flush();
  });
}
