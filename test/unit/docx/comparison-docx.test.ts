import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraph, text } from '../../../core/model/inline';
import { createAppendix, taskTable } from '../../../core/model/appendix';
import { type TableElement, createTable } from '../../../core/model/table';
import { generatedDraft, seededRandom } from '../../helpers/generated-plans';
import { buildComparisonDocx } from '../../../core/docx/comparison/comparison-docx';
import { exportDocx } from '../../../core/docx/export-docx';
import { planParts } from '../../../core/diff/plan-text';
import type { Plan } from '../../../core/model/plan';
import { attrOf, child, elements, readDocx, sectPr } from '../../helpers/docx-xml';
import { EXAMPLE_NAMES, loadExample } from '../../helpers/example-files';
import { secondVersion } from '../../helpers/plan-versions';
import { tableText, trackedText } from '../../helpers/tracked-text';

const AUTHOR = 'Phòng Tổng hợp';
const DATE = new Date('2026-11-28T14:05:00Z');

/** The plan's paragraphs that the comparison writes as paragraphs (the header and closing blocks are tables when unchanged). */
const bodyLines = (plan: Plan, kinds = ['summary', 'opening', 'section', 'appendix']): string[] =>
  planParts(plan)
    .filter((p) => kinds.includes(p.kind))
    .flatMap((p) => p.items.filter((i) => i.role !== 'table-row').map((i) => i.text.replace(/\s*\n\s*/g, ' ')));

/** What accepting or rejecting gives, without what the layout draws and numbers (the rule or hyphens under the summary, "PHỤ LỤC"). */
const applied = (document: Parameters<typeof trackedText>[0], mode: 'accept' | 'reject'): string[] => trackedText(document, mode, ['Rule', 'SummaryHyphens', 'AppendixLabel']);

const build = (oldPlan: Plan, newPlan: Plan) => buildComparisonDocx({ old: oldPlan, new: newPlan, oldLabel: 'Bản 1', newLabel: 'Bản 2' }, { author: AUTHOR, date: DATE });

describe.each(EXAMPLE_NAMES)('comparison DOCX of two versions of %s', (name) => {
  const oldPlan = loadExample(name, false);
  const v2 = secondVersion(oldPlan);

  it('carries the changes as w:ins / w:del with the author, the date and an id of their own', async () => {
    const { document } = await readDocx(await build(oldPlan, v2.plan));
    const ins = elements(document, 'w:ins');
    const del = elements(document, 'w:del');
    expect(ins.length).toBeGreaterThan(0);
    expect(del.length).toBeGreaterThan(0);
    for (const mark of [...ins, ...del]) {
      expect(attrOf(mark, 'w:author')).toBe(AUTHOR);
      expect(attrOf(mark, 'w:date')).toBe('2026-11-28T14:05:00Z');
    }
    const ids = [...ins, ...del].map((m) => attrOf(m, 'w:id'));
    expect(new Set(ids).size).toBe(ids.length);
    // The old and new words are both in the file: the old as deleted text, the new as inserted text.
    const deleted = elements(document, 'w:delText').map((t) => t.textContent).join(' ');
    const inserted = ins.flatMap((m) => elements(m, 'w:t')).map((t) => t.textContent).join(' ');
    expect(deleted).toContain(v2.edited.before);
    expect(inserted).toContain(v2.edited.after);
  });

  it('accepting every change gives the new plan, rejecting every change the old one', async () => {
    const { document } = await readDocx(await build(oldPlan, v2.plan));
    expect(applied(document, 'accept')).toEqual(bodyLines(v2.plan));
    expect(applied(document, 'reject').sort()).toEqual(bodyLines(oldPlan).sort());
  });

  it('is in the new plan format profile: the export page setup, fonts and named styles', async () => {
    const cmp = await readDocx(await build(oldPlan, v2.plan));
    const exp = await readDocx(await exportDocx(v2.plan));
    for (const tag of ['w:pgSz', 'w:pgMar']) expect(child(sectPr(cmp.document), tag)?.toString()).toBe(child(sectPr(exp.document), tag)?.toString());
    expect(elements(cmp.styles, 'w:rPrDefault')[0]!.toString()).toBe(elements(exp.styles, 'w:rPrDefault')[0]!.toString());
    const styleIds = new Set(elements(cmp.document, 'w:pStyle').map((s) => attrOf(s, 'w:val')));
    expect(styleIds.has('BodyText')).toBe(true);
    expect(styleIds.has('Heading1')).toBe(true);
    const defined = new Set(elements(cmp.styles, 'w:style').map((s) => attrOf(s, 'w:styleId')));
    for (const id of ['BodyText', 'Heading1', 'Summary', 'DocumentType']) expect(defined.has(id)).toBe(true);
  });
});

