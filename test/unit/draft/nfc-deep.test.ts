import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nfcDeep } from '../../../core/draft/nfc-deep';

// A draft written on macOS or pasted from a PDF has decomposed Vietnamese ("e" + U+0302 + U+0301
// for "ế"); every string of it, keys included, must come out composed, and nothing else change.

/** The plain definition: a new tree with every string and key in NFC. */
function reference(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(reference);
  if (value !== null && typeof value === 'object') {
    // Own properties, as JSON.parse makes them: a "__proto__" key stays a key.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), reference(item)]));
  }
  return value;
}

// Vietnamese in both forms, Latin letters and a few other scripts: NFD strings are common here.
const vietnamese = fc.constantFrom('Kế hoạch', 'Thực hiện', 'Đảng ủy', 'Nghị quyết', 'quán triệt', 'e', 'ơ', 'ư', 'A', '1', ' ');
const textArb = fc.oneof(
  fc.array(vietnamese, { maxLength: 6 }).map((parts) => parts.join('')),
  fc.array(vietnamese, { maxLength: 6 }).map((parts) => parts.join('').normalize('NFD')),
  fc.string({ unit: 'grapheme' }),
);
const jsonArb = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(textArb, tie('node'), { maxKeys: 5, noNullPrototype: true }),
  ),
})).node;

describe('nfcDeep', () => {
  it('composes every string and key, like a fresh NFC copy of the tree', () => {
    fc.assert(
      fc.property(jsonArb, (tree) => {
        const before = JSON.stringify(tree);
        expect(nfcDeep(tree)).toStrictEqual(reference(tree));
        // The draft read from disk is left as it was.
        expect(JSON.stringify(tree)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('a draft already in NFC is returned as it is, not rebuilt', () => {
    const plan = { title: 'Kế hoạch', sections: [{ body: ['Đảng ủy', 'thực hiện'] }], n: 3 };
    expect(nfcDeep(plan)).toBe(plan);
    const decomposed = { ...plan, title: 'Kế hoạch'.normalize('NFD') };
    const out = nfcDeep(decomposed);
    expect(out).not.toBe(decomposed);
    expect(out.title).toBe('Kế hoạch');
    // What did not change is shared, not copied.
    expect(out.sections).toBe(plan.sections);
  });

  it('a "__proto__" key in a draft stays a key: never the prototype of what is loaded', () => {
    const parsed = JSON.parse(`{"__proto__": {"polluted": "${'ế'.normalize('NFD')}"}, "a": 1}`) as Record<string, unknown>;
    const out = nfcDeep(parsed) as Record<string, unknown> & { polluted?: unknown };
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'ế' });
  });

  it('a decomposed key is composed too', () => {
    const out = nfcDeep({ ['tên'.normalize('NFD')]: 'x', a: 1 }) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['tên', 'a']);
  });
});
