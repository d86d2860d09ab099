import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChange, diffPlans } from '../../../core/diff';
import type { PlanDiff } from '../../../core/diff/types';
import type { VersionSummary } from '../../../core/versions';
import { versionLabel, versionTimeLabel, whyLabel } from '../../../core/versions';
import { changeLines, readablePieces, refValueNote, changedParts, compareSessionReducer, comparisonFileName, countsText, moveEnds, moveNote, refChangeText } from '../../../renderer/state/compare-screen';
import { initialVersionsDialog, orderedPicks, versionsDialogReducer } from '../../../renderer/state/versions-dialog';
import { anLaoPlan } from '../../helpers/fixtures';

const version = (id: string, savedAt: string, why: VersionSummary['why'] = 'manual', note = ''): VersionSummary => ({ id, planId: 'p', savedAt, note, why, title: 'Kế hoạch' });

describe('versions dialog state', () => {
  const listing = { versions: [version('c', '2026-11-28T09:00:00Z'), version('b', '2026-11-28T08:00:00Z'), version('a', '2026-11-28T07:00:00Z')], problems: [] };
  const loaded = versionsDialogReducer(initialVersionsDialog, { type: 'loaded', listing });

  it('picks two at most: a third pick lets go of the earliest, a second click unpicks', () => {
    let s = versionsDialogReducer(loaded, { type: 'toggle-pick', key: 'a' });
    s = versionsDialogReducer(s, { type: 'toggle-pick', key: 'b' });
    s = versionsDialogReducer(s, { type: 'toggle-pick', key: 'current' });
    expect(s.picked).toEqual(['b', 'current']);
    s = versionsDialogReducer(s, { type: 'toggle-pick', key: 'b' });
    expect(s.picked).toEqual(['current']);
    expect(orderedPicks(s)).toBeNull();
  });

  it('compares the older pick with the newer whatever the order of clicks; the text open now is the newest', () => {
    let s = versionsDialogReducer(loaded, { type: 'toggle-pick', key: 'current' });
    s = versionsDialogReducer(s, { type: 'toggle-pick', key: 'b' });
    expect(orderedPicks(s)).toEqual({ old: 'b', new: 'current' });
    s = versionsDialogReducer(versionsDialogReducer(loaded, { type: 'toggle-pick', key: 'c' }), { type: 'toggle-pick', key: 'a' });
    expect(orderedPicks(s)).toEqual({ old: 'a', new: 'c' });
  });

  it('for any clicks: never more than two picks, all of them listed ones', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'current'), { maxLength: 20 }), (keys) => {
        const s = keys.reduce((st, key) => versionsDialogReducer(st, { type: 'toggle-pick', key }), loaded);
        expect(s.picked.length).toBeLessThanOrEqual(2);
        expect(new Set(s.picked).size).toBe(s.picked.length);
        const pair = orderedPicks(s);
        if (pair) expect(pair.old).not.toBe('current');
      }),
    );
  });

  it('opens afresh: no listing from an earlier opening, nothing picked, no error', () => {
    const s = versionsDialogReducer(versionsDialogReducer(loaded, { type: 'toggle-pick', key: 'a' }), { type: 'error', error: 'Lỗi.' });
    expect(versionsDialogReducer(s, { type: 'open' })).toEqual({ listing: null, picked: [], confirmRestore: null, error: null });
  });

  it('drops a pick whose version is no longer listed after a reload', () => {
    const s = versionsDialogReducer(versionsDialogReducer(loaded, { type: 'toggle-pick', key: 'a' }), { type: 'toggle-pick', key: 'current' });
    const reloaded = versionsDialogReducer(s, { type: 'loaded', listing: { versions: listing.versions.slice(0, 2), problems: [] } });
    expect(reloaded.picked).toEqual(['current']);
  });

  it('says why a version exists and when, as the clerk reads it', () => {
    expect(whyLabel({ why: 'export', exported: 'docx' })).toBe('Khi xuất Word');
    expect(whyLabel({ why: 'export', exported: 'pdf' })).toBe('Khi xuất PDF');
    expect(whyLabel({ why: 'manual' })).toBe('Lưu tay');
    expect(whyLabel({ why: 'restore' })).toBe('Trước khi khôi phục');
    const local = new Date(2026, 10, 8, 9, 5);
    expect(versionTimeLabel(local.toISOString())).toBe('08/11/2026 09:05');
    expect(versionLabel({ ...version('x', local.toISOString()), note: 'Góp ý lần 1' })).toBe('Phiên bản 08/11/2026 09:05 (Góp ý lần 1)');
  });
});

