import type { JSX } from 'react';
import type { DiffPiece } from '../../core/diff/types';
import { readablePieces } from '../state/compare-screen';

/**
 * A changed paragraph word by word: inserted words underlined and coloured, deleted ones struck
 * through, a piece of a live reference's value marked as such (its tooltip names the reference).
 */
export function ChangePieces(props: { pieces: DiffPiece[] }): JSX.Element {
  return (
    <>
      {readablePieces(props.pieces).map((p, i) => {
        const ref = p.ref ? { className: 'cmp-ref', title: `Giá trị tham chiếu: ${p.ref}`, 'data-ref': p.ref } : {};
        if (p.op === 'insert') return <ins key={i} data-testid="cmp-ins" {...ref}>{p.text}</ins>;
        if (p.op === 'delete') return <del key={i} data-testid="cmp-del" {...ref}>{p.text}</del>;
        return p.ref ? <span key={i} {...ref}>{p.text}</span> : <span key={i}>{p.text}</span>;
      })}
    </>
  );
}
