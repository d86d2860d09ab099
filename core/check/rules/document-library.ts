import { citeHead } from '../../citation/cite';
import type { DocumentRef } from '../../model/document-ref';
import { issuerKey, numberKey, symbolKey } from '../citations-in-text';
import { sameIssuer } from '../mention-match';
import type { CheckFix, CheckRule, Finding } from '../types';

const viDate = (iso: string): string => iso.split('-').reverse().join('/');

/** The library's entry for a document of the plan: same type, number and symbol (one only). */
function entryFor(doc: DocumentRef, library: readonly DocumentRef[]): DocumentRef | undefined {
  if (doc.number.trim() === '' || doc.symbol.trim() === '') return undefined;
  const same = library.filter((e) => e.type === doc.type && numberKey(e.number) === numberKey(doc.number) && symbolKey(e.symbol) === symbolKey(doc.symbol));
  return same.length === 1 ? same[0] : undefined;
}

/**
 * A document of the plan whose date or issuer differs from the office's library entry of the same
 * document: every live citation of it prints the wrong fact. The library is the office's record,
 * so the fix sets the plan's document to it.
 */
export const documentLibrary: CheckRule = {
  id: 'document-library',
  severity: 'error',
  title: 'Văn bản căn cứ khác với thư viện văn bản',
  explanation: 'Thông tin văn bản căn cứ của kế hoạch (ngày ban hành, cơ quan ban hành) phải khớp với văn bản đó trong thư viện; sai ở đây thì mọi chỗ trích dẫn tự động đều in sai.',
  check({ plan, library }) {
    if (library.length === 0) return [];
    const findings: Finding[] = [];
    plan.documents.forEach((doc, i) => {
      const entry = entryFor(doc, library);
      if (!entry) return;
      const label = `Văn bản căn cứ: ${citeHead(doc)}`;
      const fix = (field: 'date' | 'issuer', value: string): CheckFix => ({
        label: `Sửa theo thư viện: “${field === 'date' ? viDate(value) : value}”`,
        edits: [{ kind: 'field', path: ['documents', i, field], expected: doc[field], value }],
      });
      if (entry.date !== '' && doc.date !== entry.date)
        findings.push({
          ruleId: documentLibrary.id,
          severity: documentLibrary.severity,
          message: `${citeHead(doc)} trong thư viện ban hành ngày ${viDate(entry.date)}, kế hoạch lại ghi ${doc.date ? viDate(doc.date) : 'không có ngày'}; hãy sửa ngày ban hành.`,
          location: { area: 'documents', documentId: doc.id, field: 'date', label, excerpt: doc.date ? viDate(doc.date) : '' },
          fix: fix('date', entry.date),
        });
      if (entry.issuer !== '' && doc.issuer !== '' && !sameIssuer(doc.issuer, entry.issuer) && issuerKey(doc.issuer) !== issuerKey(entry.issuer))
        findings.push({
          ruleId: documentLibrary.id,
          severity: documentLibrary.severity,
          message: `${citeHead(doc)} trong thư viện do ${entry.issuer} ban hành, kế hoạch lại ghi “${doc.issuer}”; hãy sửa cơ quan ban hành.`,
          location: { area: 'documents', documentId: doc.id, field: 'issuer', label, excerpt: doc.issuer },
          fix: fix('issuer', entry.issuer),
        });
    });
    return findings;
  },
};
