/**
 * Minimal PDFs written by hand: A4 pages each showing a grey image and no text layer, what a
 * scanner gives; optionally with a small stamp line of text on every page (a digital signature's
 * "Ký bởi …"), which scanned documents often carry. The cross-reference table has the real offsets.
 */
export function imageOnlyPdf(pages = 1, stamp?: string): Uint8Array {
  const pixels = 'ABCDEFGHIJKLMNOP'; // 4×4 grey levels
  const content = `q 500 0 0 700 50 70 cm /Im1 Do Q${stamp ? ` BT /F1 9 Tf 50 40 Td (${stamp}) Tj ET` : ''}`;
  const pageIds = Array.from({ length: pages }, (_, i) => 6 + i);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...pageIds.map(() => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> /Font << /F1 3 0 R >> >> /Contents 5 0 R >>'),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
