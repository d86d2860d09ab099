import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfSettings } from '../../../electron/services/settings/open-conf-store';
import { CURRENT_SETTINGS_VERSION, defaultSettings } from '../../../electron/services/settings/settings-schema';
import { anLaoOrg as anLaoOrgAsPrinted } from '../../helpers/fixtures';
import { useTempDirs } from './temp-dir';

// An Lão as a v1 settings file held it: the issuing body typed as in running text (the header
// prints it in caps either way). The v1 migration labels the organisation with it.
const anLaoOrg = { ...anLaoOrgAsPrinted, issuingBody: 'Huyện ủy An Lão' };

const tempDir = useTempDirs();
const settingsFile = (dir: string) => path.join(dir, 'settings.json');
const backups = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.bak'));

describe('settings stored with conf', () => {
  it('starts a fresh installation with defaults written to <dataDir>/settings.json', async () => {
    const dir = tempDir();
    const store = await openConfSettings(dir);
    expect(store.get()).toEqual(defaultSettings());
    expect(JSON.parse(readFileSync(settingsFile(dir), 'utf8'))).toMatchObject({ schemaVersion: CURRENT_SETTINGS_VERSION, autosaveSeconds: 5 });
  });

  it('keeps an update across restarts', async () => {
    const dir = tempDir();
    const store = await openConfSettings(dir);
    store.update({
      organisations: [{ id: 'an-lao', label: 'Huyện ủy An Lão', organisation: anLaoOrg, recipients: [] }],
      activeOrganisationId: 'an-lao',
      formatProfile: 'dang-hd36',
    });
    const reopened = await openConfSettings(dir);
    expect(reopened.get().organisations[0]?.organisation.placeName).toBe('An Lão');
    expect(reopened.get().formatProfile).toBe('dang-hd36');
  });

  it('refuses an invalid update with a Vietnamese message naming the field, and keeps the old value', async () => {
    const store = await openConfSettings(tempDir());
    expect(() => store.update({ autosaveSeconds: 1 })).toThrow(/thời gian tự động lưu.*ít nhất 2 giây/);
    expect(() => store.update({ formatProfile: 'tcvn' } as never)).toThrow(/chuẩn thể thức/);
    expect(() => store.update({ schemaVersion: 1 } as never)).toThrow(/không được hỗ trợ/);
    expect(store.get().autosaveSeconds).toBe(5);
  });

  it('migrates a v1 file (one organisation, recent files as paths, autosave in minutes) to the current schema', async () => {
    const dir = tempDir();
    writeFileSync(
      settingsFile(dir),
      JSON.stringify({
        schemaVersion: 1,
        organisation: anLaoOrg,
        signers: anLaoOrg.signers,
        defaultRecipients: [{ purpose: 'để b/c', display: 'brace', items: ['Ban Thường vụ Thành ủy'] }],
        formatProfile: 'dang-hd36',
        citationStyle: { commaBeforeDate: false, dateStyle: 'numeric' },
        recentFiles: ['/home/vanphong/an-lao.kehoach'],
        autosaveMinutes: 2,
      }),
    );
    const settings = (await openConfSettings(dir)).get();
    expect(settings.schemaVersion).toBe(CURRENT_SETTINGS_VERSION);
    expect(settings.organisations).toEqual([{ id: 'org-1', label: 'Huyện ủy An Lão', organisation: anLaoOrg, recipients: [] }]);
    expect(settings.activeOrganisationId).toBe('org-1');
    expect(settings.recentFiles).toEqual([{ path: '/home/vanphong/an-lao.kehoach', title: 'an-lao', openedAt: '' }]);
    expect(settings.autosaveSeconds).toBe(120);
    expect(settings.defaultRecipients[0]?.items).toEqual(['Ban Thường vụ Thành ủy']);
    // Written back in the new shape, so the migration runs once.
    expect(JSON.parse(readFileSync(settingsFile(dir), 'utf8'))).toMatchObject({ schemaVersion: CURRENT_SETTINGS_VERSION, activeOrganisationId: 'org-1' });
    expect(backups(dir)).toEqual([]);
  });

  it('migrates a version 2 file: each organisation gets an empty recipient list, recent parent documents start empty', async () => {
    const dir = tempDir();
    const v2 = { ...defaultSettings(), schemaVersion: 2, organisations: [{ id: 'an-lao', label: 'Huyện ủy An Lão', organisation: anLaoOrg }], activeOrganisationId: 'an-lao' } as Record<string, unknown>;
    delete v2.recentDocuments;
    writeFileSync(settingsFile(dir), JSON.stringify(v2));
    const settings = (await openConfSettings(dir)).get();
    expect(settings.organisations).toEqual([{ id: 'an-lao', label: 'Huyện ủy An Lão', organisation: anLaoOrg, recipients: [] }]);
    expect(settings.activeOrganisationId).toBe('an-lao');
    expect(settings.recentDocuments).toEqual([]);
    expect(JSON.parse(readFileSync(settingsFile(dir), 'utf8')).schemaVersion).toBe(3);
    expect(backups(dir)).toEqual([]);
  });

  it('remembers an office with its recipients and recent parent documents across restarts', async () => {
    const dir = tempDir();
    const recipients = [{ purpose: 'để b/c', display: 'brace' as const, items: ['Ban Thường vụ Thành ủy'] }];
    const ct32 = { id: 'd1', type: 'Chỉ thị', regime: 'dang' as const, number: '32', symbol: 'CT/TU', date: '2024-04-24', issuer: 'Ban Thường vụ Thành ủy', subject: 'về việc tăng cường công tác giáo dục' };
    (await openConfSettings(dir)).update({ organisations: [{ id: 'an-lao', label: 'Huyện ủy An Lão', organisation: anLaoOrg, recipients }], recentDocuments: [ct32] });
    const reopened = (await openConfSettings(dir)).get();
    expect(reopened.organisations[0]?.recipients).toEqual(recipients);
    expect(reopened.recentDocuments).toEqual([ct32]);
  });

  it('refuses an office without its archive line, in Vietnamese', async () => {
    const store = await openConfSettings(tempDir());
    expect(() => store.update({ organisations: [{ id: 'x', label: 'X', organisation: { ...anLaoOrg, archiveLine: '' }, recipients: [] }] })).toThrow(/danh sách đơn vị — Thiếu dòng lưu trữ/);
    expect(store.get().organisations).toEqual([]);
  });

  it('falls back to defaults on a corrupt file and keeps the bad file as a backup', async () => {
    const dir = tempDir();
    writeFileSync(settingsFile(dir), '{"schemaVersion": 2, "organisations": [');
    const store = await openConfSettings(dir);
    expect(store.get()).toEqual(defaultSettings());
    const [backup] = backups(dir);
    expect(backup).toMatch(/^settings\.json\.corrupt-.*\.bak$/);
    expect(readFileSync(path.join(dir, backup!), 'utf8')).toBe('{"schemaVersion": 2, "organisations": [');
  });

  it('resets only the invalid fields (with a backup) and keeps the organisation', async () => {
    const dir = tempDir();
    writeFileSync(
      settingsFile(dir),
      JSON.stringify({ ...defaultSettings(), organisations: [{ id: 'a', label: 'An Lão', organisation: anLaoOrg, recipients: [] }], autosaveSeconds: 'often' }),
    );
    const settings = (await openConfSettings(dir)).get();
    expect(settings.organisations).toHaveLength(1);
    expect(settings.autosaveSeconds).toBe(5);
    expect(backups(dir)).toHaveLength(1);
  });

  it('does not read settings written by a newer version; it starts from defaults and keeps the file as a backup', async () => {
    const dir = tempDir();
    writeFileSync(settingsFile(dir), JSON.stringify({ ...defaultSettings(), schemaVersion: 9 }));
    expect((await openConfSettings(dir)).get()).toEqual(defaultSettings());
    expect(backups(dir)[0]).toMatch(/newer/);
  });

  it('keeps at most 10 recent drafts, newest first, without duplicates', async () => {
    const store = await openConfSettings(tempDir());
    for (let i = 0; i < 12; i += 1) store.rememberRecent(`/d/${i}.kehoach`, `Kế hoạch ${i}`, new Date(2024, 0, i + 1));
    store.rememberRecent('/d/5.kehoach', 'Kế hoạch 5', new Date(2024, 1, 1));
    const recent = store.get().recentFiles.map((r) => r.path);
    expect(recent).toHaveLength(10);
    expect(recent[0]).toBe('/d/5.kehoach');
    expect(new Set(recent).size).toBe(10);
  });
});
