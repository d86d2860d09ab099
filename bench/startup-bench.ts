import { rmSync } from 'node:fs';
import { launchChromium } from '../test/integration/e2e/helpers/browser';
import { makeDataDir, startRestartableServer } from '../test/integration/e2e/helpers/restartable-server';
import { percentile, round } from './stats';

/**
 * App start to editable, browser mode (issue 11's budget): from starting the built server
 * process to the start screen's "Tạo kế hoạch mới" button being usable in the page — what a clerk
 * waits for after double-clicking the app. The browser is already running (on a clerk's PC it is),
 * each run a fresh server and a fresh page.
 */
export interface StartupBenchResult {
  runs: number;
  /** Server process started → its address printed. */
  serverMedianMs: number;
  /** Server process started → start screen usable. */
  medianMs: number;
  p95Ms: number;
}

export async function runStartupBench(runs = 7): Promise<StartupBenchResult> {
  const browser = await launchChromium();
  const server: number[] = [];
  const total: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const dataDir = makeDataDir('kehoach-bench-start-');
      const t0 = performance.now();
      const web = await startRestartableServer(dataDir);
      server.push(performance.now() - t0);
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(web.url);
      await page.getByTestId('start-new').waitFor();
      await page.waitForFunction('!document.querySelector(\'[data-testid="start-new"]\').disabled');
      total.push(performance.now() - t0);
      await context.close();
      await web.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  return { runs, serverMedianMs: round(percentile(server, 50)), medianMs: round(percentile(total, 50)), p95Ms: round(percentile(total, 95)) };
}

export function printStartupBench(r: StartupBenchResult): void {
  console.log('\nApp start to editable (browser mode)');
  console.table([{ runs: r.runs, 'server up ms': r.serverMedianMs, 'start screen usable ms (median)': r.medianMs, 'p95 ms': r.p95Ms }]);
}
