import { type CiteContext, citeBases, citeFull } from '../../../core/citation/cite';
import { fullStyle } from '../../../core/citation/style';
import { type CitationStyle, type NestedDocument, baseDocuments, flattenNested } from '../../../core/model';

/** A citing context over the documents typed the nested way, as answers.json gives them. */
export function contextFor(bases: NestedDocument[], style: CitationStyle, options: Partial<CiteContext> = {}) {
  const set = flattenNested(bases);
  const ctx: CiteContext = {
    set,
    style: fullStyle(style),
    citedInSentence: new Set(),
    introduced: new Set(),
    allowIntroduce: false,
    withDate: true,
    ...options,
  };
  return { set, ctx, docs: baseDocuments(set) };
}

/** The full citation of one document (with its chain). */
export function full(doc: NestedDocument, style: CitationStyle, options: Partial<CiteContext> = {}): string {
  const { ctx, docs } = contextFor([doc], style, options);
  return citeFull(docs[0]!, ctx);
}

/** Several bases as one opening sentence cites them. */
export function bases(docs: NestedDocument[], style: CitationStyle, options: Partial<CiteContext> = {}): string {
  const { ctx, docs: set } = contextFor(docs, style, options);
  return citeBases(set, ctx);
}
