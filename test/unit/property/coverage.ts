/**
 * What a set of generated answers contains, so a test can check that the generator really
 * produces what the issue names, instead of trusting it to.
 */
export type CoverageTag =
  | 'several bases'
  | 'chain of depth 3'
  | 'short name'
  | 'brace with long purpose'
  | 'blank day or month'
  | 'C0 control'
  | 'U+FFFE or U+FFFF'
  | 'lone surrogate'
  | 'emoji'
  | 'right-to-left'
  | 'NFD text'
  | '10k-character run';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

const chainDepth = (doc: any): number => (doc?.implements ? 1 + chainDepth(doc.implements) : 0);

export function coverageOf(answers: Record<string, any>): Set<CoverageTag> {
  const tags = new Set<CoverageTag>();
  const bases: any[] = Array.isArray(answers.bases) ? answers.bases : [];
  if (bases.length > 1) tags.add('several bases');
  if (bases.some((b) => chainDepth(b) >= 3)) tags.add('chain of depth 3');
  if (bases.some((b) => typeof b.shortName === 'string')) tags.add('short name');
  const groups: any[] = Array.isArray(answers.recipients) ? answers.recipients : [];
  if (groups.some((g) => g.display === 'brace' && typeof g.purpose === 'string' && g.purpose.length >= 40)) tags.add('brace with long purpose');
  if (typeof answers.date === 'object' && (answers.date.day === null || answers.date.month === null)) tags.add('blank day or month');
  for (const s of strings(answers)) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s)) tags.add('C0 control');
    if (/[\uFFFE\uFFFF]/.test(s)) tags.add('U+FFFE or U+FFFF');
    if (LONE_SURROGATE.test(s)) tags.add('lone surrogate');
    if (/\p{Extended_Pictographic}/u.test(s)) tags.add('emoji');
    if (/[\u0590-\u08FF\u200F\u202E]/.test(s)) tags.add('right-to-left');
    if (s.normalize('NFC') !== s) tags.add('NFD text');
    // Only the long atoms (10,000 tabs, newlines, marks, or one 10,000-character line) make a field this long.
    if (s.length >= 9_000) tags.add('10k-character run');
  }
  return tags;
}
