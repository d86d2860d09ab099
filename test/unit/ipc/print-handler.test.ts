import { describe, expect, it } from 'vitest';
import type { IpcEventLike } from '../../../electron/ipc/ipc-types';
import { createSenderCheck } from '../../../electron/ipc/sender-check';
import { SHELL_CHANNELS } from '../../../electron/ipc/shell-channels';
import { type PagePrintOptions, printPage, registerPrintHandler } from '../../../electron/main/print-handler';
import { FakeIpcMain } from './fake-ipc-main';

const OUR_WINDOW = 7;
const OUR_PAGE = 'app://kehoach/index.html#/editor';

/** A webContents whose print dialog ends the way the test says, recording what it was asked. */
function fakeContents(id: number, answer: [success: boolean, failureReason: string] | Error = [true, '']) {
  const printed: PagePrintOptions[] = [];
  return {
    id,
    printed,
    print(options: PagePrintOptions, callback: (success: boolean, failureReason: string) => void) {
      printed.push(options);
      if (answer instanceof Error) throw answer;
      setTimeout(() => callback(...answer), 0);
    },
  };
}

const eventFrom = (sender: ReturnType<typeof fakeContents>, url: string | null): IpcEventLike => ({
  sender,
  senderFrame: url === null ? null : { url },
});

function setup() {
  const ipc = new FakeIpcMain();
  const rejected: string[] = [];
  registerPrintHandler(ipc, createSenderCheck(() => new Set([OUR_WINDOW])), (channel) => rejected.push(channel));
  return { ipc, rejected };
}

describe('printing from the Electron shell', () => {
  it('prints our page with the chosen copies on A4 without margins, through the system dialog', async () => {
    const { ipc } = setup();
    const contents = fakeContents(OUR_WINDOW);
    const outcome = await ipc.invoke(SHELL_CHANNELS.print, eventFrom(contents, OUR_PAGE), { copies: 12 });
    expect(outcome).toEqual({ status: 'printed' });
    expect(contents.printed).toEqual([
      { copies: 12, silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
    ]);
  });

  for (const copies of [0, -3, 501, 2.5, Number.NaN, '12', null, undefined]) {
    it(`refuses ${String(copies)} copies in Vietnamese and prints nothing`, async () => {
      const { ipc } = setup();
      const contents = fakeContents(OUR_WINDOW);
      const outcome = await ipc.invoke(SHELL_CHANNELS.print, eventFrom(contents, OUR_PAGE), { copies });
      expect(outcome).toEqual({ status: 'failed', reason: expect.stringMatching(/^Số bản in phải là số nguyên từ 1 đến 500\./) });
      expect(contents.printed).toEqual([]);
    });
  }

  it('refuses a message without options', async () => {
    const { ipc } = setup();
    const contents = fakeContents(OUR_WINDOW);
    expect(await ipc.invoke(SHELL_CHANNELS.print, eventFrom(contents, OUR_PAGE))).toMatchObject({ status: 'failed' });
    expect(contents.printed).toEqual([]);
  });

  it('accepts the bounds 1 and 500', async () => {
    for (const copies of [1, 500]) {
      const contents = fakeContents(OUR_WINDOW);
      expect(await printPage(contents, copies)).toEqual({ status: 'printed' });
      expect(contents.printed[0]?.copies).toBe(copies);
    }
  });

  it('a clerk closing the system dialog is a cancel, not an error', async () => {
    for (const reason of ['Print job canceled', 'cancelled']) {
      expect(await printPage(fakeContents(OUR_WINDOW, [false, reason]), 3)).toEqual({ status: 'cancelled' });
    }
  });

  it('a printer failure comes back with a Vietnamese reason saying what to do', async () => {
    const invalid = await printPage(fakeContents(OUR_WINDOW, [false, 'Invalid printer settings']), 3);
    expect(invalid).toEqual({ status: 'failed', reason: expect.stringMatching(/^Thiết lập máy in không hợp lệ\..*in lại\.$/) });
    const failed = await printPage(fakeContents(OUR_WINDOW, [false, 'Print job failed']), 3);
    expect(failed).toEqual({ status: 'failed', reason: expect.stringMatching(/^Máy in không nhận lệnh in\..*in lại\.$/) });
    const unknown = await printPage(fakeContents(OUR_WINDOW, [false, 'Something odd']), 3);
    expect(unknown).toEqual({ status: 'failed', reason: 'Không in được (Something odd). Hãy kiểm tra máy in rồi in lại.' });
  });

  it('a webContents that throws instead of calling back is a failure, not a hang', async () => {
    const outcome = await printPage(fakeContents(OUR_WINDOW, new Error('Object has been destroyed')), 3);
    expect(outcome).toEqual({ status: 'failed', reason: expect.stringMatching(/^Không in được \(Object has been destroyed\)\./) });
  });

  const FOREIGN: Array<[string, number, string | null]> = [
    ['a web page in our window after a stray navigation', OUR_WINDOW, 'https://evil.example/app://kehoach/'],
    ['a file:// page in our window', OUR_WINDOW, 'file:///tmp/index.html'],
    ['another app:// host', OUR_WINDOW, 'app://other/index.html'],
    ['a look-alike host', OUR_WINDOW, 'app://kehoach.evil/index.html'],
    ['our URL in a webContents we did not create', 99, OUR_PAGE],
    ['a frame that is gone', OUR_WINDOW, null],
  ];
  for (const [who, id, url] of FOREIGN) {
    it(`rejects ${who}, and nothing is printed`, async () => {
      const { ipc, rejected } = setup();
      const contents = fakeContents(id);
      const outcome = await ipc.invoke(SHELL_CHANNELS.print, eventFrom(contents, url), { copies: 2 });
      expect(outcome).toEqual({ status: 'failed', reason: expect.stringMatching(/không đến từ cửa sổ của ứng dụng/) });
      expect(contents.printed).toEqual([]);
      expect(rejected).toEqual([SHELL_CHANNELS.print]);
    });
  }

  it('removes its handler when asked', () => {
    const ipc = new FakeIpcMain();
    const remove = registerPrintHandler(ipc, () => true);
    expect([...ipc.handlers.keys()]).toEqual([SHELL_CHANNELS.print]);
    remove();
    expect(ipc.handlers.size).toBe(0);
  });
});
