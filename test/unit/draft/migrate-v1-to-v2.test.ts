import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../core/draft';
import { baseDocuments, parentOf } from '../../../core/model';
import { layoutPlan } from '../../../core/render/layout';
import { paraText } from '../../../core/render/layout-para';

const here = dirname(fileURLToPath(import.meta.url));
const v1 = readFileSync(join(here, 'fixtures', 'dong-da-v1.kehoach'), 'utf8');

function load(text: string) {
  const result = parseDraft(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('version 1 → 2: documents as one set', () => {
  it('opens a version-1 draft (nested bases) as a set with the chain kept', () => {
    const { plan, migratedFrom } = load(v1);
    expect(migratedFrom).toBe(1);
    const [base] = baseDocuments(plan);
    expect(base?.symbol).toBe('CTr/TU');
    expect(parentOf(plan, base!)?.symbol).toBe('NQ/TW');
    expect(plan.documents).toHaveLength(2);
  });

  it('prints the same opening sentence as before the migration', () => {
    const { plan } = load(v1);
    const opening = paraText(layoutPlan(plan).body[0]!);
    expect(opening).toBe(
      'Thực hiện Chương trình hành động số 05-CTr/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Đảng ủy phường Đông Đa ban hành Kế hoạch triển khai thực hiện như sau:',
    );
  });

  it('merges a document typed both as a base and as the parent of another base, and retargets references to the copy', () => {
    const draft = JSON.parse(v1);
    const [ctr] = draft.plan.bases;
    // The grandparent typed again as a second base, with an id of its own that a reference targets.
    draft.plan.bases.push({ ...ctr.implements, id: 'nq71-copy' });
    draft.plan.preamble[0].children.push({ type: 'ref', field: 'citation.short', target: 'nq71-copy', children: [{ text: '' }] });
    const { plan } = load(JSON.stringify(draft));
    expect(plan.documents).toHaveLength(2);
    expect(plan.baseIds).toHaveLength(2);
    const [first, second] = baseDocuments(plan);
    expect(parentOf(plan, first!)).toBe(second);
    const targets = JSON.stringify(plan.preamble).match(/"target":"[^"]+"/g) ?? [];
    expect(targets.every((t) => plan.documents.some((d) => t === `"target":"${d.id}"`))).toBe(true);
  });
});
