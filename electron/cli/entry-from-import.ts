import { randomBytes } from 'node:crypto';
import type { ImportedText, SuggestedFacts } from '../../core/import/imported-text';
import type { LibraryEntry } from '../../core/library/library-entry';
import { describeEntryIssue, libraryEntryInputSchema } from '../../core/library/library-schema';
import { cleanText } from '../../core/text/clean-text';

/** dd/mm/yyyy (as clerks type it) or yyyy-mm-dd → ISO; anything else is left for the schema to refuse. */
export function isoFromTyped(value: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : value.trim();
}

/** A state symbol joins type and body with "-" (QĐ-UBND); a Party one with "/" (CT/TU). */
const guessRegime = (symbol: string): 'dang' | 'nha-nuoc' => (symbol.includes('/') || symbol === '' ? 'dang' : 'nha-nuoc');

/**
 * A library entry from an imported document: the facts read off its header (a suggestion),
 * corrected by what the clerk gave on the command line (`--type`, `--number`, … `--date 24/4/2024`).
 */
export function entryFromImport(text: ImportedText, facts: SuggestedFacts, given: Record<string, string | true>): { ok: true; entry: LibraryEntry } | { ok: false; error: string } {
  const opt = (name: string): string | undefined => (typeof given[name] === 'string' ? cleanText(given[name] as string).trim() : undefined);
  const symbol = opt('symbol') ?? facts.symbol ?? '';
  const input = {
    type: opt('type') ?? facts.type ?? '',
    regime: facts.regime ?? guessRegime(symbol),
    number: opt('number') ?? facts.number ?? '',
    symbol,
    date: isoFromTyped(opt('date') ?? facts.date ?? ''),
    issuer: opt('issuer') ?? facts.issuer ?? '',
    subject: opt('subject') ?? facts.subject ?? '',
    ...(opt('short-name') ? { shortName: opt('short-name') } : {}),
    text,
  };
  const parsed = libraryEntryInputSchema.safeParse(input);
  if (!parsed.success) {
    const hint = 'Không đọc được đủ thông tin văn bản từ tệp';
    // Name the option that supplies the missing fact, so the clerk can complete it on the command line.
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const option = { type: '--type', number: '--number', symbol: '--symbol', date: '--date', issuer: '--issuer', subject: '--subject' }[field];
    const sentence = describeEntryIssue(parsed.error, hint).replace(/ Hãy sửa lại rồi thử lại\.$/, '');
    return { ok: false, error: option ? `${sentence.replace(/\.$/, '')}; hãy ghi rõ bằng tuỳ chọn ${option}.` : sentence };
  }
  return { ok: true, entry: { ...parsed.data, id: parsed.data.id ?? `vb-${randomBytes(6).toString('hex')}`, revision: 0, updatedAt: new Date().toISOString() } as LibraryEntry };
}