describe('comparison DOCX of the header and closing blocks', () => {
  it('tracks a number filled in and a signer changed inside the new plan tables, line by line', async () => {
    const oldPlan = loadExample('an-lao', false);
    const newPlan: Plan = { ...oldPlan, number: '45', signature: { ...oldPlan.signature, name: 'Nguyễn Văn Mới' } };
    const cmp = await readDocx(await build(oldPlan, newPlan));
    const inTables = elements(cmp.document, 'w:tbl').flatMap((t) => elements(t, 'w:ins')).flatMap((m) => elements(m, 'w:t')).map((t) => t.textContent).join(' ');
    expect(inTables).toContain('45');
    expect(inTables).toContain('Mới');
    // Accepting gives the new plan's blocks as its own comparison prints them; rejecting, the old plan's.
    const newOnly = await readDocx(await build(newPlan, newPlan));
    const oldOnly = await readDocx(await build(oldPlan, oldPlan));
    expect(tableText(cmp.document, 'accept')).toEqual(tableText(newOnly.document, 'accept'));
    expect(tableText(cmp.document, 'reject')).toEqual(tableText(oldOnly.document, 'accept'));
    // The body has no change: every tracked change is inside the two tables.
    const tracked = [...elements(cmp.document, 'w:ins'), ...elements(cmp.document, 'w:del')];
    const inTable = (el: { parentNode: unknown }): boolean => {
      for (let n = el.parentNode as { nodeName?: string; parentNode: unknown } | null; n; n = n.parentNode as typeof n) if (n.nodeName === 'w:tbl') return true;
      return false;
    };
    expect(tracked.filter((el) => !inTable(el))).toEqual([]);
    expect(applied(cmp.document, 'accept')).toEqual(bodyLines(newPlan));
  });

  it('writes the closing block as tracked paragraphs when a recipient line was added (the block changed shape)', async () => {
    const oldPlan = loadExample('an-lao', false);
    const newPlan: Plan = { ...oldPlan, recipients: [...oldPlan.recipients, { purpose: '', display: 'each-line', items: ['Các phòng, ban chuyên môn'] }] };
    const { document } = await readDocx(await build(oldPlan, newPlan));
    const inserted = elements(document, 'w:ins').flatMap((m) => elements(m, 'w:t')).map((t) => t.textContent).join(' ');
    expect(inserted).toContain('Các phòng, ban chuyên môn');
    const kinds = ['summary', 'opening', 'section', 'recipients', 'signature', 'appendix'];
    expect(applied(document, 'accept')).toEqual(bodyLines(newPlan, kinds));
    expect(applied(document, 'reject').sort()).toEqual(bodyLines(oldPlan, kinds).sort());
  });

  it('has no tracked change at all when the two plans are the same', async () => {
    const plan = loadExample('dong-da', false);
    const { document } = await readDocx(await build(plan, structuredClone(plan)));
    expect(elements(document, 'w:ins')).toEqual([]);
    expect(elements(document, 'w:del')).toEqual([]);
  });
});