describe('compare screen state', () => {
  const old = { plan: anLaoPlan(), label: 'Phiên bản 1' };
  const next = { plan: anLaoPlan({ number: '99' }), label: 'Bản đang soạn' };

  it('opens with tone marks counted, toggles them, focuses parts again on a second click, closes', () => {
    let s = compareSessionReducer(null, { type: 'start', old, new: next });
    expect(s).toMatchObject({ ignoreToneMarks: false, focus: null, old: { label: 'Phiên bản 1' } });
    s = compareSessionReducer(s, { type: 'toggle-tone-marks' });
    expect(s?.ignoreToneMarks).toBe(true);
    s = compareSessionReducer(s, { type: 'focus', part: 3 });
    const again = compareSessionReducer(s, { type: 'focus', part: 3 });
    expect(again?.focus?.part).toBe(3);
    expect(again?.focus?.seq).not.toBe(s?.focus?.seq);
    expect(compareSessionReducer(again, { type: 'close' })).toBeNull();
    expect(compareSessionReducer(null, { type: 'toggle-tone-marks' })).toBeNull();
  });

  it('lists only the parts that changed, with their counts in words', () => {
    const a = anLaoPlan();
    const first = a.sections[0]!;
    const b = { ...a, sections: [{ ...first, title: `${first.title} mới` }, ...a.sections.slice(1)] };
    const diff = diffPlans(a, b);
    const parts = changedParts(diff);
    expect(parts.length).toBe(1);
    expect(countsText(parts[0]!.part)).toBe('1 đoạn sửa');
    expect(changedParts(diffPlans(a, a))).toEqual([]);
  });

  it('says where a moved paragraph went and where it came from', () => {
    const diff: PlanDiff = {
      refChanges: [{ field: 'document.date', label: 'Ngày của Chỉ thị số 32-CT/TU', before: '24/4/2024', after: '25/4/2024' }],
      parts: [
        { label: 'I. MỤC ĐÍCH', paragraphs: [{ kind: 'move-from', moveId: 1, text: 'Đoạn A' }], inserted: 0, deleted: 0, moved: 1, changed: 0 },
        { label: 'II. NHIỆM VỤ', paragraphs: [{ kind: 'move-to', moveId: 1, text: 'Đoạn A' }], inserted: 0, deleted: 0, moved: 1, changed: 0 },
      ],
    };
    const ends = moveEnds(diff);
    expect(moveNote(diff.parts[0]!.paragraphs[0] as never, ends)).toBe('Đoạn này chuyển đến mục II. NHIỆM VỤ');
    expect(moveNote(diff.parts[1]!.paragraphs[0] as never, ends)).toBe('Đã chuyển từ mục I. MỤC ĐÍCH');
    expect(refChangeText(diff.refChanges[0]!)).toBe('Ngày của Chỉ thị số 32-CT/TU: 24/4/2024 → 25/4/2024');
  });

  it('offers "so-sanh-<draft>.docx" as the comparison file name', () => {
    expect(comparisonFileName('an-lao.kehoach')).toBe('so-sanh-an-lao.docx');
    expect(comparisonFileName('.kehoach')).toBe('so-sanh-ke-hoach.docx');
  });
});

