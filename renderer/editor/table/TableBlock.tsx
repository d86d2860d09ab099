import { useEffect, useLayoutEffect, useRef, useState, type JSX, type ReactNode } from 'react';
import type { Editor } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import {
  MAX_TABLE_COLUMNS,
  columnCount,
  columnFractions,
  insertColumn,
  insertRow,
  mergeAt,
  mergeCells,
  removeColumn,
  removeRow,
  setCell,
  splitCell,
  type TableElement,
} from '../../../core/model/table';
import { removeTable, setTable } from './table-commands';
import { useFindHighlight } from '../find/highlight';
import { TABLE_CELL_STYLE, TABLE_STYLE } from './table-styles';

type Cell = { r: number; c: number };

/** The grid's cells in reading order (a merged cell once, where it starts). */
function visibleCells(t: TableElement): Cell[] {
  const out: Cell[] = [];
  t.rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const m = mergeAt(t, r, c);
      if (!m || (m.row === r && m.col === c)) out.push({ r, c });
    }),
  );
  return out;
}

/**
 * A table in a section body, edited as in Word: each cell is a text box (Enter starts a new
 * line in the cell, Tab goes to the next cell and adds a row after the last one), the buttons
 * above add or remove the row or column of the cell with the caret, merge or split cells, set
 * how many header rows repeat on each page, and the column borders of the first row can be
 * dragged. Cells are native text boxes, so Unikey, EVKey and IME composition type into them as
 * the system does everywhere; their text is stored in NFC.
 */
