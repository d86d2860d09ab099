import type { IpcEventLike } from './ipc-types';

/** The only origin our renderer is loaded from (see electron/main/app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kehoach';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Whether an IPC message comes from our own page: its frame must be at app://kehoach/… (not a
 * page reached by a stray navigation, not an iframe elsewhere) and its webContents one we created.
 */
export function createSenderCheck(ourWebContentsIds: () => ReadonlySet<number>): (event: IpcEventLike) => boolean {
  return (event) => {
    const url = event.senderFrame?.url;
    if (typeof url !== 'string') return false;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && ourWebContentsIds().has(event.sender.id);
  };
}

export const FOREIGN_SENDER_ERROR =
  'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối. Hãy dùng chức năng ngay trong cửa sổ Soạn thảo Kế hoạch.';
