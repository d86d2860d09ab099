import type { KehoachApi, Result } from '../../core/ipc/api';
import type { Plan } from '../../core/model';

/**
 * Printing. The API has no print call yet; when the main process offers one
 * (`exporting.print(plan, { copies })`) it is used, so the copies count reaches the printer.
 * Otherwise the page's print view (only the A4 preview, see print CSS) is sent to the
 * browser's print dialog, where the user sets the copies shown in our dialog.
 */
type PrintCapable = { print?: (plan: Plan, options: { copies: number }) => Promise<Result<null>> };

export async function printPlan(api: KehoachApi, plan: Plan, copies: number): Promise<Result<null>> {
  const exporting = api.exporting as KehoachApi['exporting'] & PrintCapable;
  if (typeof exporting.print === 'function') return exporting.print(plan, { copies });
  document.documentElement.dataset.printCopies = String(copies);
  window.print();
  return { ok: true, value: null };
}
