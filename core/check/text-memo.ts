/**
 * Remembers what a pure function of a text found, by the text itself. The checker re-runs on
 * every pause in typing, and between two runs all paragraphs but the one being typed in are the
 * same strings: their scans are looked up instead of redone. Bounded: when full it starts afresh,
 * so a long session or a pasted book cannot grow it without end.
 */
export function memoByText<T>(compute: (text: string) => T, max = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text: string): T => {
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = compute(text);
      if (memo.size >= max) memo.clear();
      memo.set(text, value);
    }
    return value as T;
  };
}