export function TableBlock({ attributes, children, element }: { attributes: object; children: ReactNode; element: TableElement }): JSX.Element {
  const editor = useSlateStatic();
  const [at, setAt] = useState<Cell>({ r: 0, c: 0 });
  const focusNext = useRef<Cell | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const cols = columnCount(element);
  const header = element.headerRows ?? 1;
  const [dragWidths, setDragWidths] = useState<number[] | null>(null);
  const fractions = dragWidths ?? columnFractions(element);

  const path = () => ReactEditor.findPath(editor as ReactEditor, element);
  const apply = (next: TableElement) => setTable(editor as Editor, path(), next);
  const focusCell = (cell: Cell) => box.current?.querySelector<HTMLTextAreaElement>(`[data-cell="${cell.r}-${cell.c}"]`)?.focus();

  useEffect(() => {
    if (!focusNext.current) return;
    focusCell(focusNext.current);
    focusNext.current = null;
  });

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>, cell: Cell) => {
    if (e.key !== 'Tab' || e.nativeEvent.isComposing || e.ctrlKey || e.altKey) return;
    e.preventDefault();
    const cells = visibleCells(element);
    const i = cells.findIndex((x) => x.r === cell.r && x.c === cell.c);
    if (e.shiftKey) {
      if (i > 0) focusCell(cells[i - 1]!);
      return;
    }
    if (i < cells.length - 1) {
      focusCell(cells[i + 1]!);
      return;
    }
    // Tab in the last cell adds a row, as in Word.
    focusNext.current = { r: element.rows.length, c: 0 };
    apply(insertRow(element, element.rows.length));
  };

  const tool = (testId: string, label: string, title: string, fn: () => void, disabled = false) => (
    <button
      type="button"
      data-testid={testId}
      title={title}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={fn}
      style={{ fontSize: 12, padding: '1px 6px' }}
    >
      {label}
    </button>
  );

  const startDrag = (col: number, e: React.MouseEvent) => {
    e.preventDefault();
    const table = box.current?.querySelector('table');
    if (!table) return;
    const totalPx = table.getBoundingClientRect().width;
    const startX = e.clientX;
    const start = columnFractions(element);
    let current = start;
    const move = (ev: MouseEvent) => {
      const delta = (ev.clientX - startX) / totalPx;
      const min = 0.04;
      const pair = start[col]! + start[col + 1]!;
      const left = Math.min(pair - min, Math.max(min, start[col]! + delta));
      current = start.map((f, i) => (i === col ? left : i === col + 1 ? pair - left : f));
      setDragWidths(current);
    };
    const up = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      setDragWidths(null);
      apply({ ...element, widths: current.map((f) => Math.round(f * 1000) / 10) });
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };

  const merged = mergeAt(element, at.r, at.c);
  // The current find match, when it is in one of this table's cells (same block index, same cell text).
  const found = useFindHighlight();
  let foundCell: Cell | null = null;
  if (found?.cell) {
    const [fr, fc] = found.cell;
    try {
      if (path()[0] === found.block && element.rows[fr]?.[fc] === found.context) foundCell = { r: fr, c: fc };
    } catch {
      foundCell = null;
    }
  }
  return (
    <div {...attributes} data-testid="editor-table" className="kh-table-block" style={{ margin: '6px 0' }}>
      {/*
        data-slate-editor (not "true") makes Slate take the grid for a nested editor: it no longer
        maps clicks, focus and selection changes in the cells to the table's void node, so it never
        moves the caret out of a cell when it re-renders after an edit.
      */}
      <div contentEditable={false} data-slate-editor="grid" style={{ userSelect: 'none' }}>
        <div role="toolbar" aria-label="Bảng" style={{ display: 'flex', flexWrap: 'wrap', gap: 3, marginBottom: 2 }}>
          {tool('table-row-add', '+ Hàng', 'Thêm hàng dưới ô đang chọn', () => {
            focusNext.current = { r: at.r + 1, c: at.c };
            apply(insertRow(element, at.r + 1));
          })}
          {tool('table-row-remove', '− Hàng', 'Xóa hàng của ô đang chọn', () => {
            apply(removeRow(element, at.r));
            setAt({ r: Math.max(0, Math.min(at.r, element.rows.length - 2)), c: at.c });
          }, element.rows.length <= 1)}
          {tool('table-col-add', '+ Cột', 'Thêm cột bên phải ô đang chọn', () => {
            focusNext.current = { r: at.r, c: at.c + 1 };
            apply(insertColumn(element, at.c + 1));
          }, cols >= MAX_TABLE_COLUMNS)}
          {tool('table-col-remove', '− Cột', 'Xóa cột của ô đang chọn', () => {
            apply(removeColumn(element, at.c));
            setAt({ r: at.r, c: Math.max(0, Math.min(at.c, cols - 2)) });
          }, cols <= 1)}
          {tool('table-merge-right', 'Gộp ô phải', 'Gộp ô đang chọn với ô bên phải', () => {
            const m = merged ?? { row: at.r, col: at.c, rowSpan: 1, colSpan: 1 };
            apply(mergeCells(element, { ...m, colSpan: m.colSpan + 1 }));
          }, (merged ? merged.col + merged.colSpan : at.c + 1) >= cols)}
          {tool('table-merge-down', 'Gộp ô dưới', 'Gộp ô đang chọn với ô bên dưới', () => {
            const m = merged ?? { row: at.r, col: at.c, rowSpan: 1, colSpan: 1 };
            apply(mergeCells(element, { ...m, rowSpan: m.rowSpan + 1 }));
          }, (merged ? merged.row + merged.rowSpan : at.r + 1) >= element.rows.length)}
          {tool('table-split', 'Tách ô', 'Tách ô đã gộp', () => apply(splitCell(element, at.r, at.c)), !merged)}
          <label style={{ fontSize: 12, display: 'flex', alignItems: 'center', gap: 3 }} title="Số hàng đầu bảng được in lại ở đầu mỗi trang">
            Hàng tiêu đề:
            <select
              data-testid="table-header-rows"
              value={header}
              onChange={(e) => apply({ ...element, headerRows: Number(e.target.value) })}
              style={{ fontSize: 12 }}
            >
              {Array.from({ length: Math.min(4, element.rows.length + 1) }, (_, n) => (
                <option key={n} value={n}>{n}</option>
              ))}
            </select>
          </label>
          {tool('table-delete', 'Xóa bảng', 'Xóa cả bảng', () => removeTable(editor as Editor, path()))}
        </div>
        <div ref={box} style={{ position: 'relative' }}>
          <table style={TABLE_STYLE}>
            <colgroup>
              {fractions.map((f, i) => (
                <col key={i} style={{ width: `${f * 100}%` }} />
              ))}
            </colgroup>
            <tbody>
              {element.rows.map((row, r) => (
                <tr key={r} data-header={r < header || undefined}>
                  {row.map((value, c) => {
                    const m = mergeAt(element, r, c);
                    if (m && (m.row !== r || m.col !== c)) return null;
                    return (
                      <td key={c} colSpan={m?.colSpan} rowSpan={m?.rowSpan} style={{ ...TABLE_CELL_STYLE, position: 'relative', background: r < header ? '#f3f6fb' : undefined }}>
                        <CellBox
                          r={r}
                          c={c}
                          value={value}
                          header={r < header}
                          selected={at.r === r && at.c === c}
                          found={foundCell?.r === r && foundCell?.c === c}
                          onFocus={() => setAt({ r, c })}
                          onValue={(v) => apply(setCell(element, r, c, v))}
                          onKeyDown={(e) => onKeyDown(e, { r, c })}
                        />
                        {r === 0 && c + (m?.colSpan ?? 1) < cols && (
                          <span
                            data-testid={`table-col-resize-${c + (m?.colSpan ?? 1) - 1}`}
                            title="Kéo để đổi độ rộng cột"
                            onMouseDown={(e) => startDrag(c + (m?.colSpan ?? 1) - 1, e)}
                            style={{ position: 'absolute', top: 0, right: -3, width: 6, height: '100%', cursor: 'col-resize', zIndex: 1 }}
                          />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {children}
    </div>
  );
}

/**
 * One cell's text box. Uncontrolled while the clerk types, so an input method's composition is
 * never disturbed by a re-render: the text goes to the table when a letter is committed (NFC, the
 * caret kept), and text changed from outside (undo, a row removed) is written back when it differs.
 */
function CellBox(props: {
  r: number;
  c: number;
  value: string;
  header: boolean;
  selected: boolean;
  /** Holds the current find match: marked, and scrolled to by the editor. */
  found?: boolean;
  onFocus(): void;
  onValue(value: string): void;
  onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>): void;
}): JSX.Element {
  const { r, c, value, header, selected } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  useLayoutEffect(() => {
    const ta = ref.current;
    if (ta && !composing.current && ta.value !== value) ta.value = value;
  }, [value]);
  const commit = (ta: HTMLTextAreaElement) => {
    const raw = ta.value;
    const nfc = raw.normalize('NFC');
    if (nfc !== raw) {
      const caret = raw.slice(0, ta.selectionStart).normalize('NFC').length;
      ta.value = nfc;
      ta.setSelectionRange(caret, caret);
    }
    if (nfc !== value) props.onValue(nfc);
  };
  return (
    <textarea
      ref={ref}
      data-testid={`table-cell-${r}-${c}`}
      data-cell={`${r}-${c}`}
      data-find-current={props.found || undefined}
      aria-label={`Ô hàng ${r + 1}, cột ${c + 1}`}
      defaultValue={value}
      rows={Math.max(1, value.split('\n').length)}
      onFocus={props.onFocus}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        commit(e.currentTarget);
      }}
      onChange={(e) => {
        if (composing.current || (e.nativeEvent as InputEvent).isComposing) return;
        commit(e.currentTarget);
      }}
      onKeyDown={props.onKeyDown}
      spellCheck={false}
      style={{
        width: '100%',
        boxSizing: 'border-box',
        border: 'none',
        resize: 'none',
        background: props.found ? '#ffd54a' : 'transparent',
        font: 'inherit',
        fontWeight: header ? 'bold' : 'normal',
        textAlign: header ? 'center' : 'left',
        outline: selected ? '1px solid #3b78e7' : 'none',
        fieldSizing: 'content',
        overflow: 'hidden',
      } as React.CSSProperties}
    />
  );
}
