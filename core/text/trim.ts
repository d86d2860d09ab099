/**
 * Trimming with plain loops. A regex like /\s+$/ tries every start position inside a long run
 * of whitespace that is not at the end, which is quadratic: a field with tens of thousands of
 * tabs or newlines would freeze the layout for seconds.
 */

const isSpace = (ch: string): boolean => /\s/.test(ch);

/** `s` without the trailing characters for which `drop` holds. */
export function trimEndWhere(s: string, drop: (ch: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `s` without the leading characters for which `drop` holds. */
export function trimStartWhere(s: string, drop: (ch: string) => boolean): string {
  let start = 0;
  while (start < s.length && drop(s[start]!)) start++;
  return s.slice(start);
}

export const trimEndSpace = (s: string): string => trimEndWhere(s, isSpace);
export const trimStartSpace = (s: string): string => trimStartWhere(s, isSpace);
export { isSpace };
