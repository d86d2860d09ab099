import { describe, expect, it } from 'vitest';
import { guardAllWebContents, guardWebContents, isAllowedExternal, refusePermissions } from '../../../electron/main/web-guards';

/** A stand-in for Electron's WebContents: records the handlers the guards install. */
function fakeContents() {
  const handlers = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, fn: (event: { preventDefault(): void }, url: string) => void) => void handlers.set(name, fn),
    setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => void (openHandler = fn),
    /** Fires an event; true when the guard prevented it. */
    fire(name: string, url = ''): boolean {
      let prevented = false;
      handlers.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('Electron navigation and permission guards', () => {
  it('no navigation or redirect away from app://kehoach/', () => {
    const c = fakeContents();
    guardWebContents(c as never, () => undefined);
    expect(c.fire('will-navigate', 'app://kehoach/index.html')).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://kehoach.evil/', 'javascript:alert(1)']) {
      expect(c.fire('will-navigate', url), url).toBe(true);
      expect(c.fire('will-redirect', url), url).toBe(true);
    }
    expect(c.fire('will-attach-webview')).toBe(true);
  });

  it('new windows are always denied; only listed https sites reach the system browser', () => {
    const opened: string[] = [];
    const c = fakeContents();
    guardWebContents(c as never, (url) => opened.push(url));
    for (const url of ['https://thuvienphapluat.vn/van-ban/x', 'https://evil.example/', 'http://thuvienphapluat.vn/', 'file:///C:/Windows/System32/calc.exe', 'https://user:pw@thuvienphapluat.vn/', 'https://thuvienphapluat.vn.evil.example/', 'ms-msdt:/id PCWDiagnostic']) {
      expect(c.open(url)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://thuvienphapluat.vn/van-ban/x']);
    expect(isAllowedExternal('https://vanban.chinhphu.vn/?pageid=1')).toBe(true);
    expect(isAllowedExternal('not a url')).toBe(false);
  });

  it('permission requests and checks are refused', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    refusePermissions({ setPermissionRequestHandler: (fn: never) => void (request = fn), setPermissionCheckHandler: (fn: never) => void (check = fn) } as never);
    let granted: boolean | null = null;
    request!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
  });

  it('every web contents created later gets the same guards (web-contents-created)', () => {
    let created: ((event: unknown, contents: unknown) => void) | null = null;
    guardAllWebContents({ on: (name: string, fn: never) => void (name === 'web-contents-created' && (created = fn)) } as never, () => undefined);
    const later = fakeContents();
    created!({}, later);
    expect(later.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(later.open('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('the main window\'s web preferences (Electron security checklist)', () => {
  it('context isolation and sandbox on; no Node, webviews, insecure content or experiments in the page', async () => {
    const { mainWindowOptions } = await import('../../../electron/main/window-options');
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});
