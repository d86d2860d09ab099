import { describe, expect, it } from 'vitest';
import { ALL_CHANNELS, CHANNELS, type KehoachApi } from '../../../core/ipc/api';
import { registerApiHandlers } from '../../../electron/ipc/register-handlers';
import { createSenderCheck } from '../../../electron/ipc/sender-check';
import { FakeIpcMain, senderEvent } from './fake-ipc-main';

const OUR_WINDOW = 7;

/** An API whose every method records that it ran: a rejected sender must reach none of them. */
function recordingApi(calls: string[]): KehoachApi {
  const api: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [group, methods] of Object.entries(CHANNELS)) {
    api[group] = {};
    for (const method of methods as readonly string[]) {
      api[group]![method] = async (...args: unknown[]) => {
        calls.push(`${group}:${method}`);
        return { ok: true, value: args };
      };
    }
  }
  return api as unknown as KehoachApi;
}

function setup() {
  const ipc = new FakeIpcMain();
  const calls: string[] = [];
  const rejected: string[] = [];
  registerApiHandlers(ipc, recordingApi(calls), createSenderCheck(() => new Set([OUR_WINDOW])), (channel) => rejected.push(channel));
  return { ipc, calls, rejected };
}

const FOREIGN_SENDERS: Array<[string, ReturnType<typeof senderEvent>]> = [
  ['a web page in our window after a stray navigation', senderEvent(OUR_WINDOW, 'https://evil.example/app://kehoach/')],
  ['a file:// page in our window', senderEvent(OUR_WINDOW, 'file:///tmp/index.html')],
  ['another app:// host', senderEvent(OUR_WINDOW, 'app://other/index.html')],
  ['a look-alike host', senderEvent(OUR_WINDOW, 'app://kehoach.evil/index.html')],
  ['our URL in a webContents we did not create', senderEvent(99, 'app://kehoach/index.html')],
  ['a frame that is gone', senderEvent(OUR_WINDOW, null)],
];

/** A valid argument list for every channel (a plan-shaped object where a plan is expected). */
const SAMPLE_ARGS: Record<(typeof ALL_CHANNELS)[number], unknown[]> = {
  'templates:list': [],
  'templates:create': ['dang-ke-hoach-ngan', { units: [] }],
  'drafts:open': ['an-lao.kehoach'],
  'drafts:openDocx': ['an-lao.docx'],
  'drafts:save': ['an-lao.kehoach', { id: 'p' }],
  'drafts:recent': [],
  'drafts:writeRecovery': [null, { id: 'p' }],
  'drafts:listRecovery': [],
  'drafts:discardRecovery': ['new-0123456789abcdef'],
  'exporting:docx': ['an-lao.docx', { id: 'p' }],
  'exporting:pdf': ['an-lao.pdf', { id: 'p' }],
  'exporting:openFile': ['an-lao.docx'],
  'exporting:showInFolder': ['an-lao.docx'],
  'dialogs:pickOpenPath': ['draft'],
  'dialogs:pickSavePath': ['docx', 'an-lao.docx'],
  'settings:get': [],
  'settings:update': [{ autosaveSeconds: 30 }],
  'library:list': ['32-CT/TU'],
  'library:get': ['ct-32'],
  'library:save': [{ type: 'Chỉ thị' }, 0],
  'library:delete': ['ct-32'],
  'library:export': ['thu-vien.json'],
  'library:importBundle': ['thu-vien.json'],
  'library:readDocument': ['ct-32.docx'],
  'versions:list': ['p'],
  'versions:save': [{ id: 'p' }, 'Bản gửi xin ý kiến'],
  'versions:read': ['p', 'v1'],
  'versions:restore': [{ id: 'p' }, 'v1'],
  'versions:openPlanFile': ['khac.kehoach'],
  'versions:exportComparison': ['so-sanh.docx', { old: {}, new: {} }],
  'app:mode': [],
  'app:dataDir': [],
};

