import { useCallback, useEffect, useState } from 'react';
import type { CheckFix } from '../../core/check/types';
import type { DocumentRef } from '../../core/model/document-ref';
import { useCheckPanel } from '../check/useCheckPanel';
import { CheckPanel } from '../panels/CheckPanel';
import { registerCommandHandler } from '../state/command-handlers';
import type { Signer } from '../../core/model';
import type { Plan } from '../../core/model';
import { PlanEditor } from '../editor/PlanEditor';
import { FindReplace } from '../editor/FindReplace';
import type { Match } from '../editor/find/find-replace';
import { FindHighlightCtx, matchKey } from '../editor/find/highlight';
import { A4Preview } from '../preview/A4Preview';
import { ZoomBar } from '../preview/ZoomBar';
import { ResizableColumns } from '../components/ResizableColumns';
import { OutlinePanel } from '../panels/OutlinePanel';
import { CitationNoticesBox, SidePanel } from '../panels/SidePanel';
import type { TemplateSectionInfo } from '../../core/ipc/api';
import type { SectionOp } from '../state/section-ops';
import type { PlanWording } from '../../core/model/wording';

/**
 * outline (or document facts) | editor | live A4 preview. The preview follows the plan on its own
 * schedule (after typing pauses, in idle chunks), so typing never waits for pagination; the
 * outline and facts panels re-render only when what they show changed.
 */
export function EditorScreen(props: {
  plan: Plan;
  selectedSectionId: string | null;
  templateSections: TemplateSectionInfo[];
  extraSigners: Signer[];
  findOpen: boolean;
  onCloseFind(): void;
  /** A whole new plan (find and replace). */
  onChange(plan: Plan): void;
  /** An update applied to the store's latest plan (editor, side panel). */
  onUpdate(update: (plan: Plan) => Plan): void;
  /** The editor started changing text that reaches the store a frame later. */
  onTouch(): void;
  onSelect(id: string): void;
  onStructure(op: SectionOp, label: string, select?: string | null): void;
  /** The opening and summary recomposed from their parts (side panel), one undoable edit. */
  onRecompose(wording: PlanWording): void;
  /** Documents of the office's library, which the checker compares citations with. */
  library: readonly DocumentRef[];
  /** A checker's fix, one undoable edit of the store; false when the text changed since (nothing done). */
  onFix(fix: CheckFix): boolean;
}) {
  const [tab, setTab] = useState<'outline' | 'facts' | 'check'>('outline');
  // Bumped to unfold the left panel on a narrow window ("Kiểm tra văn bản", F7).
  const [openLeft, setOpenLeft] = useState(0);
  const [closeLeft, setCloseLeft] = useState(0);
  const showFacts = useCallback(() => setTab('facts'), []);
  const showText = useCallback(() => setCloseLeft((n) => n + 1), []);
  const check = useCheckPanel({ plan: props.plan, library: props.library, applyFix: props.onFix, showFacts, showText });
  useEffect(() => registerCommandHandler('check', () => {
    setTab('check');
    setOpenLeft((n) => n + 1);
  }), []);
  const { onUpdate } = props;
  const onPatch = useCallback((patch: Partial<Plan>) => onUpdate((plan) => ({ ...plan, ...patch })), [onUpdate]);
  const [findMatch, setFindMatch] = useState<Match | null>(null);
  // Kept when only the match object is new (the plan changed, the match did not), so editors do not re-render.
  const onCurrentMatch = useCallback((m: Match | null) => setFindMatch((old) => (matchKey(old) === matchKey(m) ? old : m)), []);
  const left = (
    <div className="left-panel">
      <div className="tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'outline'} data-testid="tab-outline" className={tab === 'outline' ? 'tab active' : 'tab'} onClick={() => setTab('outline')}>Dàn ý</button>
        <button role="tab" aria-selected={tab === 'facts'} data-testid="tab-facts" className={tab === 'facts' ? 'tab active' : 'tab'} onClick={() => setTab('facts')}>Thông tin</button>
        <button role="tab" aria-selected={tab === 'check'} data-testid="tab-check" className={tab === 'check' ? 'tab active' : 'tab'} onClick={() => setTab('check')}>{check.label}</button>
      </div>
      <CitationNoticesBox plan={props.plan} />
      <div className="tab-body">
        {tab === 'outline' ? (
          <OutlinePanel plan={props.plan} selectedId={props.selectedSectionId} templateSections={props.templateSections} onSelect={props.onSelect} onStructure={props.onStructure} />
        ) : tab === 'facts' ? (
          <SidePanel plan={props.plan} extraSigners={props.extraSigners} onPatch={onPatch} onRecompose={props.onRecompose} />
        ) : (
          <CheckPanel state={check.state} rules={check.rules} stale={check.stale} onGo={check.go} onFix={check.fix} onExplain={check.explain} onShowAll={check.showAll} />
        )}
      </div>
    </div>
  );
  const middle = (
    <div className="editor-column" data-testid="editor-column">
      {props.findOpen && <FindReplace plan={props.plan} onChange={props.onChange} onClose={props.onCloseFind} onCurrentChange={onCurrentMatch} />}
      <FindHighlightCtx.Provider value={props.findOpen ? findMatch : null}>
        <PlanEditor plan={props.plan} onUpdate={props.onUpdate} onTouch={props.onTouch} selectedSectionId={props.selectedSectionId} onSelectSection={props.onSelect} onStructure={props.onStructure} />
      </FindHighlightCtx.Provider>
    </div>
  );
  const right = (
    <div className="preview-column" data-testid="preview-column" aria-label="Xem trước trang A4">
      <ZoomBar />
      <div className="preview-pages"><A4Preview plan={props.plan} /></div>
    </div>
  );
  return <ResizableColumns left={left} middle={middle} right={right} openLeft={openLeft} closeLeft={closeLeft} leftLabel={`Dàn ý · Thông tin · ${check.label}`} />;
}
