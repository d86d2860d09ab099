import type { App, Session, WebContents } from 'electron';
import { APP_ORIGIN } from '../ipc/sender-check';

/**
 * The Electron security checklist's navigation and permission items in one place, as plain
 * functions over Electron's types so they are tested without starting Electron
 * (test/unit/electron/web-guards.test.ts; docs/security.md lists them).
 *
 * - every permission request AND check refused (the editor needs no camera, notifications…);
 * - no navigation or redirect away from app://kehoach/;
 * - no new windows: an allowed link goes to the system browser, anything else nowhere;
 * - the same rules for any web contents created later (a devtools or a webview never gets more);
 * - <webview> never attached.
 */

/** Sites a link in the app may open in the system browser (official legal-document portals). */
export const EXTERNAL_HOSTS: readonly string[] = ['vanban.chinhphu.vn', 'thuvienphapluat.vn', 'dangcongsan.vn', 'tulieuvankien.dangcongsan.vn'];

/** An address the app may hand to shell.openExternal: https, a listed host, no credentials. */
export function isAllowedExternal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  return EXTERNAL_HOSTS.includes(parsed.hostname.toLowerCase());
}

export const isAppUrl = (url: string): boolean => url.startsWith(`${APP_ORIGIN}/`);

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Navigation, redirect, new-window and webview rules for one web contents. */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Permission requests and checks refused for the whole session. */
export function refusePermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Every web contents the app ever creates gets the same guards (web-contents-created). */
export function guardAllWebContents(app: Pick<App, 'on'>, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
}
