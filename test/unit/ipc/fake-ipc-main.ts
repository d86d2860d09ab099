import type { IpcEventLike, IpcMainLike } from '../../../electron/ipc/ipc-types';

type Handler = (event: IpcEventLike, ...args: unknown[]) => unknown;

/** Records handlers like Electron's ipcMain and lets a test invoke them as a given sender would. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  on(): this {
    return this;
  }

  invoke(channel: string, event: IpcEventLike, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(handler(event, ...args));
  }
}

export const senderEvent = (webContentsId: number, url: string | null): IpcEventLike => ({
  sender: { id: webContentsId },
  senderFrame: url === null ? null : { url },
});
