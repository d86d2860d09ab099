import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, NextAttributeComponent, Packer, Paragraph, type ParagraphChild, Table, TableCell, TableRow, TextRun, Theme, XmlComponent } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import { docxParts } from '../../../core/docx/pack-docx';
import { layoutPlan } from '../../../core/render/layout';
import { makeBenchPlan } from '../../helpers/long-plan';

// patches/docx+9.15.2.patch (applied by patch-package at install) makes docx's serialiser faster:
// the XML is written straight to a string, an element's attributes in one pass instead of a spread
// per attribute (quadratic), children gathered in one loop, escaping skipped for text with nothing
// to escape, no image look-up in a file without images. The file it writes must not change by a
// byte. Below, docx 9.15.2's own code for those steps, as it was before the patch, is the reference.
// It adds one thing: `{ _raw: xml }` is written as the XML it holds (core/docx/plain-run.ts writes
// text runs that way; plain-run.test.ts compares them with docx's TextRun byte for byte).

type Xmlable = Record<string, unknown>;

// ---- docx 9.15.2, src/util/xml/stringify.ts (unpatched), without indentation as the export uses it.
const ESCAPES = new Map([['&', '&amp;'], ['"', '&quot;'], ["'", '&apos;'], ['<', '&lt;'], ['>', '&gt;']]);
const escapeAll = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES.get(char) ?? '');
const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? escapeAll(value) : value);
interface Resolved { name: string | undefined; attributes: string[]; content: unknown[] }
const resolve = (data: Xmlable): Resolved => {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Xmlable) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Xmlable; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values) {
          if (typeof value === 'object') {
            if (Object.keys(value)[0] === '_attr') addAttributes((value as { _attr: Xmlable })._attr);
            else content.push(resolve(value as Xmlable));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content };
};
const format = (element: unknown): string => {
  if (typeof element !== 'object' || element === null) return String(element);
  const { name, attributes, content } = element as Resolved;
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  return open + content.map((child) => (child === undefined ? '' : format(child))).join('') + (name ? `</${name}>` : '');
};
const referenceStringify = (input: Xmlable, standalone: boolean): string =>
  `<?xml version="1.0" encoding="UTF-8"${standalone ? ' standalone="yes"' : ''}?>` + format(resolve(input));

// ---- docx 9.15.2, NextAttributeComponent.prepForXml (unpatched).
const referenceNextAttributes = (root: Record<string, { key: string; value: unknown }>) => ({
  _attr: Object.values(root)
    .filter(({ value }) => value !== undefined)
    .reduce((acc, { key, value }) => ({ ...acc, [key]: value }), {}),
});

// ---- docx 9.15.2, XmlComponent.prepForXml (unpatched).
function referencePrepForXml(this: XmlComponent, context: { stack: unknown[] }): Xmlable {
  const self = this as unknown as { root: unknown[]; rootKey: string };
  context.stack.push(this);
  const children = self.root
    .flatMap((comp) => {
      if (comp instanceof XmlComponent || (comp !== null && typeof comp === 'object' && 'prepForXml' in comp)) {
        const component = comp as { writtenAs?: Array<{ prepForXml(c: unknown): unknown }>; prepForXml(c: unknown): unknown };
        const parts = component.writtenAs;
        return parts ? parts.map((part) => part.prepForXml(context)) : component.prepForXml(context);
      }
      return comp;
    })
    .filter((comp) => comp !== undefined);
  context.stack.pop();
  const first = children[0] as { _attr?: unknown } | undefined;
  return { [self.rootKey]: children.length ? (children.length === 1 && first?._attr ? first : children) : {} };
}

/** What `run` returns while every docx component gathers its children with the unpatched step. */
function withReferencePrep<T>(run: () => T): T {
  const patched = XmlComponent.prototype.prepForXml;
  XmlComponent.prototype.prepForXml = referencePrepForXml as never;
  try {
    return run();
  } finally {
    XmlComponent.prototype.prepForXml = patched;
  }
}

/** A component that writes whatever tree it is given, as a docx component would. */
class Prepared extends XmlComponent {
  constructor(private readonly tree: unknown) {
    super('w:r');
  }
  override prepForXml(): Xmlable {
    return this.tree as Xmlable;
  }
}

const compiler = (Packer as unknown as { compiler: { formatter: { format(input: unknown, context: unknown): Xmlable } } }).compiler;

/** word/document.xml as the (patched) docx writes it, and as the reference writes the same tree. */
function bothWays(children: () => ParagraphChild[]): { actual: string; expected: string } {
  const make = () => new Document({ sections: [{ children: [new Paragraph({ children: children() })] }] });
  const actual = docxParts(make()).get('word/document.xml') as string;
  const file = make() as unknown as { Document: { View: unknown } };
  const formatted = compiler.formatter.format(file.Document.View, { viewWrapper: file.Document, file, stack: [] });
  return { actual, expected: referenceStringify(formatted, true) };
}

