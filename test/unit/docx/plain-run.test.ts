import { Document, FootnoteReferenceRun, NoBreakHyphen, Paragraph, type ParagraphChild, TextRun, UnderlineType } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxParts } from '../../../core/docx/pack-docx';
import { type PlainRunProps, StyleOnlyParagraph, plainRun } from '../../../core/docx/plain-run';

// The export writes text runs itself (plain-run.ts) instead of building a docx TextRun for each:
// the file must not change for it. Compared here with what docx writes for the same text.

const bodyXml = (child: ParagraphChild): string => {
  const xml = docxParts(new Document({ sections: [{ children: [new Paragraph({ children: [child] })] }] })).get('word/document.xml') as string;
  return /<w:body>([\s\S]*)<w:sectPr/.exec(xml)![1]!;
};

const propsArb: fc.Arbitrary<PlainRunProps> = fc.record(
  {
    size: fc.integer({ min: 16, max: 40 }),
    bold: fc.boolean(),
    italics: fc.boolean(),
    underline: fc.constantFrom({ type: UnderlineType.SINGLE }, { type: UnderlineType.NONE }),
  },
  { requiredKeys: [] },
).map((p) => (p.size !== undefined ? { ...p, sizeComplexScript: p.size } : p));

// Any text, Vietnamese, XML's special characters, control characters and lone surrogates included (the export
// cleans invalid characters before, but the run must escape as docx does whatever it gets).
const textArb = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }), fc.constantFrom('Quán triệt Chỉ thị số ', '<&>"\'', ' đầu và cuối ', 'Đ'));

describe('a run the export writes itself is the run docx would write', () => {
  it('text with any properties: byte for byte', () => {
    fc.assert(
      fc.property(textArb, propsArb, (text, props) => {
        expect(bodyXml(plainRun([text], props))).toBe(bodyXml(new TextRun({ text, ...props })));
      }),
      { numRuns: 150 },
    );
  });

  it('a number-symbol with non-breaking hyphens: byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9A-ZĐa-z/]{1,6}$/), { minLength: 2, maxLength: 4 }), propsArb, (parts, props) => {
        const pieces = parts.flatMap((p, k) => (k === 0 ? [p] : [{ noBreakHyphen: true as const }, p]));
        const children = parts.flatMap((p, k) => (k === 0 ? [p] : [new NoBreakHyphen(), p]));
        expect(bodyXml(plainRun(pieces, props))).toBe(bodyXml(new TextRun({ ...props, children })));
      }),
      { numRuns: 100 },
    );
  });

  it('a line break is <w:br/> where docx writes one', () => {
    expect(bodyXml(plainRun([{ lineBreak: true }, 'dòng sau']))).toBe(bodyXml(new TextRun({ text: 'dòng sau', break: 1 })));
  });

  it('text that reads like a docx page-number keyword stays text (TextRun would make it a field)', () => {
    for (const word of ['CURRENT', 'TOTAL_PAGES', 'SECTION']) {
      const xml = bodyXml(plainRun(['12', { noBreakHyphen: true }, word]));
      expect(xml).toContain(`<w:t xml:space="preserve">${word}</w:t>`);
      expect(xml).not.toContain('w:fldChar');
    }
  });
});

describe('a paragraph that only names its style is the paragraph docx would write', () => {
  const documentXml = (children: Paragraph[][]): string =>
    docxParts(
      new Document({
        footnotes: { 1: { children: [new Paragraph('chú thích')] } },
        sections: children.map((c) => ({ children: c })),
      }),
    ).get('word/document.xml') as string;

  it('with its runs, byte for byte, in one section or ending a section of several', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('BodyText', 'Heading1', 'Heading3', 'Recipient'),
        fc.array(fc.tuple(textArb, propsArb), { minLength: 0, maxLength: 4 }),
        fc.boolean(),
        (style, runs, withFootnote) => {
          const make = (): ParagraphChild[] => [
            ...runs.map(([text, props]) => plainRun([text], props)),
            ...(withFootnote ? [new FootnoteReferenceRun(1)] : []),
          ];
          // Last paragraph of the first of two sections: docx writes the section's properties into it.
          const ours = documentXml([[new StyleOnlyParagraph(style, make()), new StyleOnlyParagraph(style, make())], [new Paragraph('sau')]]);
          const docx = documentXml([[new Paragraph({ style, children: make() }), new Paragraph({ style, children: make() })], [new Paragraph('sau')]]);
          expect(ours).toBe(docx);
          expect(ours).toContain('<w:sectPr');
        },
      ),
      { numRuns: 60 },
    );
  });
});
