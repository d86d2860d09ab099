import type { NestedDocument as DocumentRef } from '../../../core/model/document-ref';
import type { CitationStyle } from '../../../core/model/organisation';

/**
 * Citation styles, and documents that none of the three real plans cites (those are in
 * test/helpers/fixtures). Chỉ thị 29 with its short name, and the programme of Tỉnh ủy Thái
 * Nguyên that implements it, give the chain and short-name cases the examples do not have.
 */
export const NO_COMMA: CitationStyle = { commaBeforeDate: false, dateStyle: 'numeric' };
export const COMMA: CitationStyle = { commaBeforeDate: true, dateStyle: 'numeric' };
export const WORDS: CitationStyle = { commaBeforeDate: false, dateStyle: 'words' };

export const ct29: DocumentRef = {
  id: 'ct29',
  type: 'Chỉ thị',
  regime: 'dang',
  number: '29',
  symbol: 'CT/TW',
  date: '2024-01-05',
  issuer: 'Bộ Chính trị',
  subject: 'về …',
  shortName: 'Chỉ thị số 29-CT/TW',
};

export const ctr55: DocumentRef = {
  id: 'ctr55',
  type: 'Chương trình hành động',
  regime: 'dang',
  number: '55',
  symbol: 'CTr/TU',
  date: '2024-03-13',
  issuer: 'Ban Thường vụ Tỉnh ủy Thái Nguyên',
  subject: '',
  implements: ct29,
};
