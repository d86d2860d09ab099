import { describe, expect, it } from 'vitest';
import { MIGRATIONS, parseDraft, DRAFT_FORMAT_VERSION } from '../../../core/draft';
import { readExampleDraft } from './example-fixtures';

/**
 * A draft as the pre-release preview (format 0) wrote it: the An Lão plan with its number as a
 * JS number, its date as an ISO string, its recipients as the lines typed in the preview
 * (archive line included) and no print options.
 */
function anLaoAsVersion0(overrides: Record<string, unknown> = {}): string {
  const draft = JSON.parse(readExampleDraft('an-lao'));
  const plan = draft.plan;
  plan.number = 45;
  plan.date = '2024-05-08';
  plan.recipients = [
    '- Ban Tuyên giáo Thành ủy,',
    '- TT Huyện ủy,',
    '- Ủy ban nhân dân huyện,',
    '- Lưu Văn phòng Huyện ủy.',
  ];
  delete plan.organisation.archiveLine;
  delete plan.options;
  delete plan.marks;
  Object.assign(plan, overrides);
  return JSON.stringify({ formatVersion: 0, app: 'kehoach', savedAt: '2024-04-30T10:00:00.000Z', plan });
}

describe('migrations', () => {
  it('form an ordered chain from version 0 to the current version', () => {
    expect(MIGRATIONS.map((step) => step.from)).toEqual([...Array(DRAFT_FORMAT_VERSION).keys()]);
  });
});

describe('opening a version 0 (preview) draft', () => {
  it('loads it and reports that it was migrated from version 0', () => {
    const result = parseDraft(anLaoAsVersion0());
    if (!result.ok) throw new Error(result.error);
    expect(result.migratedFrom).toBe(0);
  });

  it('keeps the number as digits and splits the ISO date into day, month and year', () => {
    const result = parseDraft(anLaoAsVersion0());
    if (!result.ok) throw new Error(result.error);
    expect(result.plan.number).toBe('45');
    expect(result.plan.date).toEqual({ day: 8, month: 5, year: 2024 });
  });

  it('turns a blank number and a year-only date into the blanks a clerk fills in at signing', () => {
    const result = parseDraft(anLaoAsVersion0({ number: null, date: '2024' }));
    if (!result.ok) throw new Error(result.error);
    expect(result.plan.number).toBe('');
    expect(result.plan.date).toEqual({ day: null, month: null, year: 2024 });
  });

  it('moves the typed recipient lines into one group and the "Lưu" line into the archive line', () => {
    const result = parseDraft(anLaoAsVersion0());
    if (!result.ok) throw new Error(result.error);
    expect(result.plan.recipients).toEqual([
      { purpose: '', display: 'each-line', items: ['Ban Tuyên giáo Thành ủy', 'TT Huyện ủy', 'Ủy ban nhân dân huyện'] },
    ]);
    expect(result.plan.organisation.archiveLine).toBe('Lưu Văn phòng Huyện ủy');
  });

  it('adds the print options a v0 draft did not have: single-sided, profile defaults', () => {
    const result = parseDraft(anLaoAsVersion0());
    if (!result.ok) throw new Error(result.error);
    expect(result.plan.options).toEqual({ mirrorMargins: false });
    expect(result.plan.marks).toEqual({});
  });

  it('still names the field when a v0 value cannot be migrated', () => {
    const result = parseDraft(anLaoAsVersion0({ date: 'tháng 5/2024' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Trường "plan\.date" /);
  });

  it('does not report a migration for a current draft', () => {
    const result = parseDraft(readExampleDraft('an-lao'));
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });
});
