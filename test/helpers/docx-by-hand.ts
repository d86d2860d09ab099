import JSZip from 'jszip';

/**
 * A minimal DOCX package written by hand, for what the app's export never writes: runs in legacy
 * fonts (".VnTime", "VNI-Times"), fonts set only on a style, Word's automatic list numbers.
 */
export interface HandRun {
  text: string;
  font?: string;
  bold?: boolean;
}
export interface HandParagraph {
  runs: HandRun[];
  style?: string;
  align?: 'center' | 'both';
  /** Word's numbering button: list 1 at this level. */
  list?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraphXml(p: HandParagraph): string {
  const pPr = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.list !== undefined ? `<w:numPr><w:ilvl w:val="${p.list}"/><w:numId w:val="1"/></w:numPr>` : '',
    p.align ? `<w:jc w:val="${p.align}"/>` : '',
  ].join('');
  const runs = p.runs
    .map((r) => {
      const rPr = (r.font ? `<w:rFonts w:ascii="${r.font}" w:hAnsi="${r.font}"/>` : '') + (r.bold ? '<w:b/>' : '');
      return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;
    })
    .join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** A paragraph anchoring a text box (DrawingML, with the VML copy in mc:Fallback as Word writes it). */
export function textBoxXml(lines: string[]): string {
  const inner = lines.map((l) => paragraphXml({ runs: [{ text: l }] })).join('');
  return `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

export async function handDocx(paragraphs: HandParagraph[], opts: { normalFont?: string; table?: string[][]; rawBody?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const normal = opts.normalFont ? `<w:rPr><w:rFonts w:ascii="${opts.normalFont}" w:hAnsi="${opts.normalFont}"/></w:rPr>` : '';
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>${normal}</w:style><w:style w:type="paragraph" w:styleId="Caps"><w:name w:val="Caps"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/><w:b/></w:rPr></w:style></w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  const table = opts.table
    ? `<w:tbl>${opts.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraphXml({ runs: [{ text: cell }] })}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
    : '';
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${opts.rawBody ?? ''}${paragraphs.map(paragraphXml).join('')}${table}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
