import type { Finding } from '../../core/check/types';
import type { DocumentRef } from '../../core/model/document-ref';
import type { Plan } from '../../core/model/plan';

export interface CheckRequest {
  id: number;
  plan: Plan;
  library: readonly DocumentRef[];
  /** Epoch ms: a Date crosses postMessage as well, but a number says plainly what is sent. */
  today: number;
}

export type CheckReply = { id: number; findings: Finding[] } | { id: number; error: string };

/** Runs checks one at a time; a newer request makes any older one's answer worthless (it resolves to null). */
export interface CheckRunner {
  run(plan: Plan, library: readonly DocumentRef[], today: Date): Promise<Finding[] | null>;
  dispose(): void;
}

/**
 * The checker in a Web Worker (check-worker.ts), or null where workers cannot start (then the
 * caller runs the rules itself in idle slices). A worker that fails to load or throws answers
 * with an error, which rejects the request: the caller falls back for good.
 */
export function createWorkerRunner(): CheckRunner | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'kiem-tra' });
  } catch {
    return null;
  }
  let latest = 0;
  const waiting = new Map<number, { resolve(f: Finding[] | null): void; reject(e: Error): void }>();
  const failAll = (message: string) => {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
  };
  worker.onmessage = (event: MessageEvent<CheckReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if ('error' in reply) w.reject(new Error(reply.error));
    else w.resolve(reply.id === latest ? reply.findings : null);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(event.message || 'check worker failed');
  };
  return {
    run(plan, library, today) {
      const id = ++latest;
      // Older requests still running: their answers will not be used.
      for (const [old, w] of waiting) {
        waiting.delete(old);
        w.resolve(null);
      }
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const request: CheckRequest = { id, plan, library, today: today.getTime() };
        try {
          worker.postMessage(request);
        } catch (err) {
          waiting.delete(id);
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    },
    dispose() {
      failAll('disposed');
      worker.terminate();
    },
  };
}
