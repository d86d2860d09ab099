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

  it('passes calls from our app page through to the API with their arguments', async () => {
    const { ipc, calls } = setup();
    for (const channel of ALL_CHANNELS) {
      const result = await ipc.invoke(channel, senderEvent(OUR_WINDOW, 'app://kehoach/index.html#/editor'), 'a', 1);
      expect(result).toEqual({ ok: true, value: ['a', 1] });
    }
    expect(calls).toEqual(ALL_CHANNELS);
  });

  it('removes its handlers when asked', () => {
    const ipc = new FakeIpcMain();
    const remove = registerApiHandlers(ipc, recordingApi([]), () => true);
    remove();
    expect(ipc.handlers.size).toBe(0);
  });
});
