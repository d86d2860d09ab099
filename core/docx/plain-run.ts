import { EMPTY_OBJECT, type IContext, type IRunOptions, type IXmlableObject, Paragraph, type ParagraphChild, TextRun, XmlComponent } from 'docx';

/**
 * A text run written straight to the shape docx's own serialiser takes, instead of a TextRun
 * (a Run, its RunProperties, a Text and its attributes, rebuilt for every run of every export).
 * A 60-page plan has about a thousand runs, and they were a third of the export's time.
 *
 * It writes what TextRun writes for the same text and properties, byte for byte
 * (test/unit/docx/plain-run.test.ts compares the two on generated text), with one deliberate
 * difference: a piece of text is always text. TextRun turns a child string that reads
 * "CURRENT", "TOTAL_PAGES" or "SECTION" into a page-number field.
 *
 * The run properties (<w:rPr>) are made by docx itself, once per combination: a TextRun with
 * those options and no text is prepared and its properties kept.
 */

/** What goes into a run, in order: text, a non-breaking hyphen, a line break. */
export type RunPiece = string | { noBreakHyphen: true } | { lineBreak: true };

export type PlainRunProps = Pick<IRunOptions, 'size' | 'sizeComplexScript' | 'bold' | 'italics' | 'underline'>;

const PRESERVE = { _attr: { 'xml:space': 'preserve' } };
const NO_BREAK_HYPHEN = { 'w:noBreakHyphen': EMPTY_OBJECT };
const LINE_BREAK = { 'w:br': EMPTY_OBJECT };

const propsCache = new Map<string, IXmlableObject | null>();

/** The <w:rPr> docx writes for these options (null when there is none), made once per combination. */
function runPropertiesOf(props: PlainRunProps): IXmlableObject | null {
  const key = JSON.stringify(props);
  let cached = propsCache.get(key);
  if (cached === undefined) {
    const prepared = new TextRun(props).prepForXml({ stack: [] } as never) as IXmlableObject;
    const children = prepared['w:r'];
    const first = Array.isArray(children) ? (children[0] as IXmlableObject | undefined) : undefined;
    cached = first && 'w:rPr' in first ? first : null;
    propsCache.set(key, cached);
  }
  return cached;
}

class PreparedRun extends XmlComponent {
  constructor(private readonly prepared: IXmlableObject) {
    super('w:r');
  }

  override prepForXml(): IXmlableObject {
    return this.prepared;
  }
}

/** One <w:r> with these properties holding these pieces. */
export function plainRun(pieces: readonly RunPiece[], props: PlainRunProps = {}): ParagraphChild {
  const children: unknown[] = [];
  const rPr = runPropertiesOf(props);
  if (rPr) children.push(rPr);
  for (const piece of pieces) {
    if (typeof piece === 'string') children.push({ 'w:t': [PRESERVE, piece] });
    else children.push('noBreakHyphen' in piece ? NO_BREAK_HYPHEN : LINE_BREAK);
  }
  // A paragraph takes any docx component as a child; ParagraphChild lists only the library's own.
  return new PreparedRun({ 'w:r': children.length > 0 ? children : EMPTY_OBJECT }) as unknown as ParagraphChild;
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
