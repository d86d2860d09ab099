/// <reference lib="webworker" />
import { runChecks } from '../../core/check';
import type { CheckReply, CheckRequest } from './check-runner';
import { withContext } from './finding-context';

/**
 * The checker off the page's thread: a plan, the library's documents and "today" in, findings
 * out. All plain data (structured clone), so nothing the rules do can delay a keystroke.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, plan, library, today } = event.data;
  let reply: CheckReply;
  try {
    reply = { id, findings: withContext(plan, runChecks(plan, { library, today: new Date(today) })) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
