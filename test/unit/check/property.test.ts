import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, applyFix, placesOf, runChecks } from '../../../core/check';
import type { InlineNode, Plan, Section } from '../../../core/model';
import { taskTable } from '../../../core/model/appendix';
import { EXAMPLE_NAMES } from '../draft/example-fixtures';
import { fuzzText } from '../property/fuzz-text';
import { asSignedPlan, examplePlan } from './check-fixtures';

/**
 * The checker on plans it has never seen: the example drafts (corrected and as signed) with
 * random paragraphs put in (random text as clerks and their tools produce it — NFD, controls,
 * emoji — mixed with the defects the rules look for and live references), random recipients and
 * signatures. Whatever the text: no crash, every location reads its excerpt, every fix applies,
 * removes its finding, and its inverse gives the plan back exactly.
 */

const TODAY = new Date(2026, 1, 1);
const BASES = Object.fromEntries(EXAMPLE_NAMES.flatMap((n) => [[n, examplePlan(n)], [`${n} as signed`, asSignedPlan(n)]])) as Record<string, Plan>;

const DEFECTS = [
  'Chỉ thị 32-CT/TU', 'Chỉ thị số 32-CT/TU ngày 24/4/2025', 'Chương trình hành động số 05', 'Công văn số 3360/SDDĐT-CTTT ngày 15/9/2023',
  'trước ngày 03/01/2023 (thứ Tư)', 'hoàn thành trong tháng 12/2031', 'thứ Hai, ngày 05/02/2024', 'trước ngày 31/02/2024',
  'Huyện uỷ', 'hoà bình', 'Khoá VIII', 'Bộ GD&ĐT', 'Bộ GDĐT', 'GDĐT', '668/S GDĐT-KHTC', 'SGDĐT-CTTT', '  ', ' ,', '2030., ', ',,', '“', '”',
  '3.1. ', '3.3. ', 'a) ', 'c) ', 'Thành ủy Hà nội', 'thành phố Hà Nội', 'ệ'.normalize('NFD'), 'Huyện ủy'.normalize('NFD'), 'trỉen', '…', 'v.v...',
];

const piece: fc.Arbitrary<InlineNode> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...DEFECTS).map((text) => ({ text })) },
  { weight: 4, arbitrary: fuzzText({ maxAtoms: 5 }).map((text) => ({ text })) },
  { weight: 2, arbitrary: fc.constantFrom('citation.full', 'citation.short', 'citation.date', 'org.collective', 'plan.year').map((field) => ({ type: 'ref' as const, field: field as 'citation.full', children: [{ text: '' }] as [{ text: string }] })) },
  { weight: 1, arbitrary: fc.constant({ type: 'footnote' as const, note: 'Ghi chú', children: [{ text: '' }] as [{ text: string }] }) },
);
const paragraphNodes = fc.array(piece, { minLength: 1, maxLength: 8 });

const caseArb = fc.record({
  base: fc.constantFrom(...Object.keys(BASES)),
  inserts: fc.array(fc.record({ section: fc.nat(), at: fc.nat(), nodes: paragraphNodes, bullet: fc.boolean() }), { minLength: 1, maxLength: 6 }),
  summary: fc.option(paragraphNodes, { nil: undefined }),
  recipient: fc.option(fc.constantFrom('Thành ủy Hà nội', 'Ban Tuyên giáo Thành uỷ,', '- UBND phường;', 'Ủy ban Kiểm tra'), { nil: undefined }),
  authority: fc.option(fc.constantFrom('K/T BÍ THƯ', 'TM. ỦY BAN NHÂN DÂN', 'T/M BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', ''), { nil: undefined }),
  name: fc.option(fc.constantFrom('', 'Nguyễn Văn A'), { nil: undefined }),
  archive: fc.option(fc.constantFrom('Lưu: VT', 'Lưu VT, GDĐT', 'Văn phòng', 'Lưu Văn phòng.'), { nil: undefined }),
  unit: fc.option(fc.constantFrom('Hội Cựu chiến binh', 'Ban Dân vận Huyện ủy', 'Chế độ báo cáo'), { nil: undefined }),
  tasks: fc.option(
    fc.array(fc.record({ lead: fc.constantFrom('UBND phường', 'Đoàn Thanh niên', 'Hội Phụ nữ'), deadline: fc.constantFrom('Quý I/2031', '15/02/2024', 'tháng 13/2024', 'Quý II/2026', '') }), { minLength: 1, maxLength: 4 }),
    { nil: undefined },
  ),
});

