import { memo, useMemo, useRef, useState } from 'react';
import type { Plan, Section } from '../../core/model';
import { computeSectionNumbers, effectiveLevels } from '../../core/render/numbering';
import type { TemplateSectionInfo } from '../../core/ipc/api';
import { type SectionOp, createFreeSection, dropOp, indentOp, moveSiblingOp, outdentOp } from '../state/section-ops';
import { createTemplateSection, templateSectionChoices } from '../state/template-sections';
import { findPosition, findSection, flattenSections } from '../state/section-tree';
import { SHORTCUT_LABELS } from '../state/shortcuts';

/**
 * Whether two section trees look the same in an outline (ids, keys, titles, numbering, nesting, page breaks);
 * bodies are ignored, so typing in a body is not an outline change.
 */
export function sameOutline(a: Section[], b: Section[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.key !== y.key || x.title !== y.title || x.runIn !== y.runIn || x.childNumbering !== y.childNumbering || x.pageBreakBefore !== y.pageBreakBefore) return false;
    if (!sameOutline(x.children, y.children)) return false;
  }
  return true;
}

/** The previous section tree while only bodies changed: a stable input for numbering memos. */
export function useOutlineShape(sections: Section[]): Section[] {
  const kept = useRef(sections);
  if (!sameOutline(kept.current, sections)) kept.current = sections;
  return kept.current;
}

interface OutlinePanelProps {
  plan: Plan;
  selectedId: string | null;
  /** Optional and repeatable sections of the plan's template (empty when the template is unknown). */
  templateSections: TemplateSectionInfo[];
  onSelect(id: string): void;
  onStructure(op: SectionOp, label: string, select?: string | null): void;
}

/**
 * Re-render only when what the outline shows changed. The plan it keeps may have stale bodies;
 * that is harmless because every operation it emits names sections by id and position only.
 */
const sameOutlineProps = (a: OutlinePanelProps, b: OutlinePanelProps): boolean =>
  a.selectedId === b.selectedId &&
  a.templateSections === b.templateSections &&
  a.onSelect === b.onSelect &&
  a.onStructure === b.onStructure &&
  a.plan.profile === b.plan.profile &&
  a.plan.options === b.plan.options &&
  sameOutline(a.plan.sections, b.plan.sections);

/**
 * The section outline: numbers computed from the tree (never typed), selection, add / move /
 * delete. Moving works by drag and drop (top quarter of a row = before, bottom quarter = after,
 * middle = inside) and by the buttons or Alt+↑/↓ on the selected row.
 */
