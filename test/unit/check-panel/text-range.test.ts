import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InlineNode, RefElement } from '../../../core/model/inline';
import { leafRange } from '../../../renderer/check/text-range';
import { viPhrase } from '../../helpers/vi-random';

/**
 * A finding's [start, end) counts the text as shown (a live reference as the words it prints, a
 * footnote mark as nothing); the editor selects it over Slate's leaves. The clerk sees exactly the
 * words the finding is about selected, and a reference, which the caret cannot enter, whole.
 */
const REF: RefElement = { type: 'ref', field: 'citation.short', children: [{ text: '' }] };
const refText = () => 'Chỉ thị số 32-CT/TU';

/** The shown text a Slate range covers, read back from the nodes. */
function covered(children: InlineNode[], range: NonNullable<ReturnType<typeof leafRange>>): string {
  let out = '';
  for (let i = range.anchor.path[1]!; i <= range.focus.path[1]!; i++) {
    const node = children[i]!;
    const text = 'type' in node ? (node.type === 'ref' ? refText() : '') : node.text;
    const from = i === range.anchor.path[1] ? range.anchor.offset : 0;
    const to = i === range.focus.path[1] ? range.focus.offset : text.length;
    out += text.slice(from, to);
  }
  return out;
}

describe('the range a finding selects in the editor', () => {
  const children: InlineNode[] = [{ text: 'Thực hiện ' }, REF, { text: ' và ' }, { type: 'footnote', note: 'Ghi chú', children: [{ text: '' }] }, { text: 'Huyện uỷ  An Lão' }];
  const shown = `Thực hiện ${refText()} và Huyện uỷ  An Lão`;

  it('selects typed words exactly, across a reference and a footnote mark', () => {
    const at = (s: string) => shown.indexOf(s);
    const uy = leafRange(children, 2, at('uỷ'), at('uỷ') + 2, refText)!;
    expect(uy).toEqual({ anchor: { path: [2, 4], offset: 6 }, focus: { path: [2, 4], offset: 8 } });
    const va = leafRange(children, 0, at(' và '), at(' và ') + 4, refText)!;
    expect(covered(children, va)).toBe(' và ');
  });

  it('widens a range that starts or ends inside a reference to the whole reference', () => {
    const inside = shown.indexOf('32-CT');
    const r = leafRange(children, 0, inside, inside + 5, refText)!;
    expect(r.anchor).toEqual({ path: [0, 0], offset: 10 });
    expect(r.focus).toEqual({ path: [0, 2], offset: 0 });
    expect(covered(children, r)).toBe(refText());
  });

  it('gives no range outside the text or in a block without text leaves', () => {
    expect(leafRange(children, 0, 0, shown.length + 1, refText)).toBeNull();
    expect(leafRange([REF], 0, 0, 3, refText)).toBeNull();
  });

  it('on generated paragraphs, any range over typed text selects exactly those characters', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(viPhrase(1, 4, false), fc.boolean()), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const nodes: InlineNode[] = [];
        for (const [text, ref] of parts) nodes.push({ text }, ...(ref ? [REF, { text: '' }] : []));
        const text = nodes.map((n) => ('type' in n ? refText() : n.text)).join('');
        // A range inside one leaf's text.
        let from = 0;
        const leaves = nodes.flatMap((n, i) => {
          const len = 'type' in n ? refText().length : n.text.length;
          const span = { i, from, to: from + len, leaf: !('type' in n) };
          from += len;
          return span.leaf && len > 0 ? [span] : [];
        });
        if (leaves.length === 0) return;
        const leaf = leaves[a % leaves.length]!;
        const s = leaf.from + (b % (leaf.to - leaf.from));
        const e = s + ((a + b) % (leaf.to - s + 1));
        const r = leafRange(nodes, 0, s, e, refText)!;
        expect(covered(nodes, r)).toBe(text.slice(s, e));
      }),
      { numRuns: 200 },
    );
  });
});