function flat(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): Plan {
  const plan = structuredClone(BASES[c.base]!);
  const all = flat(plan.sections);
  for (const insert of c.inserts) {
    const section = all[insert.section % all.length]!;
    const block = insert.bullet ? { type: 'bullet' as const, marker: '-' as const, children: insert.nodes } : { type: 'paragraph' as const, children: insert.nodes };
    section.body.splice(insert.at % (section.body.length + 1), 0, structuredClone(block));
  }
  if (c.summary) plan.summary = [...plan.summary, { text: ' ' }, ...structuredClone(c.summary)];
  if (c.recipient !== undefined) plan.recipients[0]?.items.push(c.recipient);
  if (c.authority !== undefined) plan.signature = { ...plan.signature, authority: c.authority };
  if (c.name !== undefined) plan.signature = { ...plan.signature, name: c.name };
  if (c.archive !== undefined) plan.organisation = { ...plan.organisation, archiveLine: c.archive };
  const organise = plan.sections.find((sec) => sec.key === 'to-chuc-thuc-hien');
  if (c.unit !== undefined && organise) organise.children.push({ id: 'gen-unit', title: c.unit, body: [{ type: 'paragraph', children: [{ text: 'Thực hiện.' }] }], children: [] });
  if (c.tasks) {
    const table = taskTable(c.tasks.map((t) => ({ content: 'Nhiệm vụ', lead: t.lead, partners: [], deadline: t.deadline })));
    plan.appendices = [{ id: 'gen-tasks', title: 'Phân công', orientation: 'landscape', attachLine: [], body: [table], kind: 'tasks' }];
  }
  return plan;
}

const same = (a: Finding, b: Finding): boolean =>
  a.ruleId === b.ruleId &&
  JSON.stringify({ ...a.location, label: '' }) === JSON.stringify({ ...b.location, label: '' });

describe('checker on generated plans (property)', () => {
  it('never crashes, locations read their excerpts, fixes remove their findings and their inverses undo them', () => {
    let fixesTried = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const plan = build(c);
        const findings = runChecks(plan, { today: TODAY });
        const places = placesOf(plan);
        for (const f of findings) {
          if (f.location.start === undefined) continue;
          expect(places.find(f.location)?.text.slice(f.location.start, f.location.end)).toBe(f.location.excerpt);
        }
        for (const f of findings.filter((x) => x.fix).slice(0, 8)) {
          fixesTried += 1;
          const applied = applyFix(plan, f.fix!);
          if (!applied.ok) throw new Error(`${f.ruleId} «${f.location.excerpt}»: ${applied.reason}`);
          const after = runChecks(applied.plan, { today: TODAY });
          expect(after.filter((x) => same(x, f)).map((x) => `${x.ruleId} «${x.location.excerpt}»`)).toEqual([]);
          const undone = applyFix(applied.plan, applied.inverse);
          if (!undone.ok) throw new Error(undone.reason);
          expect(undone.plan).toEqual(plan);
        }
      }),
      { numRuns: 40, seed: 10 },
    );
    // Not vacuous: the generated defects give fixes to try.
    expect(fixesTried).toBeGreaterThan(40);
  }, 120_000);

  it('is deterministic: the same plan gives the same findings', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const plan = build(c);
        expect(runChecks(structuredClone(plan), { today: TODAY })).toEqual(runChecks(plan, { today: TODAY }));
      }),
      { numRuns: 10, seed: 3 },
    );
  });
});
