import type { LaidOutDocument } from './layout-types';

/**
 * Page-break rules decided once, here, for both printers: the paragraph before the closing
 * block keeps with it, so the signature never stands alone on a page (the closing block's own
 * paragraphs keep with each other, see layout-closing.ts). The DOCX writes every keepWithNext as
 * keepNext; the preview's paginator treats a run of keepWithNext paragraphs and the block after
 * them as Word and Writer do (renderer/preview/paginate.ts).
 */
export function keepLastWithClosing(doc: LaidOutDocument): LaidOutDocument {
  const inBody = doc.body.length > 0;
  const paras = inBody ? doc.body : doc.front;
  if (paras.length === 0) return doc;
  const kept = paras.map((p, i) => (i === paras.length - 1 ? { ...p, keepWithNext: true } : p));
  return inBody ? { ...doc, body: kept } : { ...doc, front: kept };
}