export const OutlinePanel = memo(function OutlinePanel(props: OutlinePanelProps) {
  const { plan, selectedId } = props;
  const numbers = useMemo(() => computeSectionNumbers(plan.sections, effectiveLevels(plan)), [plan]);
  const rows = useMemo(() => flattenSections(plan.sections), [plan.sections]);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<{ id: string; where: 'before' | 'after' | 'inside' } | null>(null);
  const selected = selectedId ? findSection(plan.sections, selectedId) : null;
  const name = (id: string) => {
    const s = findSection(plan.sections, id);
    return `${numbers.get(id) ?? ''} ${s?.title || 'mục chưa có tiêu đề'}`.trim();
  };
  const choices = templateSectionChoices(plan.sections, props.templateSections, selectedId);

  const addAfterSelected = (make: () => ReturnType<typeof createFreeSection>, label: string) => {
    const position = selectedId ? findPosition(plan.sections, selectedId) : null;
    const section = make();
    const at = position ? { parentId: position.parentId, index: position.index + 1 } : { parentId: null, index: plan.sections.length };
    props.onStructure({ type: 'insert', position: at, section }, label, section.id);
  };
  const addInside = () => {
    if (!selected) return;
    const section = createFreeSection();
    props.onStructure({ type: 'insert', position: { parentId: selected.id, index: selected.children.length }, section }, `Thêm mục con vào “${name(selected.id)}”`, section.id);
  };
  const run = (op: SectionOp | null, label: string) => op && props.onStructure(op, label);

  return (
    <nav className="outline" aria-label="Dàn ý kế hoạch" data-testid="outline">
      <ol className="outline-list" role="tree">
        {rows.map(({ section, depth }) => {
          const hint = dropHint?.id === section.id ? dropHint.where : null;
          return (
            <li
              key={section.id}
              role="treeitem"
              aria-level={depth}
              aria-selected={section.id === selectedId}
              tabIndex={section.id === selectedId ? 0 : -1}
              className={`outline-row depth-${Math.min(depth, 5)}${section.id === selectedId ? ' selected' : ''}${hint ? ` drop-${hint}` : ''}`}
              style={{ paddingLeft: 8 + (depth - 1) * 18 }}
              data-testid="outline-item"
              data-section-id={section.id}
              draggable
              onClick={() => props.onSelect(section.id)}
              onKeyDown={(e) => {
                if (e.key === 'Delete') run({ type: 'remove', id: section.id }, `Xóa mục “${name(section.id)}”`);
              }}
              onDragStart={(e) => { setDragId(section.id); e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', section.id); }}
              onDragEnd={() => { setDragId(null); setDropHint(null); }}
              onDragOver={(e) => {
                if (!dragId || dragId === section.id) return;
                e.preventDefault();
                const box = e.currentTarget.getBoundingClientRect();
                const y = (e.clientY - box.top) / box.height;
                setDropHint({ id: section.id, where: y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside' });
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragId && dropHint) run(dropOp(plan.sections, dragId, dropHint.id, dropHint.where), `Kéo mục “${name(dragId)}”`);
                setDragId(null);
                setDropHint(null);
              }}
            >
              <span className="outline-number">{numbers.get(section.id)}</span>{' '}
              <span className={section.title ? 'outline-title' : 'outline-title muted'}>{section.title || '(chưa có tiêu đề)'}</span>
            </li>
          );
        })}
      </ol>
      <div className="outline-actions" aria-label="Sắp xếp mục">
        <button data-testid="section-move-up" disabled={!selected} title={`Chuyển lên (${SHORTCUT_LABELS['move-up']})`} onClick={() => selectedId && run(moveSiblingOp(plan.sections, selectedId, -1), `Chuyển lên “${name(selectedId)}”`)}>↑ Lên</button>
        <button data-testid="section-move-down" disabled={!selected} title={`Chuyển xuống (${SHORTCUT_LABELS['move-down']})`} onClick={() => selectedId && run(moveSiblingOp(plan.sections, selectedId, 1), `Chuyển xuống “${name(selectedId)}”`)}>↓ Xuống</button>
        <button data-testid="section-indent" disabled={!selected} title="Đưa vào làm mục con của mục phía trên" onClick={() => selectedId && run(indentOp(plan.sections, selectedId), `Đưa vào trong “${name(selectedId)}”`)}>→ Vào</button>
        <button data-testid="section-outdent" disabled={!selected} title="Đưa ra ngoài một cấp" onClick={() => selectedId && run(outdentOp(plan.sections, selectedId), `Đưa ra ngoài “${name(selectedId)}”`)}>← Ra</button>
        <button data-testid="section-page-break-outline" disabled={!selected} aria-pressed={selected?.pageBreakBefore === true} title="Bắt đầu mục này ở trang mới (Ctrl+Enter trong mục)" onClick={() => selected && run({ type: 'page-break', id: selected.id, on: selected.pageBreakBefore !== true }, selected.pageBreakBefore ? `Bỏ ngắt trang trước “${name(selected.id)}”` : `Bắt đầu “${name(selected.id)}” ở trang mới`)}>Trang mới</button>
        <button data-testid="section-delete" className="danger" disabled={!selected} title={`Xóa mục (có thể hoàn tác bằng ${SHORTCUT_LABELS.undo})`} onClick={() => selectedId && run({ type: 'remove', id: selectedId }, `Xóa mục “${name(selectedId)}”`)}>Xóa</button>
      </div>
      <div className="outline-add">
        <button data-testid="section-add" onClick={() => addAfterSelected(() => createFreeSection(), 'Thêm mục')}>+ Thêm mục</button>
        <button data-testid="section-add-child" disabled={!selected} onClick={addInside}>+ Thêm mục con</button>
        {choices.length > 0 && (
          <select
            data-testid="section-add-template"
            value=""
            aria-label="Thêm mục theo mẫu"
            onChange={(e) => {
              const choice = choices[Number(e.target.value)];
              if (!choice) return;
              const section = createTemplateSection(choice.info);
              props.onStructure({ type: 'insert', position: choice.position, section }, choice.label, section.id);
            }}
          >
            <option value="">+ Thêm mục theo mẫu…</option>
            {choices.map((c, i) => (
              <option key={`${c.info.key}-${i}`} value={i} data-key={c.info.key}>{c.label}</option>
            ))}
          </select>
        )}
      </div>
    </nav>
  );
}, sameOutlineProps);
