import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft';
import { MAX_DRAFT_NESTING, nestsDeeperThan } from '../../../core/draft/nesting-depth';
import { editedExample, errorOf, readExampleDraft } from './example-fixtures';

/** One section nested `depth` levels deep, as JSON text (JSON.stringify itself would overflow the stack). */
function sectionChainJson(depth: number): string {
  const open = '{"id":"s","title":"Mục","body":[],"children":[';
  return `${open.repeat(depth)}${']}'.repeat(depth)}`;
}

/** Says the file is nested too deeply, what to do, in one Vietnamese sentence with no migration story. */
function expectTooDeepSentence(message: string): void {
  expect(message).toMatch(/lồng nhau quá sâu/);
  expect(message).toMatch(/hãy mở bản sao lưu \.kehoach\.bak/);
  expect(message).not.toMatch(/chuyển định dạng cũ|Maximum call stack|RangeError/);
  expect(message).toMatch(/^[A-ZĐ]/u);
  expect(message.endsWith('.')).toBe(true);
  // One sentence: the only full stops are the final one and those inside ".kehoach(.bak)".
  expect(message.replace(/\.kehoach(\.bak)?/g, '').slice(0, -1)).not.toContain('.');
}

describe('a draft nested too deeply', () => {
  it('100,000 nested arrays in a field are refused with what is wrong and what to do', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = editedExample((d) => {
      d.plan.summary = '@@DEEP@@';
    }).replace('"@@DEEP@@"', deep);
    expectTooDeepSentence(errorOf(text));
  });

  it('100,000 nested objects are refused the same way, also in a draft of an old format version', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = editedExample((d) => {
      d.formatVersion = 0;
      d.plan.extra = '@@DEEP@@';
    }).replace('"@@DEEP@@"', deep);
    expectTooDeepSentence(errorOf(text));
  });

  it('a section tree 100,000 levels deep is refused before validation', () => {
    const text = editedExample((d) => {
      d.plan.sections = '@@DEEP@@';
    }).replace('"@@DEEP@@"', `[${sectionChainJson(100_000)}]`);
    expectTooDeepSentence(errorOf(text));
  });

  it('still loads a plan whose sections nest far deeper than any real plan (40 levels)', () => {
    const text = editedExample((d) => {
      d.plan.sections[0].children = '@@DEEP@@';
    }).replace('"@@DEEP@@"', `[${sectionChainJson(40)}]`);
    const result = parseDraft(text);
    if (!result.ok) throw new Error(result.error);
    let depth = 0;
    for (let s = result.plan.sections[0]; s; s = s.children[0]) depth += 1;
    expect(depth).toBe(41);
  });

  it('the shipped examples are far below the limit', () => {
    for (const name of ['an-lao', 'dong-da', 'thanh-xuan'] as const) {
      const draft: unknown = JSON.parse(readExampleDraft(name));
      expect(nestsDeeperThan(draft, 30)).toBe(false);
    }
    expect(MAX_DRAFT_NESTING).toBeGreaterThanOrEqual(100);
  });
});

describe('nestsDeeperThan', () => {
  it('counts the root as level 1 and looks into arrays and objects alike', () => {
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [] }, 1)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: [1] }] }, 3)).toBe(true);
    expect(nestsDeeperThan([1, 'x', null, [2, [3]]], 3)).toBe(false);
  });
});
