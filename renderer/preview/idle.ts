/**
 * Runs `fn` when the browser is idle (or after `timeoutMs` at the latest), so long preview work
 * is done between frames and keystrokes instead of in one piece. Returns a cancel function.
 */
export function whenIdle(fn: () => void, timeoutMs = 100): () => void {
  const w = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => w.cancelIdleCallback!(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}
