import { memo, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type JSX, type ReactNode } from 'react';
import type { Plan } from '../../core/model/plan';
import { layoutPlan } from '../../core/render/layout';
import type { LaidOutDocument, Para } from '../../core/render/layout-types';
import { paginate, type MeasuredBlock, type Slice } from './paginate';
import { PAGE_FONT, paraLineHeightPt, ptToMm } from './para-style';
import { PreviewPara } from './PreviewPara';
import { ClosingBlock, HeaderBlock } from './PreviewBlocks';
import { PX_PER_MM } from './fit-scale';
import { useFitScale } from './useFitScale';


type Block = { key: string; kind: 'header'; doc: LaidOutDocument } | { key: string; kind: 'para'; para: Para } | { key: string; kind: 'closing'; doc: LaidOutDocument };

/** Header table, then every paragraph of the front and body, then the closing table. */
function toBlocks(doc: LaidOutDocument, widthMm: number): Block[] {
  const w = `${widthMm}|`;
  return [
    { key: w + 'H' + JSON.stringify(doc.header), kind: 'header', doc },
    ...[...doc.front, ...doc.body].map((para): Block => ({ key: w + JSON.stringify(para), kind: 'para', para })),
    { key: w + 'C' + JSON.stringify(doc.closing), kind: 'closing', doc },
  ];
}

function renderBlock(b: Block): ReactNode {
  if (b.kind === 'header') return <HeaderBlock header={b.doc.header} />;
  if (b.kind === 'closing') return <ClosingBlock closing={b.doc.closing} />;
  return <PreviewPara para={b.para} />;
}

/** Shows lines [from, to) of a paragraph split across pages, by clipping the whole paragraph. */
function SlicedPara({ para, slice, m }: { para: Para; slice: Slice; m: MeasuredBlock }) {
  if (slice.fromLine === undefined || !m.lineMm || !m.lines) return <PreviewPara para={para} />;
  const from = slice.fromLine;
  const to = slice.toLine ?? m.lines;
  const pad = m.padTopMm ?? 0;
  const top = from === 0 ? 0 : pad + from * m.lineMm;
  const height = (from === 0 ? pad : 0) + (to - from) * m.lineMm + (to === m.lines ? (m.padBottomMm ?? 0) : 0);
  return (
    <div style={{ height: `${height}mm`, overflow: 'hidden' }}>
      <div style={{ marginTop: `-${top}mm` }}>
        <PreviewPara para={para} />
      </div>
    </div>
  );
}

/** Measurements survive re-renders: a keystroke re-measures only the paragraph it changed. */
const measureCache = new Map<string, MeasuredBlock>();

function measure(el: HTMLElement, block: Block): MeasuredBlock {
  const heightMm = el.getBoundingClientRect().height / PX_PER_MM;
  if (block.kind !== 'para' || block.para.rule) return { heightMm };
  const p = block.para;
  const lineMm = ptToMm(paraLineHeightPt(p));
  const padTopMm = ptToMm(p.spaceBeforePt);
  const padBottomMm = ptToMm(p.spaceAfterPt);
  const lines = Math.max(1, Math.round((heightMm - padTopMm - padBottomMm) / lineMm));
  return { heightMm, lines, lineMm, padTopMm, padBottomMm, ...(p.keepWithNext ? { keepWithNext: true } : {}) };
}

