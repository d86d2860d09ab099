import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { Plan } from '../../core/model/plan';
import { layoutPlan } from '../../core/render/layout';
import type { LaidOutDocument, Para } from '../../core/render/layout-types';
import type { MeasuredBlock, Slice } from './paginate';
import { PAGE_FONT, paraLineHeightPt, ptToMm } from './para-style';
import { PreviewPara } from './PreviewPara';
import { ClosingBlock, HeaderBlock } from './PreviewBlocks';
import { PX_PER_MM } from '../state/fit-scale';
import { usePreviewScale } from './usePreviewScale';
import { useSettledValue } from './useSettledValue';
import { useDrawnPages } from './useDrawnPages';
import { whenIdle } from './idle';
import { progressivePages } from './progressive';
import { FootnoteArea, MeasuredNotes, measureNotes, notesOfPara, separatorMm } from './PreviewFootnotes';
import type { LaidOutFootnote } from '../../core/render/layout-types';
import { AppendixPages } from './PreviewAppendix';
import { repeatedHeader, splitTables } from './table-rows';

/** Typing pauses this long before the preview follows (a fast clerk types a key every ~120 ms). */
const SETTLE_MS = 300;
/** Blocks measured per idle slice: about eight pages, a few milliseconds of layout each. */
const CHUNK = 48;
/**
 * The first slice of a document, measured before its first paint: enough for page 1 (header, title,
 * summary, opening and the first paragraphs), no more, so opening a long plan paints sooner.
 */
const FIRST_CHUNK = 24;

type Block = { key: string; kind: 'header'; doc: LaidOutDocument } | { key: string; kind: 'para'; para: Para; notes?: LaidOutFootnote[] } | { key: string; kind: 'closing'; doc: LaidOutDocument };

/**
 * Header table, then every paragraph of the front and body, then the closing table. The key is the
 * content (and the column width), so a paragraph that did not change keeps its measurement and
 * its rendered DOM across layouts.
 */
function toBlocks(doc: LaidOutDocument, widthMm: number): Block[] {
  const w = `${widthMm}|`;
  return [
    { key: w + 'H' + JSON.stringify(doc.header), kind: 'header', doc },
    ...splitTables([...doc.front, ...doc.body]).map((para): Block => {
      // A paragraph with footnotes is measured with them: its key holds their text too.
      const notes = notesOfPara(para, doc);
      return notes.length > 0 ? { key: w + JSON.stringify(para) + JSON.stringify(notes), kind: 'para', para, notes } : { key: w + JSON.stringify(para), kind: 'para', para };
    }),
    { key: w + 'C' + JSON.stringify(doc.closing), kind: 'closing', doc },
  ];
}

/** One block's content; memoised on its content key, so re-paginating does not re-render it. */
const BlockView = memo(
  function BlockView({ block }: { block: Block; blockKey: string }) {
    if (block.kind === 'header') return <HeaderBlock header={block.doc.header} />;
    if (block.kind === 'closing') return <ClosingBlock closing={block.doc.closing} />;
    return <PreviewPara para={block.para} />;
  },
  (a, b) => a.blockKey === b.blockKey,
);

/** Shows lines [from, to) of a paragraph split across pages, by clipping the whole paragraph. */
function SlicedBlock({ block, slice, m }: { block: Block; slice: Slice; m: MeasuredBlock | undefined }) {
  const whole = <BlockView block={block} blockKey={block.key} />;
  if (slice.fromLine === undefined || !m?.lineMm || !m.lines) return whole;
  const from = slice.fromLine;
  const to = slice.toLine ?? m.lines;
  const pad = m.padTopMm ?? 0;
  const top = from === 0 ? 0 : pad + from * m.lineMm;
  const height = (from === 0 ? pad : 0) + (to - from) * m.lineMm + (to === m.lines ? (m.padBottomMm ?? 0) : 0);
  return (
    <div style={{ height: `${height}mm`, overflow: 'hidden' }}>
      <div style={{ marginTop: `-${top}mm` }}>{whole}</div>
    </div>
  );
}

