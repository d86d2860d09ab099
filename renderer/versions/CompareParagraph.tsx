import { memo, type JSX } from 'react';
import type { ParagraphChange } from '../../core/diff/types';
import { moveNote, refValueNote } from '../state/compare-screen';
import { ChangePieces } from './ChangePieces';

/** One paragraph of the inline comparison, drawn by how it changed. */
export const CompareParagraph = memo(function CompareParagraph(props: { change: ParagraphChange; index: number; focused: boolean; moves: Map<number, { from: string; to: string }> }): JSX.Element {
  const { change } = props;
  return <div className={props.focused ? 'cmp-row cmp-focused' : 'cmp-row'} data-paragraph-index={props.index}><Change change={change} moves={props.moves} /></div>;
});

function Change(props: { change: ParagraphChange; moves: Map<number, { from: string; to: string }> }): JSX.Element {
  const { change } = props;
  switch (change.kind) {
    case 'same':
      return <p className="cmp-para">{change.text}</p>;
    case 'insert':
      return <p className="cmp-para cmp-inserted" data-change="insert"><ins data-testid="cmp-ins">{change.text}</ins></p>;
    case 'delete':
      return <p className="cmp-para cmp-deleted" data-change="delete"><del data-testid="cmp-del">{change.text}</del></p>;
    case 'edit':
      return <p className="cmp-para" data-change="edit"><ChangePieces pieces={change.pieces} /></p>;
    case 'move-from':
    case 'move-to':
      return (
        <p className={`cmp-para cmp-${change.kind}`} data-change={change.kind} data-move-id={change.moveId}>
          <span className="cmp-note" data-testid="cmp-move-note">{moveNote(change, props.moves)}</span>
          {change.kind === 'move-to' && change.pieces ? <ChangePieces pieces={change.pieces} /> : <span className="cmp-moved-text">{change.text}</span>}
        </p>
      );
    case 'ref-value':
      return (
        <p className="cmp-para" data-change="ref-value">
          <ChangePieces pieces={change.pieces} />
          <span className="cmp-note cmp-ref-note" data-testid="cmp-ref-value">Giá trị tham chiếu đổi: {refValueNote(change)}</span>
        </p>
      );
  }
}
