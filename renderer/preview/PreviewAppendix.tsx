import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import type { AppendixLayout, LaidOutDocument, Para } from '../../core/render/layout-types';
import { paginate, type MeasuredBlock, type Slice } from './paginate';
import { PAGE_FONT, paraLineHeightPt, ptToMm } from './para-style';
import { PreviewPara } from './PreviewPara';
import { PX_PER_MM } from '../state/fit-scale';
import { repeatedHeader, splitTables } from './table-rows';

/**
 * The Phụ lục pages after the plan's last page: each appendix starts a new page of its own
 * orientation (a landscape one is drawn turned), its paragraphs and tables measured at its own
 * text width and paginated like the plan, the page numbers continuing the plan's.
 */

function measureEl(el: HTMLElement, p: Para): MeasuredBlock {
  const heightMm = el.getBoundingClientRect().height / PX_PER_MM;
  const keep = p.keepWithNext ? { keepWithNext: true } : {};
  if (p.table) return { heightMm, ...repeatedHeader(el), ...keep };
  if (p.rule) return { heightMm, ...keep };
  const lineMm = ptToMm(paraLineHeightPt(p));
  const padTopMm = ptToMm(p.spaceBeforePt);
  const padBottomMm = ptToMm(p.spaceAfterPt);
  const lines = Math.max(1, Math.round((heightMm - padTopMm - padBottomMm) / lineMm));
  return { heightMm, lines, lineMm, padTopMm, padBottomMm, ...keep };
}

function Sliced({ para, slice, m }: { para: Para; slice: Slice; m: MeasuredBlock | undefined }) {
  const whole = <PreviewPara para={para} />;
  if (slice.fromLine === undefined || !m?.lineMm || !m.lines) return whole;
  const to = slice.toLine ?? m.lines;
  const pad = m.padTopMm ?? 0;
  const top = slice.fromLine === 0 ? 0 : pad + slice.fromLine * m.lineMm;
  const height = (slice.fromLine === 0 ? pad : 0) + (to - slice.fromLine) * m.lineMm + (to === m.lines ? (m.padBottomMm ?? 0) : 0);
  return (
    <div style={{ height: `${height}mm`, overflow: 'hidden' }}>
      <div style={{ marginTop: `-${top}mm` }}>{whole}</div>
    </div>
  );
}

const textWidth = (doc: LaidOutDocument, a: AppendixLayout) => a.page.widthMm - doc.page.leftMm - doc.page.rightMm;

export const AppendixPages = memo(function AppendixPages({ doc, firstIndex }: { doc: LaidOutDocument; firstIndex: number }): JSX.Element | null {
  const list = useMemo(() => (doc.appendices ?? []).map((a) => ({ ...a, paras: splitTables(a.paras) })), [doc]);
  const key = JSON.stringify(list);
  const [measured, setMeasured] = useState<{ key: string; blocks: MeasuredBlock[][] } | null>(null);
  const [fontsRound, setFontsRound] = useState(0);
  const measurer = useRef<HTMLDivElement>(null);
  const fresh = measured !== null && measured.key === `${fontsRound}|${key}`;

  useLayoutEffect(() => {
    if (fresh || !measurer.current) return;
    const groups = Array.from(measurer.current.children) as HTMLElement[];
    const blocks = list.map((a, ai) => a.paras.map((p, i) => measureEl(groups[ai]!.children[i] as HTMLElement, p)));
    setMeasured({ key: `${fontsRound}|${key}`, blocks });
  });

  // Measurements taken before the page font loaded are wrong: measure again once it is there.
  useEffect(() => {
    let live = true;
    document.fonts?.ready.then(() => live && setFontsRound((n) => n + 1));
    return () => {
      live = false;
    };
  }, []);

  if (list.length === 0) return null;
  let index = firstIndex;
  const pages: JSX.Element[] = [];
  if (measured && measured.blocks.length === list.length) {
    list.forEach((a, ai) => {
      const blocks = measured.blocks[ai]!;
      if (blocks.length !== a.paras.length) return;
      const heightMm = a.page.heightMm - doc.page.topMm - doc.page.bottomMm;
      for (const slices of paginate(blocks, heightMm)) {
        const i = index++;
        const back = doc.page.mirrorMargins && i % 2 === 1;
        const left = back ? doc.page.rightMm : doc.page.leftMm;
        const right = back ? doc.page.leftMm : doc.page.rightMm;
        pages.push(
          <div
            key={`${a.id}-${i}`}
            data-testid={`preview-page-${i + 1}`}
            data-appendix={a.id}
            data-orientation={a.orientation}
            className="kh-a4-page"
            style={{ position: 'relative', width: `${a.page.widthMm}mm`, height: `${a.page.heightMm}mm`, background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,.35)', margin: '0 auto 8mm', overflow: 'hidden', color: '#000', fontFamily: PAGE_FONT }}
            aria-label={`Trang ${i + 1} (phụ lục)`}
          >
            <div data-testid="preview-page-number" style={{ position: 'absolute', top: `${doc.pageNumber.fromTopMm}mm`, left: `${left}mm`, right: `${right}mm`, textAlign: 'center', fontSize: `${doc.pageNumber.sizePt}pt`, lineHeight: 1.15 }}>
              {i + 1}
            </div>
            <div style={{ position: 'absolute', top: `${doc.page.topMm}mm`, left: `${left}mm`, right: `${right}mm`, height: `${heightMm}mm` }}>
              {slices.map((s, k) => (
                <div key={k} style={{ display: 'flow-root' }} data-first-on-page={k === 0 || undefined}>
                  <Sliced para={a.paras[s.block]!} slice={s} m={blocks[s.block]} />
                </div>
              ))}
            </div>
          </div>,
        );
      }
    });
  }
  return (
    <>
      {/* Measured outside the zoomed pages (in the body), at the page's own scale. */}
      {!fresh && createPortal(
        <div ref={measurer} aria-hidden className="kh-a4-measurer" style={{ position: 'absolute', visibility: 'hidden', left: -10000, top: 0, fontFamily: PAGE_FONT, color: '#000' }}>
          {list.map((a) => (
            <div key={a.id} style={{ width: `${textWidth(doc, a)}mm` }}>
              {a.paras.map((p, i) => (
                <div key={i} style={{ display: 'flow-root' }}>
                  <PreviewPara para={p} />
                </div>
              ))}
            </div>
          ))}
        </div>,
        document.body,
      )}
      {pages}
    </>
  );
});
