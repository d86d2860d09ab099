import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenNested } from '../../../core/model/document-set';
import { libraryEntrySchema, describeEntryIssue, libraryEntryInputSchema } from '../../../core/library/library-schema';
import { makeBundle, parseBundle, serializeBundle } from '../../../core/library/library-bundle';
import { mergeBundle } from '../../../core/library/merge-bundle';
import { nestedFromLibrary, wouldMakeCycle } from '../../../core/library/library-chain';
import { mergeThreeWay } from '../../../core/library/three-way-merge';
import { entry, sampleLibrary, viText } from './library-fixtures';

const at = new Date('2026-02-01T08:00:00Z');

describe('library entry schema', () => {
  it('accepts the sample entries and refuses a number without symbol with one Vietnamese sentence naming the field', () => {
    for (const e of sampleLibrary()) expect(libraryEntrySchema.safeParse(e).success).toBe(true);
    const bad = libraryEntrySchema.safeParse(entry({ id: 'x', number: '32', symbol: '', issuer: 'Ban' }));
    expect(bad.success).toBe(false);
    if (!bad.success) expect(describeEntryIssue(bad.error, 'Không lưu được văn bản')).toBe('Không lưu được văn bản: ký hiệu — thiếu ký hiệu văn bản (ví dụ CT/TU). Hãy sửa lại rồi thử lại.');
    const wrongDate = libraryEntryInputSchema.safeParse({ ...entry({ id: 'x' }), date: '2024-02-30' });
    expect(wrongDate.success).toBe(false);
    if (!wrongDate.success) expect(describeEntryIssue(wrongDate.error, 'Không lưu được văn bản')).toMatch(/^Không lưu được văn bản: ngày ban hành — /);
  });
});

describe('chain of an entry', () => {
  it('gives the entry with the documents it implements, nested, so a plan picking it gets its whole chain', () => {
    const nested = nestedFromLibrary(sampleLibrary(), 'ctr05');
    expect(nested).toMatchObject({ id: 'ctr05', number: '05', implements: { id: 'nq71', number: '71' } });
    expect(nested).not.toHaveProperty('revision');
    const set = flattenNested([nested!]);
    expect(set.baseIds).toEqual(['ctr05']);
    expect(set.documents.map((d) => [d.id, d.implementsId])).toEqual([['ctr05', 'nq71'], ['nq71', undefined]]);
  });

  it('stops at a loop and refuses a link that would make one', () => {
    const lib = [entry({ id: 'a', implementsId: 'b' }), entry({ id: 'b', implementsId: 'a' })];
    expect(nestedFromLibrary(lib, 'a')).toMatchObject({ id: 'a', implements: { id: 'b' } });
    expect(nestedFromLibrary(lib, 'a')?.implements?.implements).toBeUndefined();
    expect(wouldMakeCycle(sampleLibrary(), 'nq71', 'ctr05')).toBe(true);
    expect(wouldMakeCycle(sampleLibrary(), 'ct32', 'nq71')).toBe(false);
  });
});

describe('library bundle', () => {
  it('round-trips through its JSON file, and refuses another file or a newer version in one sentence', () => {
    const bundle = makeBundle(sampleLibrary(), at, 'Huyện ủy An Lão');
    const back = parseBundle(JSON.parse(serializeBundle(bundle)));
    expect(back).toEqual({ ok: true, bundle });
    expect(parseBundle({ app: 'kehoach' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Tệp này không phải tệp thư viện/) });
    expect(parseBundle({ ...bundle, version: 9 })).toMatchObject({ ok: false, error: expect.stringMatching(/phiên bản mới hơn/) });
    const broken = parseBundle({ ...bundle, entries: [{ ...sampleLibrary()[0], type: '' }] });
    expect(broken).toMatchObject({ ok: false, error: expect.stringMatching(/^Văn bản thứ 1 trong tệp thư viện không hợp lệ: loại văn bản — /) });
  });
});

describe('merging a bundle into the library', () => {
  it('adds new documents, keeps the library\'s facts for the same document and only fills what it lacks; links are remapped', () => {
    const library = [entry({ id: 'mine-71', type: 'Nghị quyết', number: '71', symbol: 'NQ/TW', date: '2025-08-22', issuer: 'Bộ Chính trị', subject: '', revision: 3 })];
    const incoming = sampleLibrary().filter((e) => e.id === 'nq71' || e.id === 'ctr05');
    const merged = mergeBundle(library, incoming, at, 'Văn phòng');
    expect(merged.added).toBe(1);
    expect(merged.completed).toBe(1);
    const byId = new Map(merged.writes.map((e) => [e.id, e]));
    expect(byId.get('mine-71')).toMatchObject({ subject: 'về đột phá phát triển giáo dục và đào tạo', revision: 4, updatedBy: 'Văn phòng' });
    // The Chương trình now implements the library's own copy of the Nghị quyết.
    expect(byId.get('ctr05')?.implementsId).toBe('mine-71');
  });

  it('never overwrites a fact the clerk typed, and reports the documents whose facts differ', () => {
    const library = [entry({ id: 'ct32', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc A' })];
    const merged = mergeBundle(library, [entry({ id: 'other', number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc B' })], at);
    expect(merged.writes).toEqual([]);
    expect(merged.differing).toEqual(['ct32']);
  });

  it('is idempotent: merging the same bundle twice changes nothing the second time (generated documents)', () => {
    const doc = fc.record({ number: fc.integer({ min: 1, max: 999 }).map(String), subject: viText, issuer: viText });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), (docs) => {
        const incoming = docs.map((d, i) => entry({ id: `b${i}`, ...d, symbol: 'CT/TU', implementsId: i > 0 ? `b${i - 1}` : undefined }));
        const first = mergeBundle([], incoming, at);
        const library = first.writes;
        const second = mergeBundle(library, incoming, at);
        expect(second.writes).toEqual([]);
        expect(second.added).toBe(0);
        // Every link points to an entry of the library.
        for (const e of library) if (e.implementsId) expect(library.some((x) => x.id === e.implementsId)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('gives a new id to a bundle entry whose id is taken by another document', () => {
    const merged = mergeBundle([entry({ id: 'x', number: '1', symbol: 'CT/TU', issuer: 'A' })], [entry({ id: 'x', number: '2', symbol: 'CT/TU', issuer: 'A' })], at);
    expect(merged.writes.map((e) => e.id)).toEqual(['x-x']);
  });
});

describe('three-way merge of two clerks\' saves', () => {
  const base = { subject: 'về A', shortName: 'A', number: '1' };
  it('takes each side\'s change when they touch different fields', () => {
    expect(mergeThreeWay(base, { ...base, subject: 'về B' }, { ...base, shortName: 'C' })).toEqual({ ok: true, merged: { subject: 'về B', shortName: 'C', number: '1' }, fromTheirs: ['shortName'] });
  });
  it('reports a conflict when both changed the same field differently', () => {
    expect(mergeThreeWay(base, { ...base, subject: 'về B' }, { ...base, subject: 'về C' })).toEqual({ ok: false, conflicts: ['subject'] });
  });
  it('agrees when both made the same change', () => {
    expect(mergeThreeWay(base, { ...base, subject: 'về B' }, { ...base, subject: 'về B' })).toMatchObject({ ok: true, merged: { subject: 'về B' } });
  });
});
