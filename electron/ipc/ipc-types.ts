/**
 * The small part of Electron's ipcMain we use, as plain types: the handlers are registered
 * against this, so tests drive them with a fake and never load the real `electron` module.
 * (Electron's own IpcMain / IpcMainInvokeEvent are structurally compatible.)
 */
export interface IpcSenderLike {
  readonly id: number;
}

export interface IpcFrameLike {
  readonly url: string;
}

export interface IpcEventLike {
  readonly sender: IpcSenderLike;
  readonly senderFrame: IpcFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
}
