import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft/draft-file';
import type { RecipientGroup } from '../../../core/model/plan';
import { runCli } from '../../../electron/cli/run-cli';
import type { CliIo } from '../../../electron/cli/cli-io';
import { paragraphs, readDocx } from '../../helpers/docx-xml';

/**
 * Plans never seen before: random organisations, bases, sections, units and recipient groups,
 * made with the CLI's `new` from answers, exported, opened with `open-docx`, exported again.
 * The two DOCX must print the same paragraphs.
 */
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'kehoach-open-docx-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: work };
  const code = await runCli(args, io);
  return { code, out, err };
}

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const PLACES = ['Kiến Thụy', 'Thủy Nguyên', 'Hòa Bình', 'Ea Kar', 'Đắk Mil', 'Quảng Điền', 'Yên Lạc', 'Tiên Lữ', 'Bình Xuyên', 'Cẩm Giàng'];
const WORDS = 'nâng cao chất lượng hiệu quả công tác tuyên truyền giáo dục đổi mới phương thức lãnh đạo xây dựng chỉnh đốn Đảng phát triển kinh tế xã hội bảo đảm quốc phòng an ninh chuyển đổi số cải cách hành chính'.split(' ');
const sentence = fc
  .array(pick(WORDS), { minLength: 6, maxLength: 30 })
  .map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toLocaleUpperCase('vi'))}.`);
const title = fc.array(pick(WORDS), { minLength: 2, maxLength: 8 }).map((ws) => ws.join(' ').replace(/^./, (c) => c.toLocaleUpperCase('vi')));
const unitName = fc.tuple(pick(['Ban Tuyên giáo', 'Ban Tổ chức', 'Ủy ban Kiểm tra', 'Văn phòng', 'Ủy ban nhân dân', 'Đoàn Thanh niên']), pick(PLACES)).map(([a, b]) => `${a} ${b}`);
const recipientGroups = fc.array(
  fc.record({
    purpose: pick(['để b/c', 'để t/h', 'để p/h', '']),
    display: pick(['brace', 'each-line'] as const),
    items: fc.uniqueArray(unitName, { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 3 },
);

const partyAnswers = fc
  .record({
    place: pick(PLACES),
    kind: pick(['HUYỆN ỦY', 'ĐẢNG ỦY XÃ', 'ĐẢNG ỦY PHƯỜNG'] as const),
    number: fc.integer({ min: 1, max: 400 }),
    baseNumber: fc.integer({ min: 1, max: 150 }),
    baseType: pick(['Chỉ thị', 'Nghị quyết', 'Kết luận', 'Chương trình hành động'] as const),
    baseDay: fc.integer({ min: 1, max: 28 }),
    baseMonth: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 2019, max: 2026 }),
    subject: title,
    tasks: fc.array(fc.record({ title: fc.oneof(title, fc.constant('')), paragraphs: fc.array(sentence, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 5 }),
    units: fc.array(fc.record({ name: unitName, tasks: fc.array(sentence, { minLength: 1, maxLength: 3 }), bullets: fc.boolean() }), { minLength: 1, maxLength: 5 }),
    recipients: recipientGroups,
    profile: pick(['dang-hd36', 'dang-hd05'] as const),
  })
  .map((r) => {
    const upperPlace = r.place.toLocaleUpperCase('vi');
    const code = { 'HUYỆN ỦY': 'HU', 'ĐẢNG ỦY XÃ': 'ĐU', 'ĐẢNG ỦY PHƯỜNG': 'ĐU' }[r.kind];
    const codeOf = { 'Chỉ thị': 'CT', 'Nghị quyết': 'NQ', 'Kết luận': 'KL', 'Chương trình hành động': 'CTr' }[r.baseType];
    return {
      profile: r.profile,
      answers: {
        organisation: {
          superiorBody: `ĐẢNG BỘ TỈNH ${upperPlace}`,
          issuingBody: `${r.kind} ${upperPlace}`,
          symbolCode: code,
          placeName: r.place,
          collective: `Ban Thường vụ ${r.kind === 'HUYỆN ỦY' ? 'Huyện ủy' : 'Đảng ủy'}`,
          regime: 'dang',
          defaultProfile: r.profile,
          citationStyle: { commaBeforeDate: r.number % 2 === 0, dateStyle: 'numeric' },
          toneMarks: 'ủy',
          archiveLine: 'Lưu Văn phòng',
          signers: [{ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn An' }],
        },
        bases: [
          {
            type: r.baseType,
            regime: 'dang',
            number: String(r.baseNumber),
            symbol: `${codeOf}/TU`,
            date: `${r.year}-${String(r.baseMonth).padStart(2, '0')}-${String(r.baseDay).padStart(2, '0')}`,
            issuer: 'Ban Thường vụ Tỉnh ủy',
            subject: `về ${r.subject.toLocaleLowerCase('vi')}`,
          },
        ],
        number: r.number % 3 === 0 ? '' : String(r.number),
        date: { day: r.baseDay, month: r.baseMonth, year: r.year },
        recipients: r.recipients,
        fields: { tasks: r.tasks, units: r.units, leadUnit: 'Ban Tuyên giáo' },
      },
    };
  });

/** Recipient groups as the page shows them: neighbouring lines with one purpose written on each are one group. */
function asPrinted(groups: RecipientGroup[]): RecipientGroup[] {
  const out: RecipientGroup[] = [];
  for (const g of groups) {
    const group: RecipientGroup = g.purpose === '' ? { ...g, display: 'each-line' } : g;
    const last = out[out.length - 1];
    if (last && group.display === 'each-line' && last.display === 'each-line' && last.purpose === group.purpose) last.items = [...last.items, ...group.items];
    else out.push({ ...group, items: [...group.items] });
  }
  return out;
}

const stateAnswers = fc
  .record({
    place: pick(PLACES),
    office: pick([['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'GDĐT', 'Phòng GDĐT'], ['PHÒNG VĂN HÓA VÀ THÔNG TIN', 'VHTT', 'Phòng Văn hóa và Thông tin'], ['ỦY BAN NHÂN DÂN', 'UBND', 'Ủy ban nhân dân']] as const),
    bases: fc.array(
      fc.record({
        type: pick(['Quyết định', 'Công văn', 'Kế hoạch'] as const),
        number: fc.integer({ min: 10, max: 9999 }),
        day: fc.integer({ min: 1, max: 28 }),
        month: fc.integer({ min: 1, max: 12 }),
        subject: title,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    year: fc.integer({ min: 2019, max: 2026 }),
    generalTasks: fc.array(sentence, { minLength: 1, maxLength: 4 }),
    areas: fc.array(fc.record({ title, items: fc.array(sentence, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    units: fc.array(fc.record({ name: unitName, tasks: fc.array(sentence, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    recipients: recipientGroups,
  })
  .map((r) => {
    const code = { 'Quyết định': 'QĐ-UBND', 'Công văn': 'SGDĐT-KHTC', 'Kế hoạch': 'KH-UBND' };
    return {
      organisation: {
        superiorBody: `UBND HUYỆN ${r.place.toLocaleUpperCase('vi')}`,
        issuingBody: r.office[0],
        symbolCode: r.office[1],
        placeName: r.place,
        collective: r.office[2],
        regime: 'nha-nuoc',
        defaultProfile: 'nha-nuoc-nd30',
        citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
        toneMarks: 'ủy',
        archiveLine: 'Lưu: VT',
        signers: [{ authority: '', position: 'TRƯỞNG PHÒNG', name: 'Phạm Thị Hoa' }],
      },
      bases: r.bases.map((b) => ({
        type: b.type,
        regime: 'nha-nuoc',
        number: String(b.number),
        symbol: code[b.type],
        date: `${r.year}-${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`,
        issuer: `UBND huyện ${r.place}`,
        subject: `về ${b.subject.toLocaleLowerCase('vi')}`,
      })),
      number: '',
      date: { day: null, month: null, year: r.year },
      recipients: r.recipients,
      fields: { generalTasks: r.generalTasks, areas: r.areas, units: r.units, reportTo: 'Phòng GDĐT' },
    };
  });

const printed = async (file: string): Promise<string[]> =>
  paragraphs((await readDocx(readFileSync(file))).document)
    .map((p) => p.text.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');

describe('generated Party plans', () => {
  it('print the same after export, open-docx and export again', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(partyAnswers, async ({ answers }) => {
        n += 1;
        const base = path.join(work, `plan-${n}`);
        writeFileSync(`${base}.json`, JSON.stringify(answers));
        const made = await cli('new', '--template', 'dang-ke-hoach-thuc-hien', '--answers', `${base}.json`, '-o', `${base}.kehoach`);
        expect(made.err).toEqual([]);
        expect((await cli('export', `${base}.kehoach`, '-o', `${base}.docx`)).code).toBe(0);
        const opened = await cli('open-docx', `${base}.docx`, '-o', `${base}-opened.kehoach`);
        expect(opened.code).toBe(0);
        expect(opened.out.join('\n')).toContain('Đã nhận ra toàn bộ nội dung.');
        expect((await cli('export', `${base}-opened.kehoach`, '-o', `${base}-again.docx`)).code).toBe(0);
        expect(await printed(`${base}-again.docx`)).toEqual(await printed(`${base}.docx`));
        const reopened = parseDraft(readFileSync(`${base}-opened.kehoach`, 'utf8'));
        const original = parseDraft(readFileSync(`${base}.kehoach`, 'utf8'));
        if (!reopened.ok || !original.ok) throw new Error('draft does not load');
        expect(reopened.plan.recipients).toEqual(asPrinted(original.plan.recipients));
      }),
      { seed: 9, numRuns: 12 },
    );
  }, 120_000);
});

describe('generated state plans', () => {
  it('print the same after export, open-docx and export again', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(stateAnswers, async (answers) => {
        n += 1;
        const base = path.join(work, `state-${n}`);
        writeFileSync(`${base}.json`, JSON.stringify(answers));
        const made = await cli('new', '--template', 'nha-nuoc-ke-hoach', '--answers', `${base}.json`, '-o', `${base}.kehoach`);
        expect(made.err).toEqual([]);
        expect((await cli('export', `${base}.kehoach`, '-o', `${base}.docx`)).code).toBe(0);
        const opened = await cli('open-docx', `${base}.docx`, '-o', `${base}-opened.kehoach`);
        expect(opened.code).toBe(0);
        expect((await cli('export', `${base}-opened.kehoach`, '-o', `${base}-again.docx`)).code).toBe(0);
        expect(await printed(`${base}-again.docx`)).toEqual(await printed(`${base}.docx`));
        const reopened = parseDraft(readFileSync(`${base}-opened.kehoach`, 'utf8'));
        const original = parseDraft(readFileSync(`${base}.kehoach`, 'utf8'));
        if (!reopened.ok || !original.ok) throw new Error('draft does not load');
        expect(reopened.plan.organisation.regime).toBe('nha-nuoc');
        expect(reopened.plan.baseIds).toHaveLength(original.plan.baseIds.length);
      }),
      { seed: 11, numRuns: 10 },
    );
  }, 120_000);
});