/** Measurements survive re-renders: an edit re-measures only the paragraphs it changed. */
const measureCache = new Map<string, MeasuredBlock>();

function measure(el: HTMLElement, block: Block): MeasuredBlock {
  // A paragraph with footnotes has them drawn after it in the measurer: its own height is its first child's.
  const notesEl = block.kind === 'para' && block.notes ? el.querySelector(':scope > [data-notes]') : null;
  const own = notesEl ? (el.firstElementChild as HTMLElement) : el;
  const heightMm = own.getBoundingClientRect().height / PX_PER_MM;
  if (block.kind !== 'para' || block.para.rule) return { heightMm };
  if (block.para.table) return { heightMm, ...repeatedHeader(el), ...(block.para.keepWithNext ? { keepWithNext: true } : {}) };
  const p = block.para;
  const lineMm = ptToMm(paraLineHeightPt(p));
  const padTopMm = ptToMm(p.spaceBeforePt);
  const padBottomMm = ptToMm(p.spaceAfterPt);
  const lines = Math.max(1, Math.round((heightMm - padTopMm - padBottomMm) / lineMm));
  return {
    heightMm,
    lines,
    lineMm,
    padTopMm,
    padBottomMm,
    ...(p.keepWithNext ? { keepWithNext: true } : {}),
    ...(p.pageBreakBefore ? { breakBefore: true } : {}),
    ...(notesEl ? { notes: measureNotes(own, notesEl, lineMm, padTopMm, lines) } : {}),
  };
}

/** The footnotes referenced in the slices a page shows (a split paragraph's only in its lines there). */
function pageNotes(slices: Slice[], blocks: Block[]): LaidOutFootnote[] {
  const out: LaidOutFootnote[] = [];
  for (const s of slices) {
    const b = blocks[s.block]!;
    if (b.kind !== 'para' || !b.notes) continue;
    const lines = measureCache.get(b.key)?.notes;
    b.notes.forEach((note, i) => {
      const line = lines?.[i]?.line ?? 0;
      if (s.fromLine === undefined || (line >= s.fromLine && line < (s.toLine ?? Infinity))) out.push(note);
    });
  }
  return out;
}

/** What a page shows, as one string: a page whose content and frame did not change is not re-rendered. */
function pageSignature(slices: Slice[], blocks: Block[]): string {
  return slices.map((s) => `${blocks[s.block]!.key.length}:${s.block}:${s.fromLine ?? ''}-${s.toLine ?? ''}`).join(',');
}

interface PageProps {
  doc: LaidOutDocument;
  /** The page frame (size, margins, page number, circulation mark) as JSON, for the memo. */
  frame: string;
  index: number;
  /** Page count, or 0 while later pages are still being measured (so growing does not re-render every page). */
  total: number;
  slices: Slice[];
  blocks: Block[];
  signature: string;
  /** Far from the visible part of the preview: an empty sheet of the page's size (useDrawnPages). */
  drawn: boolean;
}

/** Space between pages (their bottom margin) and above the first one, in the preview. */
const PAGE_GAP_MM = 8;
const PREVIEW_PAD_PX = 12;

