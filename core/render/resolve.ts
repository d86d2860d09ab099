import type { DocumentRef } from '../model/document-ref';
import { ROOT_TARGET, baseDocuments, documentById, firstBase, rootOfFirstBase } from '../model/document-set';
import { type InlineNode, type RefElement, type TextLeaf, isFootnote, isRef } from '../model/inline';
import { FOOTNOTE_MARK } from './footnote-mark';
import type { Plan } from '../model/plan';
import { type CiteContext, citeBases, citeFull, citeHead, citeShort, citeSubject, citeTypeNumber, dropAbbreviations } from '../citation/cite';
import { formatCitationDate, formatDateLine, formatShortDate, formatWordsDate } from '../citation/dates';
import { formatPlanNumberLine, numberSymbol } from '../citation/numbers';
import { fullStyle } from '../citation/style';
import { OPENING_DEFAULTS } from '../compose/defaults';
import { composePlanName } from '../compose/plan-name';

/**
 * Live references are resolved against the current model every time the plan is rendered, so
 * the summary, opening sentence, body and closing can never disagree about the parent.
 */

/** The document a reference points at; no target means the first base. */
export function findDocument(plan: Pick<Plan, 'documents' | 'baseIds'>, id: string | undefined): DocumentRef | undefined {
  if (id === ROOT_TARGET) return rootOfFirstBase(plan);
  return id === undefined ? firstBase(plan) : documentById(plan, id);
}

export const BROKEN_REF_TEXT = '[tham chiếu không còn văn bản]';

/** Something the engine could not do as asked, told to the clerk instead of silently dropped. */
export interface CitationNotice {
  kind: 'short-name-never-introduced' | 'short-name-used-before-introduced' | 'broken-reference';
  documentId?: string;
  /** One Vietnamese sentence: what happened and what to do. */
  message: string;
}

