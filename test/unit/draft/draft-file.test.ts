import { describe, expect, it } from 'vitest';
import { DRAFT_FORMAT_VERSION, parseDraft, serializeDraft } from '../../../core/draft';
import type { Plan } from '../../../core/model';
import { readExampleDraft } from './example-fixtures';

const loadExample = (): Plan => {
  const result = parseDraft(readExampleDraft('an-lao'));
  if (!result.ok) throw new Error(result.error);
  return result.plan;
};

describe('serializeDraft / parseDraft round trip', () => {
  it('gives back the same plan, with the envelope the format documents', () => {
    const plan = loadExample();
    const text = serializeDraft(plan, new Date('2024-05-08T07:47:54.000Z'));
    const envelope = JSON.parse(text);
    expect(envelope.formatVersion).toBe(DRAFT_FORMAT_VERSION);
    expect(envelope.app).toBe('kehoach');
    expect(envelope.savedAt).toBe('2024-05-08T07:47:54.000Z');
    const again = parseDraft(text);
    expect(again).toEqual({ ok: true, plan });
  });

  it('writes pretty JSON that diffs line by line and ends with a newline', () => {
    const text = serializeDraft(loadExample());
    expect(text).toContain('\n  "formatVersion": 2,\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('stores NFC text even when the plan in memory holds NFD', () => {
    const plan = loadExample();
    const nfd = 'Huyện ủy An Lão'.normalize('NFD');
    const text = serializeDraft({ ...plan, organisation: { ...plan.organisation, collective: nfd } });
    expect(text).toContain('"collective": "Huyện ủy An Lão"');
    expect(text.normalize('NFC')).toBe(text);
  });
});

describe('parseDraft normalises text on load', () => {
  it('turns NFD strings anywhere in the plan into NFC', () => {
    const nfdText = readExampleDraft('an-lao').normalize('NFD');
    expect(nfdText).not.toBe(nfdText.normalize('NFC'));
    const result = parseDraft(nfdText);
    if (!result.ok) throw new Error(result.error);
    expect(result.plan.organisation.issuingBody).toBe('HUYỆN ỦY AN LÃO');
    expect(result.plan.organisation.issuingBody.length).toBe('HUYỆN ỦY AN LÃO'.normalize('NFC').length);
    expect(JSON.stringify(result.plan).normalize('NFC')).toBe(JSON.stringify(result.plan));
  });

  it('accepts a file that starts with a UTF-8 byte order mark (saved by Notepad)', () => {
    expect(parseDraft(`\uFEFF${readExampleDraft('an-lao')}`).ok).toBe(true);
  });
});
