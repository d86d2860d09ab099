// The main-process side of `kehoachShell.print`: Electron's webContents.print with the copies
// from the print dialog. Written against small interfaces so tests run it without Electron.
import type { IpcEventLike, IpcMainLike, IpcSenderLike } from '../ipc/ipc-types';
import { FOREIGN_SENDER_ERROR } from '../ipc/sender-check';
import { MAX_PRINT_COPIES, MIN_PRINT_COPIES, SHELL_CHANNELS, type PrintOutcome } from '../ipc/shell-channels';

/** The options we pass; a subset of Electron's WebContentsPrintOptions. */
export interface PagePrintOptions {
  copies: number;
  silent: false;
  printBackground: true;
  pageSize: 'A4';
  margins: { marginType: 'none' };
}

/** The part of Electron's WebContents that prints (structurally compatible with it). */
export interface PrintableContents {
  print(options: PagePrintOptions, callback: (success: boolean, failureReason: string) => void): void;
}

export const INVALID_COPIES_ERROR = `Số bản in phải là số nguyên từ ${MIN_PRINT_COPIES} đến ${MAX_PRINT_COPIES}. Hãy sửa số bản rồi bấm “In” lại.`;

/** Electron's documented failure reasons, in words the clerk can act on. */
const FAILURE_REASONS: Record<string, string> = {
  'invalid printer settings': 'Thiết lập máy in không hợp lệ. Hãy chọn lại máy in, khổ giấy A4, rồi in lại.',
  'print job failed': 'Máy in không nhận lệnh in. Hãy kiểm tra máy in đã bật, đã kết nối và còn giấy, rồi in lại.',
};

/** Closing the system dialog: Chromium says "Print job canceled", older builds "cancelled". */
function isCancel(failureReason: string): boolean {
  return /cancel/i.test(failureReason);
}

function describeFailure(failureReason: string): string {
  const known = FAILURE_REASONS[failureReason.trim().toLowerCase()];
  if (known) return known;
  const detail = failureReason.trim() ? ` (${failureReason.trim()})` : '';
  return `Không in được${detail}. Hãy kiểm tra máy in rồi in lại.`;
}

export function isValidCopies(copies: unknown): copies is number {
  return typeof copies === 'number' && Number.isInteger(copies) && copies >= MIN_PRINT_COPIES && copies <= MAX_PRINT_COPIES;
}

/**
 * Opens the system print dialog for the page with `copies`, A4 and no margins pre-set (the page
 * itself draws the document's margins). Invalid copies print nothing. Never rejects.
 */
export function printPage(contents: PrintableContents, copies: unknown): Promise<PrintOutcome> {
  if (!isValidCopies(copies)) return Promise.resolve({ status: 'failed', reason: INVALID_COPIES_ERROR });
  return new Promise<PrintOutcome>((resolve) => {
    try {
      contents.print(
        { copies, silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
        (success, failureReason) => {
          if (success) resolve({ status: 'printed' });
          else if (isCancel(failureReason ?? '')) resolve({ status: 'cancelled' });
          else resolve({ status: 'failed', reason: describeFailure(failureReason ?? '') });
        },
      );
    } catch (err) {
      // A destroyed window or a broken printer driver throws instead of calling back.
      resolve({ status: 'failed', reason: describeFailure((err as Error)?.message ?? '') });
    }
  });
}

/** The invoke event as the print handler sees it: the sender is the page's webContents. */
type PrintEvent = IpcEventLike & { readonly sender: IpcSenderLike & Partial<PrintableContents> };

/**
 * Handles SHELL_CHANNELS.print. Like the API handlers, the sender is checked first: a message
 * from any frame but our app page prints nothing. Returns a function that removes the handler.
 */
export function registerPrintHandler(
  ipcMain: IpcMainLike,
  isTrustedSender: (event: IpcEventLike) => boolean,
  onRejected: (channel: string, event: IpcEventLike) => void = () => undefined,
): () => void {
  ipcMain.handle(SHELL_CHANNELS.print, async (event, options): Promise<PrintOutcome> => {
    if (!isTrustedSender(event)) {
      onRejected(SHELL_CHANNELS.print, event);
      return { status: 'failed', reason: FOREIGN_SENDER_ERROR };
    }
    const sender = (event as PrintEvent).sender;
    if (typeof sender.print !== 'function') return { status: 'failed', reason: describeFailure('') };
    const copies = typeof options === 'object' && options !== null ? (options as { copies?: unknown }).copies : undefined;
    return printPage(sender as PrintableContents, copies);
  });
  return () => ipcMain.removeHandler(SHELL_CHANNELS.print);
}
