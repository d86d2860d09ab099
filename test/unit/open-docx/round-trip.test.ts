import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';
import { exportDocx } from '../../../core/docx/export-docx';
import type { Plan } from '../../../core/model/plan';
import { TASK_COLUMNS, createAppendix } from '../../../core/model/appendix';
import type { ProfileId } from '../../../core/model/organisation';
import { openDocxPlan } from '../../../electron/services/open-docx/open-docx-plan';
import { paragraphs, readDocx } from '../../helpers/docx-xml';

/**
 * Round trip: each example draft exported to DOCX with the project's exporter, opened again as a
 * draft, exported again, must print the same paragraphs (numbers, citations, recipients and
 * signature included), also when the second export uses another profile.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const example = (name: string): Plan => {
  const parsed = parseDraft(readFileSync(path.join(repo, 'docs/examples', `${name}.kehoach`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.plan;
};

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
async function printed(plan: Plan): Promise<string[]> {
  const parts = await readDocx(await exportDocx(plan));
  return paragraphs(parts.document).map((p) => norm(p.text)).filter((t) => t !== '');
}
const withProfile = (plan: Plan, profile: ProfileId): Plan => ({ ...plan, profile });
const sectionNumbers = (texts: string[]): string[] => texts.flatMap((t) => /^((?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)[.)]|[a-zđ]\))\s/u.exec(t)?.[1] ?? []);

async function reopen(plan: Plan): Promise<{ plan: Plan; notes: string[] }> {
  const { plan: opened, notes } = await openDocxPlan(await exportDocx(plan));
  // What is opened must be a valid draft.
  const again = parseDraft(serializeDraft(opened));
  if (!again.ok) throw new Error(again.error);
  return { plan: again.plan, notes: notes.map((n) => n.message) };
}

describe.each([
  ['an-lao', 'dang-hd05'],
  ['dong-da', 'dang-hd05'],
  ['thanh-xuan', 'nha-nuoc-nd30'],
] as const)('%s opened from its own DOCX', (name, otherProfile) => {
  it('prints the same text, section numbers, recipients and signature', async () => {
    const original = example(name);
    const { plan, notes } = await reopen(original);
    const before = await printed(original);
    const after = await printed(plan);
    expect(before.length).toBeGreaterThan(30);
    expect(after).toEqual(before);
    expect(sectionNumbers(after)).toEqual(sectionNumbers(before));
    expect(sectionNumbers(after).length).toBeGreaterThan(5);
    expect(plan.recipients).toEqual(original.recipients);
    expect(plan.organisation.archiveLine).toBe(original.organisation.archiveLine);
    expect(plan.signature).toEqual(original.signature);
    expect(notes).toEqual([]);
  });

  it('keeps the bases as documents and live references', async () => {
    const original = example(name);
    const { plan } = await reopen(original);
    const facts = (p: Plan) => p.baseIds.map((id) => p.documents.find((d) => d.id === id)).map((d) => [d?.type, d?.number, d?.symbol, d?.date, d?.issuer]);
    expect(facts(plan)).toEqual(facts(original));
    const refs = JSON.stringify(plan.preamble).match(/"type":"ref"/g) ?? [];
    expect(refs.length).toBeGreaterThanOrEqual(2);
  });

  it(`prints the same under ${otherProfile} as the original does`, async () => {
    const original = example(name);
    const { plan } = await reopen(original);
    expect(await printed(withProfile(plan, otherProfile))).toEqual(await printed(withProfile(original, otherProfile)));
  });

  it('survives a second round through the other profile', async () => {
    const original = example(name);
    const first = await reopen(withProfile(original, otherProfile));
    const second = await reopen(withProfile(first.plan, original.profile));
    expect(await printed(second.plan)).toEqual(await printed(original));
  });
});

describe('footnotes', () => {
  it('come back as footnote nodes at their place, with their text', async () => {
    const original = example('an-lao');
    const section = original.sections[0]!.children[0]!;
    const first = section.body[0]!;
    if (first.type === 'table') throw new Error('unexpected table');
    first.children = [...first.children, { type: 'footnote', note: 'Ghi chú thử nghiệm về nguồn số liệu.', children: [{ text: '' }] }];
    const { plan } = await reopen(original);
    const reopened = plan.sections[0]!.children[0]!.body[0]!;
    if (reopened.type === 'table') throw new Error('unexpected table');
    expect(reopened.children.filter((n) => 'type' in n && n.type === 'footnote')).toEqual([{ type: 'footnote', note: 'Ghi chú thử nghiệm về nguồn số liệu.', children: [{ text: '' }] }]);
    expect(await printed(plan)).toEqual(await printed(original));
  });
});

describe('appendices', () => {
  it('come back after the signature with their title, tables, task kind and live attach line', async () => {
    const original = example('dong-da');
    original.appendices = [
      createAppendix('pl-1', false, {
        title: 'Phân công nhiệm vụ',
        kind: 'tasks',
        body: [{ type: 'table', rows: [[...TASK_COLUMNS], ['1', 'Tuyên truyền Nghị quyết', 'Ban Xây dựng Đảng', 'UBND phường', 'Quý I/2026', 'Báo cáo']], children: [{ text: '' }] }],
      }),
      createAppendix('pl-2', false, { title: 'Chỉ tiêu', body: [{ type: 'paragraph', children: [{ text: 'Tỷ lệ học sinh đi học đúng độ tuổi đạt 100%.' }] }] }),
    ];
    const { plan, notes } = await reopen(original);
    expect(notes).toEqual([]);
    expect(plan.appendices?.map((a) => [a.title, a.kind, a.body])).toEqual(original.appendices.map((a) => [a.title.toLocaleUpperCase('vi'), a.kind, a.body]));
    expect(JSON.stringify(plan.appendices?.[0]?.attachLine)).toContain('"field":"plan.numberSymbol"');
    expect(await printed(plan)).toEqual(await printed(original));
  });
});