const Page = memo(function Page({ doc, index, total, children }: { doc: LaidOutDocument; index: number; total: number; children: ReactNode }) {
  const { page, pageNumber } = doc;
  // Back pages of a duplex print mirror the left and right margins.
  const back = page.mirrorMargins && index % 2 === 1;
  const left = back ? page.rightMm : page.leftMm;
  const right = back ? page.leftMm : page.rightMm;
  return (
    <div
      data-testid={`preview-page-${index + 1}`}
      className="kh-a4-page"
      style={{ position: 'relative', width: `${page.widthMm}mm`, height: `${page.heightMm}mm`, background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,.35)', margin: '0 auto 8mm', overflow: 'hidden', color: '#000', fontFamily: PAGE_FONT }}
      aria-label={`Trang ${index + 1}/${total}`}
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
      <div style={{ position: 'absolute', top: `${page.topMm}mm`, left: `${left}mm`, right: `${right}mm`, height: `${page.heightMm - page.topMm - page.bottomMm}mm` }}>{children}</div>
    </div>
  );
});

/**
 * Live A4 preview of `layoutPlan(plan)`: same fonts, sizes, spacing and margins as the DOCX,
 * paginated by measuring rendered blocks. Works on a deferred copy of the plan so typing is
 * never blocked; only blocks whose content changed are measured again.
 */
export function A4Preview(props: { plan: Plan }): JSX.Element {
  const plan = useDeferredValue(props.plan);
  const doc = useMemo(() => layoutPlan(plan), [plan]);
  const widthMm = doc.page.widthMm - doc.page.leftMm - doc.page.rightMm;
  const heightMm = doc.page.heightMm - doc.page.topMm - doc.page.bottomMm;
  const blocks = useMemo(() => toBlocks(doc, widthMm), [doc, widthMm]);
  const measurer = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const scale = useFitScale(scroller, doc.page.widthMm);
  const [, setMeasured] = useState(0);
  const missing = blocks.filter((b) => !measureCache.has(b.key));

  useLayoutEffect(() => {
    if (missing.length === 0 || !measurer.current) return;
    const els = measurer.current.children;
    missing.forEach((b, i) => {
      const el = els[i] as HTMLElement | undefined;
      if (el) measureCache.set(b.key, measure(el, b));
    });
    if (measureCache.size > 20000) measureCache.clear(); // bounded memory for very long sessions
    setMeasured((n) => n + 1);
  });

  // Measurements taken before the page font loaded are wrong: measure again once it is there.
  useEffect(() => {
    let live = true;
    document.fonts?.ready.then(() => {
      if (!live) return;
      measureCache.clear();
      setMeasured((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, []);

  const lastPages = useRef<{ doc: LaidOutDocument; blocks: Block[]; pages: Slice[][] } | null>(null);
  if (missing.length === 0) {
    const measured = blocks.map((b) => measureCache.get(b.key)!);
    lastPages.current = { doc, blocks, pages: paginate(measured, heightMm) };
  }
  const shown = lastPages.current;

  return (
    <div ref={scroller} data-testid="a4-preview" data-scale={scale} className="kh-a4-preview" style={{ background: '#e8e8e8', padding: '12px 0', overflow: 'auto', height: '100%', boxSizing: 'border-box', position: 'relative' }}>
      {missing.length > 0 && (
        <div ref={measurer} aria-hidden className="kh-a4-measurer" style={{ position: 'absolute', visibility: 'hidden', left: -10000, top: 0, width: `${widthMm}mm`, fontFamily: PAGE_FONT, color: '#000' }}>
          {missing.map((b, i) => (
            <div key={i} style={{ display: 'flow-root' }}>{renderBlock(b)}</div>
          ))}
        </div>
      )}
      {/* zoom (not transform) so the scroll height follows the scaled pages; the pages inside keep their mm geometry. */}
      <div className="kh-a4-pages" style={{ zoom: scale }}>
      {shown?.pages.map((slices, index) => (
        <Page key={index} doc={shown.doc} index={index} total={shown.pages.length}>
          {slices.map((s, j) => {
            const b = shown.blocks[s.block]!;
            const m = measureCache.get(b.key);
            return (
              <div key={j} style={{ display: 'flow-root' }}>
                {b.kind === 'para' && m ? <SlicedPara para={b.para} slice={s} m={m} /> : renderBlock(b)}
              </div>
            );
          })}
        </Page>
      ))}
      </div>
    </div>
  );
}
