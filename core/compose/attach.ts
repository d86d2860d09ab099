/**
 * Joins two pieces of a sentence with a space, unless the second starts with punctuation that
 * attaches to the word before it: "Kế hoạch" + ", cụ thể:" → "Kế hoạch, cụ thể:".
 */
export function attach(before: string, after: string): string {
  const tail = after.trim();
  if (tail === '') return before;
  return /^[,.;:)]/.test(tail) ? `${before}${tail}` : `${before} ${tail}`;
}
