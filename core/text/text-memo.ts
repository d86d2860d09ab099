/**
 * Remembers what a pure function of a text found, by the text itself. The checker re-runs on
 * every pause in typing, and every export and every re-layout of the preview cleans and
 * tone-marks every text of the plan again: between two runs all paragraphs but the one being
 * typed in are the same strings, so their results are looked up instead of redone. Bounded by
 * entries and by the characters of the texts held (a long plan holds well under a million): when
 * full it starts afresh, so a long session or a pasted book cannot grow it without end.
 */
export function memoByText<T>(compute: (text: string) => T, max = 20_000, maxChars = 4_000_000): (text: string) => T {
  const memo = new Map<string, T>();
  let chars = 0;
  return (text: string): T => {
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      value = compute(text);
      if (memo.size >= max || chars + text.length > maxChars) {
        memo.clear();
        chars = 0;
      }
      memo.set(text, value);
      chars += text.length;
    }
    return value as T;
  };
}