const Page = memo(
  function Page({ doc, index, total, slices, blocks, drawn }: PageProps) {
    const { page, pageNumber } = doc;
    if (!drawn) {
      return (
        <div
          data-testid={`preview-page-${index + 1}`}
          data-drawn="false"
          className="kh-a4-page"
          style={{ width: `${page.widthMm}mm`, height: `${page.heightMm}mm`, background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,.35)', margin: `0 auto ${PAGE_GAP_MM}mm` }}
          aria-label={total ? `Trang ${index + 1}/${total}` : `Trang ${index + 1}`}
        />
      );
    }
    // Back pages of a duplex print mirror the left and right margins.
    const back = page.mirrorMargins && index % 2 === 1;
    const left = back ? page.rightMm : page.leftMm;
    const right = back ? page.leftMm : page.rightMm;
    const seen = new Map<string, number>();
    return (
      <div
        data-testid={`preview-page-${index + 1}`}
        className="kh-a4-page"
        style={{ position: 'relative', width: `${page.widthMm}mm`, height: `${page.heightMm}mm`, background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,.35)', margin: `0 auto ${PAGE_GAP_MM}mm`, overflow: 'hidden', color: '#000', fontFamily: PAGE_FONT }}
        aria-label={total ? `Trang ${index + 1}/${total}` : `Trang ${index + 1}`}
      >
        {(index > 0 || pageNumber.onFirstPage) && (
          <div data-testid="preview-page-number" style={{ position: 'absolute', top: `${pageNumber.fromTopMm}mm`, left: `${left}mm`, right: `${right}mm`, textAlign: 'center', fontSize: `${pageNumber.sizePt}pt`, lineHeight: 1.15 }}>
            {index + 1}
          </div>
        )}
        {index === 0 && doc.circulation && (
          <div data-testid="preview-circulation" style={{ position: 'absolute', top: '10mm', right: `${right}mm` }}>
            <PreviewPara para={doc.circulation} />
          </div>
        )}
        <div style={{ position: 'absolute', top: `${page.topMm}mm`, left: `${left}mm`, right: `${right}mm`, height: `${page.heightMm - page.topMm - page.bottomMm}mm` }}>
          {slices.map((s, k) => {
            const b = blocks[s.block]!;
            // Keyed by content (and occurrence, for repeated paragraphs such as empty lines), so a
            // paragraph moving to another position keeps its DOM.
            const base = `${b.key}|${s.fromLine ?? ''}`;
            const n = (seen.get(base) ?? 0) + 1;
            seen.set(base, n);
            return (
              <div key={`${base}|${n}`} style={{ display: 'flow-root' }} data-first-on-page={k === 0 || undefined}>
                <SlicedBlock block={b} slice={s} m={measureCache.get(b.key)} />
              </div>
            );
          })}
          <FootnoteArea notes={pageNotes(slices, blocks)} doc={doc} />
        </div>
      </div>
    );
  },
  (a, b) => a.drawn === b.drawn && a.frame === b.frame && a.index === b.index && a.total === b.total && a.signature === b.signature && sameBlocks(a, b),
);

/** The blocks a page shows are the same content (the signature holds indexes and key lengths only). */
function sameBlocks(a: PageProps, b: PageProps): boolean {
  return a.slices.every((s, i) => a.blocks[s.block]!.key === b.blocks[b.slices[i]!.block]!.key);
}

/** Typing changes only the summary, the opening or section bodies; anything else is shown at once. */
const TEXT_FIELDS = new Set<string>(['sections', 'preamble', 'summary']);
function changesMoreThanText(a: Plan, b: Plan): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!TEXT_FIELDS.has(k) && a[k as keyof Plan] !== b[k as keyof Plan]) return true;
  return false;
}

/**
 * Live A4 preview of `layoutPlan(plan)`: same fonts, sizes, spacing and margins as the DOCX,
 * paginated by measuring rendered blocks. It follows the plan only after typing pauses, measures
 * new blocks a few pages at a time in idle slices, and shows the first pages as soon as they are
 * final, so neither a keystroke nor opening a long plan waits for the whole document.
 */
export function A4Preview(props: { plan: Plan }): JSX.Element {
  const plan = useSettledValue(props.plan, SETTLE_MS, changesMoreThanText);
  return <PreviewDocument plan={plan} />;
}