// Element names, attribute values and text from anything: XML's specials, control characters, any script.
const textArb = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('', '<&>"\'', 'Nghị quyết 07-NQ/TW', ']]>'));
const valueArb = fc.oneof(textArb, fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(undefined));
const attrArb = fc.dictionary(fc.constantFrom('w:val', 'w:w', 'w:type', 'r:id', 'xml:space', '0', '12', 'x'), valueArb, { maxKeys: 4 });
const nameArb = fc.constantFrom('w:p', 'w:r', 'w:t', 'w:b', 'a:x', 'w:tbl');
// Trees of docx's serializer shape: an element, its attributes, an array of children, text,
// attribute objects among the children, empty elements, text after elements (docx then drops the
// element before: a quirk of the xml package it keeps, and so must the patch).
const treeArb: fc.Arbitrary<Xmlable> = fc.letrec<{ tree: Xmlable; child: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(nameArb, valueArb).map(([name, value]) => ({ [name]: value })),
    fc.tuple(nameArb, attrArb).map(([name, attr]) => ({ [name]: { _attr: attr } })),
    fc.tuple(nameArb).map(([name]) => ({ [name]: {} })),
    fc.tuple(nameArb, fc.array(tie('child'), { maxLength: 5 })).map(([name, children]) => ({ [name]: children })),
    fc.tuple(nameArb, textArb).map(([name, cdata]) => ({ [name]: { _cdata: cdata } })),
  ),
  child: fc.oneof({ depthSize: 'small' }, tie('tree'), textArb, fc.integer(), attrArb.map((attr) => ({ _attr: attr }))),
}) as never).tree;

describe('patched docx writes the same file as docx 9.15.2', () => {
  it('the patch is applied (npm install runs patch-package)', () => {
    const source = readFileSync(path.join(process.cwd(), 'node_modules/docx/dist/index.mjs'), 'utf8');
    expect(source).toContain('var writeCompact = ');
  });

  it('any tree of serializer objects: the same XML, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 4 }), (trees) => {
        const { actual, expected } = bothWays(() => trees.map((tree) => new Prepared(tree) as unknown as ParagraphChild));
        expect(actual).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('real components (runs, a table, text needing escapes): the same XML, byte for byte', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), fc.integer({ min: 8, max: 40 }), (text, bold, size) => {
        const { actual, expected } = bothWays(() => [new TextRun({ text, bold, size }), new TextRun({ text: `${text}&`, italics: true, break: 1 })]);
        expect(actual).toBe(expected);
        const table = (): Document =>
          new Document({
            sections: [{ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph(text)] })] })] })] }],
          });
        const file = table() as unknown as { Document: { View: unknown } };
        const formatted = compiler.formatter.format(file.Document.View, { viewWrapper: file.Document, file, stack: [] });
        expect(docxParts(table()).get('word/document.xml')).toBe(referenceStringify(formatted, true));
      }),
      { numRuns: 60 },
    );
  });

  it("an element's attributes: the same as the spread docx did, in the same order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.record({ key: fc.constantFrom('w:val', 'w:color', 'w:sz', 'w:x'), value: valueArb })), (root) => {
        const prepared = new NextAttributeComponent(root as never).prepForXml({ stack: [] } as never) as unknown as Xmlable;
        const expected = referenceNextAttributes(root);
        expect(prepared).toEqual(expected);
        expect(Object.keys(prepared._attr as object)).toEqual(Object.keys(expected._attr));
      }),
      { numRuns: 300 },
    );
  });

  it('the elements of a real plan gather their children as docx 9.15.2 did', () => {
    for (const pages of [1, 6]) {
      const laidOut = layoutPlan(makeBenchPlan(pages));
      const view = () => (buildDocx(laidOut) as unknown as { Document: { View: XmlComponent } }).Document.View;
      // Each way on its own Document: writing one changes it (docx moves the section properties).
      const patched = view().prepForXml({ stack: [] } as never);
      const fresh = view();
      const reference = withReferencePrep(() => fresh.prepForXml({ stack: [] } as never));
      expect(referenceStringify(patched as Xmlable, true)).toBe(referenceStringify(reference as Xmlable, true));
    }
  });

  it('{ _raw: xml } is written as it is, wherever it stands among other children', () => {
    const { actual } = bothWays(() => [
      new Prepared({ 'w:r': [{ 'w:t': ['a'] }] }) as unknown as ParagraphChild,
      new Prepared({ _raw: '<w:r><w:t>b &amp; c</w:t></w:r>' }) as unknown as ParagraphChild,
    ]);
    expect(actual).toContain('<w:r><w:t>a</w:t></w:r><w:r><w:t>b &amp; c</w:t></w:r>');
  });

  it('list numbering placeholders are still filled in (the look-up skipped only where there is no "{")', () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'list', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: 'left' }] }] },
      sections: [{ children: [new Paragraph({ text: 'a {b} c', numbering: { reference: 'list', level: 0 } })] }],
    });
    const xml = docxParts(doc).get('word/document.xml') as string;
    expect(xml).toMatch(/<w:numId w:val="\d+"\/>/);
    expect(xml).toContain('a {b} c');
  });

  it('the theme (the part the quadratic attributes made slowest) is unchanged', () => {
    const theme = new Theme({}) as unknown as XmlComponent;
    expect(referenceStringify(compiler.formatter.format(theme, { stack: [] }), true)).toContain('<a:theme');
    const parts = docxParts(new Document({ sections: [{ children: [] }] }));
    expect(parts.get('word/theme/theme1.xml')).toBe(referenceStringify(compiler.formatter.format(new Theme({}), { stack: [] }), true));
  });
});
