import { memo, useContext, type JSX, type ReactNode } from 'react';
import type { BlockElement, FootnoteElement, InlineNode, RefElement, TextLeaf } from '../../core/model/inline';
import { usePlanEditor } from './PlanContext';
import { BODY_TEXT_STYLE, PARAGRAPH_STYLE, alignedStyle, chipStyle } from './editor-styles';
import { FootnoteNumbersCtx } from './footnote/footnote-numbers';
import { MARK_STYLE } from './footnote/FootnoteMark';
import { StaticTable } from './table/StaticTable';

/**
 * A section body drawn without Slate, exactly as its editor draws it (same fonts, indents, marks
 * and reference chips), for sections far from the visible part of the column. A 300-page plan
 * would otherwise keep hundreds of live editors, each listening to every selection change of the
 * page. Clicking or tabbing into it swaps in the real editor (see RichTextEditor).
 */
export const StaticBlocks = memo(function StaticBlocks(props: {
  blocks: BlockElement[];
  testId: string;
  placeholder?: string;
  onActivate(point: { x: number; y: number } | null): void;
}): JSX.Element {
  const { blocks, testId, placeholder, onActivate } = props;
  const empty = blocks.length === 0 || (blocks.length === 1 && blocks[0]!.type !== 'table' && blocks[0]!.children.every((c) => !('type' in c) && c.text === ''));
  return (
    <div
      data-testid={`${testId}-static`}
      role="textbox"
      aria-multiline="true"
      tabIndex={0}
      onMouseDown={(e) => {
        e.preventDefault();
        onActivate({ x: e.clientX, y: e.clientY });
      }}
      onFocus={() => onActivate(null)}
      style={{ ...BODY_TEXT_STYLE, position: 'relative', whiteSpace: 'pre-wrap', wordWrap: 'break-word', cursor: 'text' }}
    >
      {empty ? (
        <p style={PARAGRAPH_STYLE}>
          <span style={{ opacity: 0.333, userSelect: 'none' }}>{placeholder ?? ''}</span>
        </p>
      ) : (
        blocks.map((block, i) => <StaticBlock key={i} block={block} />)
      )}
    </div>
  );
});

function StaticBlock({ block }: { block: BlockElement }): JSX.Element {
  if (block.type === 'table') return <StaticTable table={block} />;
  const inlines = block.children.map((node, i) => <StaticInline key={i} node={node} />);
  // An empty paragraph keeps its line, as Slate's zero-width placeholder does.
  const content = block.children.every((c) => !('type' in c) && c.text === '') ? <br /> : inlines;
  if (block.type === 'bullet') {
    return (
      <p className="kh-bullet" data-marker={block.marker} style={PARAGRAPH_STYLE}>
        <span style={{ userSelect: 'none' }}>{block.marker}&nbsp;</span>
        {content}
      </p>
    );
  }
  return <p data-align={block.align} style={block.align ? alignedStyle(block.align) : PARAGRAPH_STYLE}>{content}</p>;
}

function StaticInline({ node }: { node: InlineNode }): JSX.Element {
  if ('type' in node && node.type === 'footnote') return <StaticFootnote element={node} />;
  if ('type' in node) return <StaticRef element={node} />;
  return <span>{marked(node, node.text)}</span>;
}

/** A footnote mark, numbered as in the live editor. */
function StaticFootnote({ element }: { element: FootnoteElement }): JSX.Element {
  const number = useContext(FootnoteNumbersCtx).get(element);
  return <sup data-testid="footnote-mark" data-number={number} style={MARK_STYLE}>{number ?? '*'}</sup>;
}

/** Bold, italic, underline around a leaf's content: the live editor's leaves use it too. */
export function marked(leaf: TextLeaf, content: ReactNode): ReactNode {
  let out = content;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.underline) out = <u>{out}</u>;
  return out;
}

/** The same chip as RefChip, showing what the reference prints at its place, without the popover. */
function StaticRef({ element }: { element: RefElement }): JSX.Element {
  const { chipText } = usePlanEditor();
  return (
    <span className="kh-ref" style={{ position: 'relative' }}>
      <span data-testid="ref-chip" data-field={element.field} style={chipStyle(element.children[0], false)}>
        {chipText(element)}
      </span>
    </span>
  );
}
