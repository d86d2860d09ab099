import { type IContext, type IRunOptions, type IXmlableObject, Paragraph, type ParagraphChild, TextRun, XmlComponent } from 'docx';

/**
 * A text run written straight to XML text, instead of a TextRun (a Run, its RunProperties, a Text
 * and its attributes, rebuilt and serialised for every run of every export). A 60-page plan has
 * about a thousand runs, and they were a third of the export's time. The XML goes to docx's
 * serialiser as `{ _raw: xml }`, which patches/docx+9.15.2.patch makes it write as it is.
 *
 * It writes what TextRun writes for the same text and properties, byte for byte
 * (test/unit/docx/plain-run.test.ts compares the two on generated text), with one deliberate
 * difference: a piece of text is always text. TextRun turns a child string that reads
 * "CURRENT", "TOTAL_PAGES" or "SECTION" into a page-number field.
 *
 * The run properties (<w:rPr>) are made by docx itself, once per combination: a TextRun with
 * those options and no text is prepared and its properties kept, then written out as docx's
 * serialiser writes them (xmlText below).
 */

/** What goes into a run, in order: text, a non-breaking hyphen, a line break. */
export type RunPiece = string | { noBreakHyphen: true } | { lineBreak: true };

export type PlainRunProps = Pick<IRunOptions, 'size' | 'sizeComplexScript' | 'bold' | 'italics' | 'underline'>;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Text or an attribute value as docx escapes it: the five specials as entities, what XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (char) => ESCAPES[char] ?? '') : text;
}

const valueText = (value: unknown): string => (typeof value === 'string' ? escapeXml(value) : String(value));

/**
 * XML text of one element of docx's serialiser shape, as docx writes it without indentation
 * (elements with `_attr` attributes, children arrays, text). Used for the run properties docx made.
 */
export function xmlText(node: IXmlableObject): string {
  const name = Object.keys(node)[0]!;
  const value = node[name] as unknown;
  let attributes = '';
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const key of Object.keys(attr)) attributes += ` ${key}="${valueText(attr[key])}"`;
  };
  if (value === null || typeof value !== 'object') return `<${name}>${value === undefined ? '' : valueText(value)}</${name}>`;
  const { _attr } = value as { _attr?: Record<string, unknown> };
  if (_attr) addAttributes(_attr);
  if (!Array.isArray(value)) return `<${name}${attributes}/>`;
  let content = '';
  for (const child of value as unknown[]) {
    if (typeof child !== 'object' || child === null) throw new Error('docx: unexpected text among run properties');
    const childName = Object.keys(child)[0];
    if (childName === '_attr') addAttributes((child as { _attr: Record<string, unknown> })._attr);
    else content += xmlText(child as IXmlableObject);
  }
  return `<${name}${attributes}>${content}</${name}>`;
}

const propsCache = new Map<string, string>();

/** The <w:rPr> docx writes for these options, as XML text ('' when there is none), made once per combination. */
function runPropertiesOf(props: PlainRunProps): string {
  const key = JSON.stringify(props);
  let cached = propsCache.get(key);
  if (cached === undefined) {
    const prepared = new TextRun(props).prepForXml({ stack: [] } as never) as IXmlableObject;
    const children = prepared['w:r'];
    const first = Array.isArray(children) ? (children[0] as IXmlableObject | undefined) : undefined;
    cached = first && 'w:rPr' in first ? xmlText(first) : '';
    propsCache.set(key, cached);
  }
  return cached;
}

/** A component docx writes as the XML it holds (the patch's `_raw`). */
class RawXml extends XmlComponent {
  constructor(readonly xml: string) {
    super('w:r');
  }

  override prepForXml(): IXmlableObject {
    return { _raw: this.xml } as IXmlableObject;
  }
}

/** One <w:r> with these properties holding these pieces. */
export function plainRun(pieces: readonly RunPiece[], props: PlainRunProps = {}): ParagraphChild {
  let xml = runPropertiesOf(props);
  for (const piece of pieces) {
    if (typeof piece === 'string') xml += `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
    else xml += 'noBreakHyphen' in piece ? '<w:noBreakHyphen/>' : '<w:br/>';
  }
  // A paragraph takes any docx component as a child; ParagraphChild lists only the library's own.
  return new RawXml(xml === '' ? '<w:r/>' : `<w:r>${xml}</w:r>`) as unknown as ParagraphChild;
}

/**
 * A paragraph that names its style and says nothing else (most body paragraphs and headings:
 * style-sheet.ts puts their look in the style), with its runs. Written straight to the shape of
 * docx's serialiser like plainRun, byte for byte what `new Paragraph({ style, children })` writes
 * (test/unit/docx/plain-run.test.ts). It stays a docx Paragraph, so the body can still end a
 * section with it: once docx has added section properties to it, docx's own code writes it.
 */
export class StyleOnlyParagraph extends Paragraph {
  private sectionEnds = 0;

  constructor(
    private readonly styleId: string,
    private readonly runs: readonly ParagraphChild[],
  ) {
    super({ style: styleId, children: [...runs] });
  }

  override addSectionProperties(...args: Parameters<Paragraph['addSectionProperties']>): void {
    this.sectionEnds += 1;
    super.addSectionProperties(...args);
  }

  override removeSectionProperties(...args: Parameters<Paragraph['removeSectionProperties']>): void {
    this.sectionEnds -= 1;
    super.removeSectionProperties(...args);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (this.sectionEnds > 0) return super.prepForXml(context);
    // An object, not XML text: docx looks into a paragraph's children (a footnote's first
    // paragraph gets its number mark after the paragraph properties).
    const children: unknown[] = [{ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': this.styleId } } }] }];
    // As XmlComponent.prepForXml does: the paragraph is on the stack while its runs are written,
    // and a run written as several (docx's `writtenAs`) writes each.
    context.stack.push(this);
    for (const run of this.runs) {
      const component = run as unknown as XmlComponent & { writtenAs?: XmlComponent[] };
      for (const part of component.writtenAs ?? [component]) {
        const prepared = part.prepForXml(context);
        if (prepared !== undefined) children.push(prepared);
      }
    }
    context.stack.pop();
    return { 'w:p': children };
  }
}
