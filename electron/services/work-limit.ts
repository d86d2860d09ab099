/**
 * At most `limit` of the heavy jobs (saving, autosave, exporting a plan) run at once; the others
 * wait their turn in order. A page that fires many large saves at once (a bug, or a hostile page
 * in browser mode) then holds a bounded amount of memory instead of one copy of the plan per call.
 */
export function workLimit(limit: number): <T>(job: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await job();
    } finally {
      next();
    }
  };
}
