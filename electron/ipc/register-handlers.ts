import { ALL_CHANNELS, type KehoachApi, type Result } from '../../core/ipc/api';
import { dispatchApi } from '../services/api-dispatch';
import type { IpcEventLike, IpcMainLike } from './ipc-types';
import { FOREIGN_SENDER_ERROR } from './sender-check';

/**
 * One `ipcMain.handle` per API channel (`<group>:<method>`). Every handler checks the sender
 * first: a message from any frame but our app page gets an error Result and reaches no service.
 * Returns a function that removes the handlers (window reload in development, tests).
 */
export function registerApiHandlers(
  ipcMain: IpcMainLike,
  api: KehoachApi,
  isTrustedSender: (event: IpcEventLike) => boolean,
  onRejected: (channel: string, event: IpcEventLike) => void = () => undefined,
): () => void {
  for (const channel of ALL_CHANNELS) {
    const [group, method] = channel.split(':') as [string, string];
    ipcMain.handle(channel, async (event, ...args): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        onRejected(channel, event);
        return { ok: false, error: FOREIGN_SENDER_ERROR };
      }
      return dispatchApi(api, group, method, args);
    });
  }
  return () => {
    for (const channel of ALL_CHANNELS) ipcMain.removeHandler(channel);
  };
}
