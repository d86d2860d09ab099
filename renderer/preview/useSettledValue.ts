import { useEffect, useState } from 'react';

/**
 * The first value at once, then each later value only once it has stayed unchanged for `delayMs`:
 * while a clerk types, the preview keeps its last pages and does no work at all.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === settled) return;
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
