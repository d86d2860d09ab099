import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import type { Plan } from '../../../core/model';
import { isVietnameseSyllable } from '../../../core/text/legacy-encodings';
import { upperVi } from '../../../core/text/vi-case';
import { importDocument } from '../../../electron/services/import';
import { loadExample, sofficeConvert, tempDir } from '../../helpers/example-files';
import { capitalise, viWord } from '../../helpers/vi-random';

/**
 * Headers never seen: the example plans re-issued by random bodies in random places with random
 * numbers and dates, exported by the app (long names broken over lines as the layout does), read
 * back from the DOCX and from LibreOffice's PDF.
 */
const syllable = viWord.filter((w) => isVietnameseSyllable(w) && !['và', 'xã', 'tỉnh', 'huyện', 'quận', 'phường', 'các', 'của', 'khối', 'đảng'].includes(w));
const place = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((ws) => ws.map(capitalise).join(' '));

interface Case {
  example: 'an-lao' | 'thanh-xuan';
  superior: string;
  issuing: string;
  /** As cited: An Lão is signed "T/M BAN THƯỜNG VỤ", so its committee's documents are the standing committee's. */
  cited: string;
  code: string;
  place: string;
  number: number;
  date: [number, number, number];
}

const caseArb: fc.Arbitrary<Case> = fc
  .tuple(place, place, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([p1, p2, kind, number, y, m, d]) => {
    const common = { place: p2, number, date: [y, m, d] as [number, number, number] };
    switch (kind) {
      case 0:
        return { ...common, example: 'an-lao', superior: `ĐẢNG BỘ TỈNH ${upperVi(p1)}`, issuing: `HUYỆN ỦY ${upperVi(p2)}`, cited: `Ban Thường vụ Huyện ủy ${p2}`, code: 'HU' };
      case 1:
        return { ...common, example: 'an-lao', superior: `ĐẢNG BỘ THÀNH PHỐ ${upperVi(p1)}`, issuing: `ĐẢNG ỦY PHƯỜNG ${upperVi(p2)}`, cited: `Ban Thường vụ Đảng ủy phường ${p2}`, code: 'ĐU' };
      case 2:
        return { ...common, example: 'thanh-xuan', superior: `UBND QUẬN ${upperVi(p1)}`, issuing: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', cited: 'Phòng Giáo dục và Đào tạo', code: 'GDĐT' };
      default:
        // A long name the layout breaks over two lines.
        return { ...common, example: 'thanh-xuan', superior: '', issuing: `ỦY BAN NHÂN DÂN THÀNH PHỐ ${upperVi(p1)} ${upperVi(p2)} ${upperVi(p1)}`, cited: `Ủy ban nhân dân thành phố ${p1} ${p2} ${p1}`, code: 'UBND' };
    }
  });

function planFor(c: Case): Plan {
  const base = loadExample(c.example);
  return {
    ...base,
    number: String(c.number),
    date: { day: c.date[2], month: c.date[1], year: c.date[0] },
    organisation: { ...base.organisation, superiorBody: c.superior, issuingBody: c.issuing, symbolCode: c.code, placeName: c.place },
  };
}

const expectedFacts = (c: Case) => {
  const party = c.example === 'an-lao';
  return {
    type: 'Kế hoạch',
    regime: party ? 'dang' : 'nha-nuoc',
    number: party && c.number < 10 ? `0${c.number}` : String(c.number),
    symbol: party ? `KH/${c.code}` : `KH-${c.code}`,
    date: `${c.date[0]}-${String(c.date[1]).padStart(2, '0')}-${String(c.date[2]).padStart(2, '0')}`,
    place: c.place,
    issuer: c.cited,
  };
};

const cases = fc.sample(caseArb, { seed: 20260, numRuns: 16 });
let dir = '';
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('header facts of generated plans', () => {
  it('read from the DOCX', async () => {
    for (const c of cases) {
      const outcome = await importDocument(await exportDocx(planFor(c)), 'k.docx');
      if (!outcome.ok) throw new Error(outcome.error);
      expect(outcome.facts, JSON.stringify(c)).toMatchObject(expectedFacts(c));
    }
  });

  it('read from the PDF', async () => {
    dir = tempDir('kehoach-import-headers-');
    const paths: string[] = [];
    for (const [i, c] of cases.slice(0, 8).entries()) {
      const path = join(dir, `k${i}.docx`);
      writeFileSync(path, await exportDocx(planFor(c)));
      paths.push(path);
    }
    const pdfs = sofficeConvert(paths, 'pdf', dir);
    for (const [i, c] of cases.slice(0, 8).entries()) {
      const outcome = await importDocument(new Uint8Array(readFileSync(pdfs[i]!)), 'k.pdf');
      if (!outcome.ok) throw new Error(outcome.error);
      expect(outcome.facts, JSON.stringify(c)).toMatchObject(expectedFacts(c));
    }
  });
});