export interface RefResolver {
  /** One paragraph of body text, resolved in document order: the first full citation introduces a short name. */
  resolve(nodes: InlineNode[]): TextLeaf[];
  /** The summary (trích yếu) never introduces a short name. */
  resolveSummary(nodes: InlineNode[]): TextLeaf[];
  /** The text one reference stands for right now, out of document order (no short name introduced). */
  refText(ref: RefElement): string;
  /**
   * The text of each reference of one paragraph (of the summary with `summary`), resolved in
   * document order exactly as `resolve` / `resolveSummary` would: for chips that show what prints.
   */
  resolveRefs(nodes: InlineNode[], summary?: boolean): string[];
  /** What went wrong so far, plus short names never introduced (call after the whole plan was resolved). */
  notices(): CitationNotice[];
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

type Mode = 'body' | 'summary' | 'chip';

export function createRefResolver(plan: Plan): RefResolver {
  const style = fullStyle(plan.organisation.citationStyle);
  const regime = plan.organisation.regime;
  const opening = plan.wording?.opening ?? OPENING_DEFAULTS[regime];
  const summaryParts = plan.wording?.summary;
  const introduced = new Set<string>();
  const noticeList: CitationNotice[] = [];
  const warned = new Set<string>();
  let sentence = new Set<string>();

  const context = (mode: Mode, withDate = true): CiteContext => ({
    set: plan,
    style,
    // The summary and a chip are sentences of their own; body paragraphs share one per paragraph.
    citedInSentence: mode === 'body' ? sentence : new Set<string>(),
    introduced: mode === 'chip' ? new Set(introduced) : introduced,
    allowIntroduce: mode === 'body',
    withDate,
  });

  const warnOnce = (notice: CitationNotice): void => {
    const key = `${notice.kind}:${notice.documentId ?? ''}`;
    if (warned.has(key)) return;
    warned.add(key);
    noticeList.push(notice);
  };

  const short = (doc: DocumentRef, mode: Mode): string => {
    if (mode === 'body' && doc.shortName?.trim() && !introduced.has(doc.id))
      warnOnce({
        kind: 'short-name-used-before-introduced',
        documentId: doc.id,
        message: `Tên viết tắt "${doc.shortName.trim()}" của ${citeHead(doc)} được dùng trước khi giới thiệu, nên chỗ đó in "${citeHead(doc)}"; hãy trích dẫn đầy đủ văn bản này trước lần dùng đầu tiên.`,
      });
    return citeShort(doc, introduced.has(doc.id));
  };

  const text = (ref: RefElement, mode: Mode): string => {
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
      case 'plan.subject':
        return plan.wording?.subject?.trim() ?? '';
      case 'plan.numberSymbol':
        // The number line without "Số"/"Số:": a blank number stays blank ("     -KH/HU").
        return formatPlanNumberLine(plan, regime).replace(/^Số:? ?/, '');
      case 'plan.date': {
        const { day, month, year } = plan.date;
        if (day === null || month === null) return formatDateLine('', plan.date).replace(/^, /, '');
        return formatCitationDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, style);
      }
      case 'plan.name':
        return composePlanName({
          type: plan.type,
          opening,
          subject: plan.wording?.subject ?? '',
          firstBase: opening.nameTarget === 'root' ? rootOfFirstBase(plan) : firstBase(plan),
          shortOf: (doc) => citeShort(doc, introduced.has(doc.id)),
        });
      case 'plan.nameGeneric':
        return composePlanName({ type: plan.type, opening: { ...opening, name: 'generic' }, subject: '', firstBase: undefined, shortOf: (doc) => citeShort(doc) });
      case 'bases.full':
        return citeBases(baseDocuments(plan), context(mode, mode !== 'summary' || summaryParts?.date !== false));
      default:
        break;
    }
    const doc = findDocument(plan, ref.target);
    if (!doc) {
      if (mode === 'body')
        warnOnce({ kind: 'broken-reference', message: 'Có tham chiếu trỏ tới văn bản đã bị xóa khỏi danh sách văn bản; hãy chọn lại văn bản cho tham chiếu đó hoặc xóa nó.' });
      return BROKEN_REF_TEXT;
    }
    switch (ref.field) {
      case 'citation.full':
        return citeFull(doc, context(mode));
      case 'citation.fullNoDate':
        return citeFull(doc, context(mode, false));
      case 'citation.short':
        return short(doc, mode);
      case 'citation.typeNumber':
        return citeTypeNumber(doc);
      case 'citation.numberSymbol':
        return numberSymbol(doc);
      case 'citation.date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.date)) return '';
        return style.dateStyle === 'words' ? formatWordsDate(doc.date) : formatShortDate(doc.date);
      case 'citation.issuer':
        return doc.issuer;
      case 'citation.subject':
        return citeSubject(doc, context(mode));
      case 'citation.type':
        return doc.type;
      default:
        return citeHead(doc);
    }
  };

  const dropInSummary = summaryParts?.dropAbbreviations === true;
  const refValue = (node: RefElement, mode: Mode): string => {
    const value = text(node, mode);
    return mode === 'summary' && dropInSummary ? dropAbbreviations(value) : value;
  };
  const resolveWith = (nodes: InlineNode[], mode: Mode): TextLeaf[] => {
    if (mode === 'body') sentence = new Set<string>();
    return mergeLeaves(
      nodes.map((node) =>
        isRef(node) ? { ...marksOf(node.children[0]), text: refValue(node, mode) } : isFootnote(node) ? { text: mode === 'body' ? FOOTNOTE_MARK : '' } : node,
      ),
    );
  };
  const refsWith = (nodes: InlineNode[], mode: Mode): string[] => {
    if (mode === 'body') sentence = new Set<string>();
    return nodes.filter(isRef).map((node) => refValue(node, mode));
  };

  return {
    resolve: (nodes) => resolveWith(nodes, 'body'),
    resolveSummary: (nodes) => resolveWith(nodes, 'summary'),
    refText: (ref) => text(ref, 'chip'),
    resolveRefs: (nodes, summary = false) => refsWith(nodes, summary ? 'summary' : 'body'),
    notices: () => {
      const never = plan.documents
        .filter((doc) => doc.shortName?.trim() && !introduced.has(doc.id))
        .map(
          (doc): CitationNotice => ({
            kind: 'short-name-never-introduced',
            documentId: doc.id,
            message: `Tên viết tắt "${doc.shortName?.trim()}" của ${citeHead(doc)} không được giới thiệu ở đâu vì văn bản này không được trích dẫn đầy đủ trong câu mở đầu hay phần nội dung; hãy trích dẫn đầy đủ văn bản hoặc bỏ tên viết tắt.`,
          }),
        );
      return [...noticeList, ...never];
    },
  };
}

/** Plain text of resolved leaves. */
export const leavesText = (leaves: TextLeaf[]): string => leaves.map((leaf) => leaf.text).join('');