describe('registerApiHandlers', () => {
  it('registers exactly one handler per declared channel', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...ALL_CHANNELS].sort());
  });

  for (const [who, event] of FOREIGN_SENDERS) {
    it(`every channel rejects ${who}, and no service runs`, async () => {
      const { ipc, calls, rejected } = setup();
      for (const channel of ALL_CHANNELS) {
        const result = await ipc.invoke(channel, event, 'an-lao.kehoach');
        expect(result, channel).toMatchObject({ ok: false, error: expect.stringMatching(/không đến từ cửa sổ của ứng dụng/) });
      }
      expect(calls).toEqual([]);
      expect(rejected.sort()).toEqual([...ALL_CHANNELS].sort());
    });
  }

  it('passes calls from our app page through to the API with their arguments, once parsed', async () => {
    const { ipc, calls } = setup();
    for (const channel of ALL_CHANNELS) {
      const args = SAMPLE_ARGS[channel];
      const result = await ipc.invoke(channel, senderEvent(OUR_WINDOW, 'app://kehoach/index.html#/editor'), ...args);
      expect(result, channel).toEqual({ ok: true, value: args });
    }
    expect(calls).toEqual(ALL_CHANNELS);
  });

  it('refuses arguments of the wrong shape at the boundary, in Vietnamese, before the API is called', async () => {
    const { ipc, calls } = setup();
    const event = senderEvent(OUR_WINDOW, 'app://kehoach/index.html#/editor');
    for (const [channel, args] of [
      ['drafts:save', [42, {}]],
      ['drafts:save', ['a.kehoach', 'không phải kế hoạch']],
      ['drafts:open', ['x'.repeat(5000)]],
      ['exporting:openFile', []],
      ['dialogs:pickOpenPath', ['exe']],
      ['versions:read', ['ke-hoach', null]],
      ['app:mode', ['thừa']],
    ] as const) {
      const result = await ipc.invoke(channel, event, ...args);
      expect(result, channel).toMatchObject({ ok: false, error: expect.stringMatching(/^Yêu cầu .*(không hợp lệ|không đúng số hoặc dạng tham số)\. Hãy tải lại trang/) });
    }
    expect(calls).toEqual([]);
  });

  it('removes its handlers when asked', () => {
    const ipc = new FakeIpcMain();
    const remove = registerApiHandlers(ipc, recordingApi([]), () => true);
    remove();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('arguments over HTTP', () => {
  it('a left-out optional argument arrives as null (JSON has no undefined) and is taken as left out', async () => {
    const { parseApiArgs } = await import('../../../core/ipc/api-args');
    const wire = (args: unknown[]) => JSON.parse(JSON.stringify({ args })).args as unknown[];
    for (const [group, method, args] of [
      ['library', 'list', [undefined]],
      ['drafts', 'openDocx', ['a.docx', undefined]],
      ['versions', 'exportComparison', ['so-sanh.docx', { old: {}, new: {} }, undefined]],
    ] as const) {
      const parsed = parseApiArgs(group, method, wire([...args]));
      expect(parsed.ok, `${group}/${method}`).toBe(true);
      if (parsed.ok) expect(parsed.args[parsed.args.length - 1]).toBeUndefined();
    }
  });
});

describe('optional arguments left out', () => {
  it('a call without its optional arguments passes (library.list(), drafts.openDocx(path))', async () => {
    const { parseApiArgs } = await import('../../../core/ipc/api-args');
    expect(parseApiArgs('library', 'list', []).ok).toBe(true);
    expect(parseApiArgs('drafts', 'openDocx', ['a.docx']).ok).toBe(true);
    expect(parseApiArgs('versions', 'exportComparison', ['a.docx', { old: {}, new: {} }]).ok).toBe(true);
    expect(parseApiArgs('library', 'list', [3]).ok).toBe(false);
  });
});
