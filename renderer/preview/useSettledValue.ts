import { useEffect, useState } from 'react';

/**
 * The first value at once, then each later value only once it has stayed unchanged for `delayMs`:
 * while a clerk types, the preview keeps its last pages and does no work at all. A change that
 * `isUrgent` picks (not typing: a form field, a reference edited) is taken at once.
 */
export function useSettledValue<T>(value: T, delayMs: number, isUrgent?: (settled: T, next: T) => boolean): T {
  const [settled, setSettled] = useState(value);
  const urgent = value !== settled && isUrgent !== undefined && isUrgent(settled, value);
  useEffect(() => {
    if (value === settled) return;
    if (urgent) {
      setSettled(value);
      return;
    }
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs, urgent]);
  return settled;
}
