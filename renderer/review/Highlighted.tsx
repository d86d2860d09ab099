import type { JSX } from 'react';
import { termRanges } from '../../core/review/vi-terms';

/** A text with the words it shares with the other side marked (offsets of its NFC form). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] | null }): JSX.Element {
  const nfc = text.normalize('NFC');
  if (!terms || terms.length === 0) return <>{nfc}</>;
  const parts: JSX.Element[] = [];
  let at = 0;
  for (const { start, end } of termRanges(nfc, terms)) {
    if (start > at) parts.push(<span key={`t${at}`}>{nfc.slice(at, start)}</span>);
    parts.push(<mark key={`m${start}`} data-testid="review-shared-word" className="review-shared">{nfc.slice(start, end)}</mark>);
    at = end;
  }
  if (at < nfc.length) parts.push(<span key={`t${at}`}>{nfc.slice(at)}</span>);
  return <>{parts}</>;
}
