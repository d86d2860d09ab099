import type { DocumentRef } from '../model/document-ref';
import { type InlineNode, type RefElement, type TextLeaf, isRef } from '../model/inline';
import type { Plan } from '../model/plan';
import { citeBases, citeFull, citeHead, citeShort, citeTypeNumber, effectiveSubject } from '../citation/cite';
import { formatShortDate, formatWordsDate } from '../citation/dates';
import { numberSymbol } from '../citation/numbers';

/**
 * Live references are resolved against the current model every time the plan is rendered, so
 * the summary, opening sentence, body and closing can never disagree about the parent.
 */

/** Every document the plan cites: the bases and, through `implements`, their parents. */
export function allDocuments(plan: Pick<Plan, 'bases'>): DocumentRef[] {
  const out: DocumentRef[] = [];
  const visit = (doc: DocumentRef | undefined): void => {
    if (!doc || out.includes(doc)) return;
    out.push(doc);
    visit(doc.implements);
  };
  plan.bases.forEach(visit);
  return out;
}

export function findDocument(plan: Pick<Plan, 'bases'>, id: string | undefined): DocumentRef | undefined {
  if (id === undefined) return plan.bases[0];
  return allDocuments(plan).find((doc) => doc.id === id);
}

export const BROKEN_REF_TEXT = '[tham chiếu không còn văn bản]';

export interface RefResolver {
  /** Body text, resolved in document order: the first full citation introduces a short name. */
  resolve(nodes: InlineNode[]): TextLeaf[];
  /** The summary (trích yếu) never introduces a short name. */
  resolveSummary(nodes: InlineNode[]): TextLeaf[];
  /** The text one reference stands for right now (for chips in the editor). */
  refText(ref: RefElement): string;
}

const marksOf = (leaf: TextLeaf): Omit<TextLeaf, 'text'> => {
  const { text: _text, ...marks } = leaf;
  return marks;
};
const sameMarks = (a: TextLeaf, b: TextLeaf): boolean =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

/** Joins neighbouring leaves with the same marks and drops empty ones. */
export function mergeLeaves(leaves: TextLeaf[]): TextLeaf[] {
  const out: TextLeaf[] = [];
  for (const leaf of leaves) {
    if (leaf.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, leaf)) out[out.length - 1] = { ...last, text: last.text + leaf.text };
    else out.push({ ...leaf });
  }
  return out;
}

export function createRefResolver(plan: Plan): RefResolver {
  const style = plan.organisation.citationStyle;
  const introduced = new Set<string>();

  const text = (ref: RefElement, allowIntroduce: boolean): string => {
    switch (ref.field) {
      case 'org.collective':
        return plan.organisation.collective;
      case 'org.issuingBody':
        return plan.organisation.issuingBody;
      case 'org.place':
        return plan.organisation.placeName;
      case 'plan.year':
        return String(plan.date.year);
      case 'plan.type':
        return plan.type;
      case 'bases.full': {
        const result = citeBases(plan.bases, style, (doc) => allowIntroduce && Boolean(doc.shortName) && !introduced.has(doc.id));
        if (allowIntroduce) plan.bases.forEach((doc) => doc.shortName && introduced.add(doc.id));
        return result;
      }
      default:
        break;
    }
    const doc = findDocument(plan, ref.target);
    if (!doc) return BROKEN_REF_TEXT;
    switch (ref.field) {
      case 'citation.full': {
        const introduce = allowIntroduce && Boolean(doc.shortName) && !introduced.has(doc.id);
        if (introduce) introduced.add(doc.id);
        return citeFull(doc, style, { introduceShortName: introduce });
      }
      case 'citation.short':
        return citeShort(doc, introduced.has(doc.id));
      case 'citation.typeNumber':
        return citeTypeNumber(doc);
      case 'citation.numberSymbol':
        return numberSymbol(doc);
      case 'citation.date':
        return style.dateStyle === 'words' ? formatWordsDate(doc.date) : formatShortDate(doc.date);
      case 'citation.issuer':
        return doc.issuer;
      case 'citation.subject':
        return effectiveSubject(doc, style);
      case 'citation.type':
        return doc.type;
      default:
        return citeHead(doc);
    }
  };

  const resolveWith = (nodes: InlineNode[], allowIntroduce: boolean): TextLeaf[] =>
    mergeLeaves(
      nodes.map((node) => (isRef(node) ? { ...marksOf(node.children[0]), text: text(node, allowIntroduce) } : node)),
    );

  return {
    resolve: (nodes) => resolveWith(nodes, true),
    resolveSummary: (nodes) => resolveWith(nodes, false),
    refText: (ref) => text(ref, false),
  };
}

/** Plain text of resolved leaves. */
export const leavesText = (leaves: TextLeaf[]): string => leaves.map((leaf) => leaf.text).join('');