describe('comparison DOCX of generated plan pairs', () => {
  /** An example's frame with generated sections, and a second version with random edits of every kind. */
  const pair = (seed: number): [Plan, Plan] => {
    const frame = loadExample('an-lao', false);
    const oldPlan: Plan = { ...frame, sections: generatedDraft(3, seed).sections };
    const random = seededRandom(seed * 7 + 1);
    const newPlan = structuredClone(oldPlan);
    const leaves = newPlan.sections.flatMap((s) => s.children).filter((s) => s.body.length > 0);
    for (let k = 0; k < 6; k++) {
      const s = leaves[Math.floor(random() * leaves.length)]!;
      const i = Math.floor(random() * s.body.length);
      const op = random();
      const block = s.body[i] as { children?: Array<{ text: string }> } | undefined;
      if (op < 0.3 && block?.children?.[0]) block.children[0].text = block.children[0].text.replace(/\s\S+\s/, ' hoà ').normalize('NFD');
      else if (op < 0.5) s.body.splice(i, 1);
      else if (op < 0.7) s.body.splice(i, 0, paragraph(text(`Bổ sung: rà soát, báo cáo kết quả trước ngày ${k + 10}/12/2026.`)));
      else {
        const [moved] = s.body.splice(i, 1);
        const to = leaves[Math.floor(random() * leaves.length)]!;
        if (moved) to.body.splice(Math.floor(random() * (to.body.length + 1)), 0, moved);
      }
    }
    // Lines of the header and closing blocks changed in place (the blocks keep their shape).
    if (random() < 0.5) newPlan.number = '17';
    if (random() < 0.5) newPlan.date = { ...newPlan.date, day: 3, month: 1 };
    if (random() < 0.5) newPlan.signature = { ...newPlan.signature, name: 'Lê Thị Hoà' };
    if (random() < 0.5) newPlan.recipients = newPlan.recipients.map((g, i) => (i === 0 ? { ...g, items: g.items.map((it, j) => (j === 0 ? `${it} (bản điện tử)` : it)) } : g));
    return [oldPlan, newPlan];
  };

  it('accepting every change gives the new plan and rejecting every change the old one, whatever the edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), async (seed) => {
        const [oldPlan, newPlan] = pair(seed);
        const { document } = await readDocx(await build(oldPlan, newPlan));
        const cmp = (await readDocx(await build(oldPlan, newPlan))).document;
        const norm = (lines: string[]) => lines.map((l) => l.normalize('NFC'));
        expect(norm(applied(cmp, 'accept'))).toEqual(norm(bodyLines(newPlan)));
        expect(norm(applied(cmp, 'reject')).sort()).toEqual(norm(bodyLines(oldPlan)).sort());
        const newOnly = (await readDocx(await build(newPlan, newPlan))).document;
        const oldOnly = (await readDocx(await build(oldPlan, oldPlan))).document;
        expect(tableText(cmp, 'accept')).toEqual(tableText(newOnly, 'accept'));
        expect(tableText(cmp, 'reject')).toEqual(tableText(oldOnly, 'accept'));
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe('comparison DOCX of tables', () => {
  /** A plan with a table in a section and a task-assignment appendix, and a second version with rows and cells changed. */
  const withTables = (seed: number): [Plan, Plan] => {
    const random = seededRandom(seed);
    const frame = loadExample('dong-da', false);
    const task = (i: number) => ({ content: `Nhiệm vụ thứ ${i}: triển khai, kiểm tra việc thực hiện tại các đơn vị`, lead: i % 2 ? 'Ban Tuyên giáo' : 'Văn phòng', partners: ['Các chi bộ'], deadline: `Quý ${(i % 4) + 1}/2026` });
    const oldPlan: Plan = structuredClone({
      ...frame,
      appendices: [{ ...createAppendix('pl-1', true, { title: 'Phân công nhiệm vụ', kind: 'tasks' }), body: [taskTable(Array.from({ length: 6 }, (_, i) => task(i + 1)))] }],
    });
    oldPlan.sections[1]!.body.push(createTable(4, 3, [['Nội dung', 'Đơn vị', 'Thời gian'], ['Tuyên truyền', 'Các trường', 'Tháng 9'], ['Kiểm tra', 'Phòng GDĐT', 'Tháng 12'], ['Sơ kết', 'Quận ủy', 'Tháng 5']]));
    const newPlan = structuredClone(oldPlan);
    const tables = [newPlan.appendices![0]!.body[0] as TableElement, newPlan.sections[1]!.body.at(-1) as TableElement];
    for (let k = 0; k < 4; k++) {
      const t = tables[Math.floor(random() * tables.length)]!;
      const r = 1 + Math.floor(random() * (t.rows.length - 1));
      const op = random();
      if (op < 0.4) t.rows[r]![Math.floor(random() * t.rows[r]!.length)] = 'Đã sửa nội dung ô';
      else if (op < 0.7 && t.rows.length > 2) t.rows.splice(r, 1);
      else t.rows.splice(r, 0, t.rows[0]!.map((_, c) => `Hàng mới ${k}.${c}`));
    }
    return [oldPlan, newPlan];
  };

  it('draws compared rows as a Word table: rows added or removed are tracked rows, edited cells compared word by word', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), async (seed) => {
        const [oldPlan, newPlan] = withTables(seed);
        const cmp = (await readDocx(await build(oldPlan, newPlan))).document;
        const newOnly = (await readDocx(await build(newPlan, newPlan))).document;
        const oldOnly = (await readDocx(await build(oldPlan, oldPlan))).document;
        // Header, content tables and closing: accepted as the new plan's, rejected as the old plan's (rows in any order).
        expect(tableText(cmp, 'accept')).toEqual(tableText(newOnly, 'accept'));
        expect(tableText(cmp, 'reject').sort()).toEqual(tableText(oldOnly, 'accept').sort());
        // The new plan's cells are all there, as table cells.
        const cells = tableText(newOnly, 'accept');
        for (const t of [newPlan.appendices![0]!.body[0] as TableElement]) for (const row of t.rows) for (const cell of row) if (cell) expect(cells).toContain(cell);
        expect(applied(cmp, 'accept')).toEqual(bodyLines(newPlan));
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('marks a removed row as a tracked row deletion and an added row as a tracked row insertion', async () => {
    const [oldPlan] = withTables(1);
    const newPlan = structuredClone(oldPlan);
    const t = newPlan.appendices![0]!.body[0] as TableElement;
    t.rows.splice(2, 1);
    t.rows.push(['7', 'Nhiệm vụ bổ sung về chuyển đổi số', 'Văn phòng', '', 'Quý 4/2026', '']);
    const { document } = await readDocx(await build(oldPlan, newPlan));
    const rowMarks = elements(document, 'w:trPr').flatMap((pr) => [...elements(pr, 'w:ins'), ...elements(pr, 'w:del')].map((m) => m.nodeName));
    expect(rowMarks.sort()).toEqual(['w:del', 'w:ins']);
  });
});
