/**
 * The rule for short names (plan-anatomy.md, citations): a cited document with a short name is
 * introduced once, by its full citation followed by "(sau đây viết tắt là <name>)" (or "gọi là",
 * "gọi tắt là"; one bracket may introduce several: "(sau đây gọi là A, B)"), and the short name is
 * not used on its own before that. This holds for names on bases and on documents up their chains
 * (docs/citations.md): the summary never introduces a name, the opening introduces them.
 */
const INTRO = /\(sau đây (?:viết tắt là|gọi tắt là|gọi là) ([^()]*)\)/g;

/** Whitespace runs as one space: line breaks and tabs inside a name must not hide it. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Problems found, in words; empty when every short name is introduced at most once and never used before. */
export function shortNameProblems(documentText: string, shortNames: readonly string[]): string[] {
  const text = squash(documentText);
  const problems: string[] = [];
  for (const raw of shortNames) {
    const name = squash(raw);
    if (name === '') continue;
    // One bracket may introduce several names, joined by ", " ("(sau đây gọi là A, B)").
    const intros: number[] = [];
    for (const m of text.matchAll(INTRO)) {
      const inside = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].length - inside.length - 1;
      let offset = 0;
      for (const part of inside.split(', ')) {
        if (part === name) intros.push(start + offset);
        offset += part.length + 2;
      }
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
