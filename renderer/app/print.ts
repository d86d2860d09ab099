import type { PrintOutcome } from '../../core/ipc/shell';
import { getShell } from '../api/shell';

/**
 * Printing. The page's print CSS shows only the A4 preview pages. In Electron the shell prints
 * them with the copies pre-set in the system dialog; in a browser `window.print()` opens the
 * browser's dialog, which a page cannot pre-fill, so the clerk types the copies there (the print
 * dialog says so, see copiesReachPrinter).
 */
export async function printPlan(copies: number): Promise<PrintOutcome> {
  const shell = getShell();
  if (shell && typeof shell.print === 'function') {
    try {
      return await shell.print({ copies });
    } catch {
      // The main process did not answer (e.g. an older preload or a crashed handler).
      return { status: 'failed', reason: 'Ứng dụng không gửi được lệnh in tới máy in. Hãy đóng rồi mở lại ứng dụng và in lại.' };
    }
  }
  window.print();
  // The browser does not tell us what happened in its dialog.
  return { status: 'printed' };
}

/** Whether the copies chosen in our dialog reach the printer (Electron), or must be typed again (browser). */
export function copiesReachPrinter(): boolean {
  return typeof getShell()?.print === 'function';
}
