import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLibrarySearch, searchLibrary } from '../../../core/library/search';
import { normaliseTerm, queryTerms } from '../../../core/library/search-terms';
import { entry, sampleLibrary, viText } from './library-fixtures';

const ids = (query: string) => searchLibrary(sampleLibrary(), query).map((h) => h.entry.id);

describe('library search (Vietnamese-aware)', () => {
  it('finds the Chỉ thị 32 by its number-symbol whole, by its number, by its symbol and by a prefix of it', () => {
    for (const q of ['32-CT/TU', '32', 'CT/TU', '32-CT', '32-ct/tu', 'Chỉ thị 32']) expect(ids(q)[0], q).toBe('ct32');
    expect(ids('CT/TU')).toEqual(['ct32']);
  });

  it('finds a state document by its code 4045/QĐ-UBND and by QĐ-UBND; a Party number below 10 by "5" and "05"', () => {
    expect(ids('4045/QĐ-UBND')).toEqual(['qd4045']);
    expect(ids('QĐ-UBND')).toEqual(['qd4045']);
    expect(ids('05-CTr')).toEqual(['ctr05']);
    expect(ids('5-CTr/TU')).toEqual(['ctr05']);
  });

  it('never folds diacritics: "thực hiện" does not find text written "thuc hien", and "thuc hien" finds only it', () => {
    expect(ids('thực hiện')).not.toContain('thuc');
    expect(ids('thực hiện').sort()).toEqual(['ctr05', 'ctr12']);
    expect(ids('thuc hien')).toEqual(['thuc']);
    expect(ids('giao duc')).toEqual([]);
  });

  it('requires every typed word, and matches the word being typed as a prefix', () => {
    expect(ids('giáo dục tư tưởng')).toEqual(['ct32']);
    // "chính" is in the Chỉ thị's subject and in the issuer of the Nghị quyết (Bộ Chính trị): both.
    expect(ids('giáo dục chính').sort()).toEqual(['ct32', 'nq71']);
    expect(ids('giáo dục')).toEqual(expect.arrayContaining(['ct32', 'nq71']));
    expect(ids('giáo dục ')).toHaveLength(2);
    expect(ids('học si')).toEqual(['ct32']);
    // A finished word is not a prefix: "gi " does not stand for "giáo".
    expect(ids('gi ')).toEqual([]);
  });

  it('is case-insensitive the Vietnamese way (Đ/đ) and takes NFD and either tone placement', () => {
    expect(ids('ĐỘT PHÁ')).toEqual(['nq71']);
    expect(ids('đột phá'.normalize('NFD'))).toEqual(['nq71']);
    const lib = [entry({ id: 'a', subject: 'về hoà giải ở cơ sở' }), entry({ id: 'b', subject: 'về thuỷ lợi' })];
    expect(searchLibrary(lib, 'hòa giải').map((h) => h.entry.id)).toEqual(['a']);
    expect(searchLibrary(lib, 'thủy').map((h) => h.entry.id)).toEqual(['b']);
  });

  it('ranks a number-symbol hit above a mention of the same number in another subject', () => {
    const r = ids('71');
    expect(r[0]).toBe('nq71');
    expect(r).toContain('ctr05');
  });

  it('finds a document from its citation pasted whole, and by its date typed either way', () => {
    expect(ids('Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy')).toEqual(['ct32']);
    expect(ids('24/04/2024')).toEqual(['ct32']);
    expect(ids('24/4/2024')).toEqual(['ct32']);
    // "của" typed last is the word being typed (a prefix), so it is kept: "của" is in no field here.
    expect(ids('của')).toEqual([]);
  });

  it('lists everything newest first when nothing is typed', () => {
    expect(ids('')).toEqual(['ctr05', 'nq71', 'ct32', 'qd4045', 'thuc', 'ctr12', 'nq07']);
  });

  it('finds any entry by any word of its subject, and a random word not in the library finds nothing (generated Vietnamese)', () => {
    fc.assert(
      fc.property(fc.array(viText, { minLength: 1, maxLength: 8 }), fc.nat(), (subjects, pick) => {
        const lib = subjects.map((subject, i) => entry({ id: `e${i}`, subject }));
        const search = createLibrarySearch(lib);
        const chosen = lib[pick % lib.length]!;
        const words = chosen.subject.split(' ');
        const word = words[pick % words.length]!;
        const found = search.search(`${word} `).map((h) => h.entry.id);
        expect(found).toContain(chosen.id);
        for (const id of found) expect(lib.find((e) => e.id === id)!.subject.split(' ')).toContain(word);
      }),
      { numRuns: 60 },
    );
  });

  it('lower-cases exactly as the Vietnamese locale does (generated text in capitals)', () => {
    fc.assert(fc.property(viText, (text) => {
      const upper = text.toLocaleUpperCase('vi');
      expect(normaliseTerm(upper)).toBe(normaliseTerm(upper.toLocaleLowerCase('vi')));
      expect(upper.toLowerCase()).toBe(upper.toLocaleLowerCase('vi'));
    }), { numRuns: 200 });
  });

  it('splits a typed code into one term and keeps syllables around it', () => {
    expect(queryTerms('Chỉ thị 32-CT/TU')).toEqual([
      { term: 'chỉ', prefix: false },
      { term: 'thị', prefix: false },
      { term: '32-ct/tu', prefix: true },
    ]);
  });
});