describe('changed words as the reader takes them in', () => {
  it('reads words changed side by side as one deletion and one insertion, spaces kept in both', () => {
    const pieces = [
      { op: 'same', text: '- ' }, { op: 'delete', text: 'Tăng' }, { op: 'insert', text: 'Đẩy' }, { op: 'same', text: ' ' },
      { op: 'delete', text: 'cường' }, { op: 'insert', text: 'mạnh' }, { op: 'same', text: ' công tác' },
    ] as const;
    expect(readablePieces([...pieces])).toEqual([
      { op: 'same', text: '- ' }, { op: 'delete', text: 'Tăng cường' }, { op: 'insert', text: 'Đẩy mạnh' }, { op: 'same', text: ' công tác' },
    ]);
  });

  it('never merges a live reference value, and for any pieces keeps both texts word for word', () => {
    const withRef = [{ op: 'delete', text: '24/4/2024', ref: 'document.date' }, { op: 'insert', text: '25/4/2024', ref: 'document.date' }, { op: 'same', text: ' ' }, { op: 'insert', text: 'mới' }] as const;
    expect(readablePieces([...withRef])).toEqual([...withRef]);
    const piece = fc.record({ op: fc.constantFrom('same', 'insert', 'delete'), text: fc.constantFrom(' ', 'hòa', 'ủy ban', ', ', '32-CT/TU'), ref: fc.option(fc.constant('x'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (raw) => {
        const pieces = raw.map((p) => (p.ref ? p : { op: p.op, text: p.text })) as Array<{ op: 'same' | 'insert' | 'delete'; text: string; ref?: string }>;
        const side = (ps: typeof pieces, drop: string) => ps.filter((p) => p.op !== drop).map((p) => p.text).join('');
        const read = readablePieces(pieces);
        expect(side(read, 'insert')).toBe(side(pieces, 'insert'));
        expect(side(read, 'delete')).toBe(side(pieces, 'delete'));
      }),
    );
  });
});

it('a reference-value change names only the words that changed', () => {
  const before = 'Chỉ thị số 32-CT/TU ngày 24/4/2024 của Ban Thường vụ Thành ủy';
  const after = 'Chỉ thị số 32-CT/TU ngày 25/4/2024 của Ban Thường vụ Thành ủy';
  const pieces = [
    { op: 'same', text: 'Thực hiện Chỉ thị số 32-CT/TU ngày ', ref: 'citation.ct32' }, { op: 'delete', text: '24/4/2024', ref: 'citation.ct32' },
    { op: 'insert', text: '25/4/2024', ref: 'citation.ct32' }, { op: 'same', text: ' của Ban Thường vụ Thành ủy', ref: 'citation.ct32' },
  ] as const;
  expect(refValueNote({ kind: 'ref-value', field: 'citation.ct32', before, after, pieces: [...pieces] })).toBe('24/4/2024 → 25/4/2024');
});

it('lists one line per changed paragraph of a part, pointing at it; only-changes and tone marks are toggled', () => {
  const a = anLaoPlan();
  const first = a.sections[0]!;
  const b = { ...a, sections: [{ ...first, title: `${first.title} mới` }, ...a.sections.slice(1)] };
  const part = changedParts(diffPlans(a, b))[0]!.part;
  const lines = changeLines(part, describeChange);
  expect(lines).toHaveLength(1);
  expect(part.paragraphs[lines[0]!.paragraph]!.kind).not.toBe('same');
  expect(lines[0]!.text).toMatch(/^Sửa: thêm «mới»$/);
  let s = compareSessionReducer(null, { type: 'start', old: { plan: a, label: 'a' }, new: { plan: b, label: 'b' } });
  s = compareSessionReducer(s, { type: 'focus', part: 0, paragraph: lines[0]!.paragraph });
  expect(s?.focus).toMatchObject({ part: 0, paragraph: lines[0]!.paragraph });
  s = compareSessionReducer(s, { type: 'toggle-only-changes' });
  expect(s?.onlyChanges).toBe(true);
  // Another comparison: the paragraph asked for is forgotten.
  expect(compareSessionReducer(s, { type: 'toggle-tone-marks' })?.focus).toBeNull();
});