const PreviewDocument = memo(function PreviewDocument({ plan }: { plan: Plan }): JSX.Element {
  const doc = useMemo(() => layoutPlan(plan), [plan]);
  const widthMm = doc.page.widthMm - doc.page.leftMm - doc.page.rightMm;
  const heightMm = doc.page.heightMm - doc.page.topMm - doc.page.bottomMm;
  const blocks = useMemo(() => toBlocks(doc, widthMm), [doc, widthMm]);
  const frame = useMemo(() => JSON.stringify([doc.page, doc.pageNumber, doc.circulation ?? null]), [doc]);
  const measurer = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const scale = usePreviewScale(scroller, doc.page);
  const strideAt = useCallback(() => ({ stridePx: (doc.page.heightMm + PAGE_GAP_MM) * PX_PER_MM * scale, offsetPx: PREVIEW_PAD_PX }), [doc.page.heightMm, scale]);
  const drawnPages = useDrawnPages(scroller, strideAt);
  // Bumped after each measured slice and when the page font arrives.
  const [round, setRound] = useState(0);

  const { chunk, progress } = useMemo(() => {
    const missing = blocks.filter((b) => !measureCache.has(b.key));
    return { chunk: missing.slice(0, measureCache.size === 0 ? FIRST_CHUNK : CHUNK), progress: progressivePages(blocks.map((b) => measureCache.get(b.key)), heightMm, separatorMm(doc)) };
  }, [blocks, heightMm, round]); // eslint-disable-line react-hooks/exhaustive-deps

  // Measure the slice just rendered into the hidden measurer; the next slice waits for idle time.
  // The first slice of a document is measured before the first paint, so page 1 appears at once.
  const shownOnce = useRef(false);
  useLayoutEffect(() => {
    if (chunk.length === 0 || !measurer.current) return;
    const els = measurer.current.children;
    chunk.forEach((b, i) => {
      const el = els[i] as HTMLElement | undefined;
      if (el) measureCache.set(b.key, measure(el, b));
    });
    if (measureCache.size > 20000) measureCache.clear(); // bounded memory for very long sessions
    if (!shownOnce.current) {
      shownOnce.current = true;
      setRound((n) => n + 1);
      return;
    }
    return whenIdle(() => setRound((n) => n + 1));
  }, [chunk]);

  // Measurements taken before the page font loaded are wrong: measure again once it is there.
  // When no font is loading as the preview appears (the usual case: the page fonts are the
  // system's), what was measured is right: measuring the whole plan again would double the work of
  // opening it.
  useEffect(() => {
    let live = true;
    if (!document.fonts || document.fonts.status === 'loaded') return;
    document.fonts.ready.then(() => {
      if (!live) return;
      measureCache.clear();
      setRound((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, []);

  // While a changed document is measured, the last complete pages stay; a first document shows its
  // final pages as they come.
  const lastComplete = useRef<{ doc: LaidOutDocument; blocks: Block[]; frame: string; pages: Slice[][] } | null>(null);
  if (progress.complete) lastComplete.current = { doc, blocks, frame, pages: progress.pages };
  const shown = lastComplete.current ?? { doc, blocks, frame, pages: progress.pages };

  return (
    <div ref={scroller} data-testid="a4-preview" data-scale={scale} data-complete={progress.complete || undefined} className="kh-a4-preview" style={{ background: '#e8e8e8', padding: `${PREVIEW_PAD_PX}px 0`, overflow: 'auto', height: '100%', boxSizing: 'border-box', position: 'relative' }}>
      {chunk.length > 0 && (
        <div ref={measurer} aria-hidden className="kh-a4-measurer" style={{ position: 'absolute', visibility: 'hidden', left: -10000, top: 0, width: `${widthMm}mm`, fontFamily: PAGE_FONT, color: '#000' }}>
          {chunk.map((b, i) => (
            <div key={i} style={{ display: 'flow-root' }}><BlockView block={b} blockKey={b.key} />{b.kind === 'para' && b.notes && <MeasuredNotes notes={b.notes} />}</div>
          ))}
        </div>
      )}
      {/* zoom (not transform) so the scroll height follows the scaled pages; the pages inside keep their mm geometry. */}
      <div className="kh-a4-pages" style={{ zoom: scale }}>
        {shown.pages.map((slices, index) => (
          <Page
            key={index}
            doc={shown.doc}
            frame={shown.frame}
            index={index}
            total={shown === lastComplete.current ? shown.pages.length : 0}
            slices={slices}
            blocks={shown.blocks}
            signature={pageSignature(slices, shown.blocks)}
            drawn={drawnPages.all || (index >= drawnPages.first && index <= drawnPages.last)}
          />
        ))}
        {shown === lastComplete.current && <AppendixPages doc={shown.doc} firstIndex={shown.pages.length} />}
      </div>
    </div>
  );
});
