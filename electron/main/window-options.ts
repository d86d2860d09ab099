import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options, in one place so a test checks the Electron security checklist's
 * web-preference items (docs/security.md): context isolation, sandbox, no Node in the page, web
 * security on, nothing experimental or insecure switched on.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    title: 'Soạn thảo Kế hoạch',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
