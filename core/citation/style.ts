import type { CitationStyle } from '../model/organisation';

/** A citation style with every convention decided: the organisation's choices over the defaults. */
export type FullCitationStyle = Required<CitationStyle>;

export const CITATION_DEFAULTS: Omit<FullCitationStyle, 'commaBeforeDate' | 'dateStyle'> = {
  chainLink: 'về thực hiện',
  shortNameWord: 'viết tắt là',
  shortNameBrackets: 'each',
  basesJoin: 'semicolon',
  grouping: 'same-subject',
};

export function fullStyle(style: CitationStyle, override: Partial<CitationStyle> = {}): FullCitationStyle {
  const defined = <T extends object>(o: T): Partial<T> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  return { ...CITATION_DEFAULTS, ...defined(style), ...defined(override) } as FullCitationStyle;
}

/** "A; B; C", "A, B, C", "A; B và C", "A, B và C". */
export function joinList(items: string[], join: FullCitationStyle['basesJoin']): string {
  if (items.length <= 1) return items.join('');
  const separator = join.startsWith('semicolon') ? '; ' : ', ';
  if (!join.endsWith('-and')) return items.join(separator);
  return `${items.slice(0, -1).join(separator)} và ${items[items.length - 1]}`;
}
