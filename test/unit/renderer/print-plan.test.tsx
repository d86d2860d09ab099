import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KehoachShell, PrintOptions, PrintOutcome } from '../../../core/ipc/shell';
import { copiesReachPrinter, printPlan } from '../../../renderer/app/print';
import { PrintDialog } from '../../../renderer/dialogs/PrintDialog';

/** The unit project runs in Node: a bare `window` stands in for the page. */
function fakeWindow(shellPrint?: (options: PrintOptions) => Promise<PrintOutcome>) {
  const win = {
    print: vi.fn(),
    kehoachShell: shellPrint ? ({ print: shellPrint } as Partial<KehoachShell>) : undefined,
  };
  vi.stubGlobal('window', win);
  return win;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('printPlan', () => {
  it('in Electron sends the copies to the shell and does not open the browser dialog', async () => {
    const shellPrint = vi.fn(async () => ({ status: 'printed' }) as PrintOutcome);
    const win = fakeWindow(shellPrint);
    expect(await printPlan(7)).toEqual({ status: 'printed' });
    expect(shellPrint).toHaveBeenCalledWith({ copies: 7 });
    expect(win.print).not.toHaveBeenCalled();
    expect(copiesReachPrinter()).toBe(true);
  });

  it('passes on a cancel and a Vietnamese failure reason from the shell', async () => {
    fakeWindow(async () => ({ status: 'cancelled' }));
    expect(await printPlan(2)).toEqual({ status: 'cancelled' });
    fakeWindow(async () => ({ status: 'failed', reason: 'Máy in không nhận lệnh in.' }));
    expect(await printPlan(2)).toEqual({ status: 'failed', reason: 'Máy in không nhận lệnh in.' });
  });

  it('turns a shell that does not answer into a Vietnamese failure', async () => {
    fakeWindow(async () => {
      throw new Error("No handler registered for 'shell:print'");
    });
    expect(await printPlan(2)).toEqual({ status: 'failed', reason: expect.stringMatching(/^Ứng dụng không gửi được lệnh in/) });
  });

  it('in a browser falls back to window.print()', async () => {
    const win = fakeWindow();
    expect(await printPlan(3)).toEqual({ status: 'printed' });
    expect(win.print).toHaveBeenCalledTimes(1);
    expect(copiesReachPrinter()).toBe(false);
  });
});

describe('PrintDialog', () => {
  const render = (copiesReachPrinter: boolean) =>
    renderToStaticMarkup(<PrintDialog defaultCopies={9} copiesReachPrinter={copiesReachPrinter} onPrint={() => undefined} onCancel={() => undefined} />);

  it('in a browser reminds the clerk to type the copies into the system dialog', () => {
    const html = render(false);
    expect(html).toContain('data-testid="print-copies-hint"');
    expect(html).toMatch(/data-testid="print-copies-value">9</);
  });

  it('in Electron shows no such reminder: the copies reach the printer', () => {
    const html = render(true);
    expect(html).toContain('value="9"');
    expect(html).not.toContain('print-copies-hint');
  });
});
