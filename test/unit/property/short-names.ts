/**
 * The rule for short names (plan-anatomy.md, citations): a cited document with a short name is
 * introduced once, by its full citation followed by "(sau đây viết tắt là <name>)" (or "(sau đây
 * gọi là <name>)"), and the short name is not used on its own before that.
 *
 * Written as a plain function of the document's text so that the citation engine, which is being
 * rewritten, can reuse it. What it asserts holds for the current engine: the summary never
 * introduces a name, the opening sentence introduces the bases' names, and `cite "short"` prints
 * the short name only after the introduction. Names given to documents up a chain (what a base
 * implements) are never introduced by the current engine, so they simply must not appear alone.
 */
const INTRO = /\(sau đây (?:viết tắt là|gọi là) /g;

/** Whitespace runs as one space: line breaks and tabs inside a name must not hide it. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Problems found, in words; empty when every short name is introduced at most once and never used before. */
export function shortNameProblems(documentText: string, shortNames: readonly string[]): string[] {
  const text = squash(documentText);
  const problems: string[] = [];
  for (const raw of shortNames) {
    const name = squash(raw);
    if (name === '') continue;
    const intros: number[] = [];
    for (const m of text.matchAll(INTRO)) {
      const at = (m.index ?? 0) + m[0].length;
      if (text.startsWith(`${name})`, at)) intros.push(at);
    }
    if (intros.length > 1) problems.push(`"${name}" is introduced ${intros.length} times`);
    const firstUse = text.indexOf(name);
    if (firstUse >= 0 && firstUse !== intros[0]) {
      problems.push(
        intros.length === 0
          ? `"${name}" is used but never introduced`
          : `"${name}" is used at ${firstUse}, before its introduction at ${intros[0]}`,
      );
    }
  }
  return problems;
}
