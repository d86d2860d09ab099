// Electron main process: one secure window on app://kehoach/, the Vietnamese menu, IPC to the
// same Node services as browser mode. Thin on purpose: the logic lives in testable modules.
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import path from 'node:path';
import { createApiService } from '../services/api-service';
import { planTemplates } from '../services/plan-templates';
import { RecoveryService } from '../services/recovery-service';
import { registerApiHandlers } from '../ipc/register-handlers';
import type { IpcEventLike, IpcMainLike } from '../ipc/ipc-types';
import { APP_ORIGIN, createSenderCheck } from '../ipc/sender-check';
import { SHELL_CHANNELS, type DirtyState, type MenuCommand } from '../ipc/shell-channels';
import type { CommandContext } from '../../core/commands/command-table';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { findDraftPathInArgv } from './argv-path';
import { CLOSE_PROMPT, CloseGuard, type CloseChoice } from './close-guard';
import { electronPlatform } from './electron-platform';
import { openElectronSettings } from './electron-settings';
import { applyCommandContext, buildMenuTemplate } from './menu-template';
import { registerPrintHandler } from './print-handler';
import { guardAllWebContents, refusePermissions } from './web-guards';
import { mainWindowOptions } from './window-options';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const isDev = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let pendingOpenPath: string | null = findDraftPathInArgv(process.argv);
const ourWebContents = new Set<number>();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  app.on('second-instance', (_event, argv) => {
    const draft = findDraftPathInArgv(argv);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    if (draft) mainWindow.webContents.send(SHELL_CHANNELS.openPath, draft);
  });
  app.on('window-all-closed', () => app.quit());
  // Before any window exists: every web contents ever created stays in the app.
  guardAllWebContents(app, (url) => void shell.openExternal(url));
  app.whenReady().then(start, (err: unknown) => {
    dialog.showErrorBox('Soạn thảo Kế hoạch', `Không khởi động được ứng dụng: ${(err as Error).message}. Hãy cài lại ứng dụng.`);
    app.quit();
  });
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  serveAppProtocol(protocol, rendererDir);
  // The editor needs no camera, notifications, geolocation…: refuse every permission request and check.
  refusePermissions(session.defaultSession);
  const settings = await openElectronSettings(dataDir);
  const api = createApiService({
    dataDir,
    settings,
    platform: electronPlatform(dialog, shell, () => mainWindow, app.getPath('documents')),
    templates: planTemplates,
    confinePaths: false,
  });
  const isTrusted = createSenderCheck(() => ourWebContents);
  const onRejected = (channel: string, event: IpcEventLike) =>
    console.warn(`Rejected IPC ${channel} from ${event.senderFrame?.url ?? 'unknown frame'}`);
  registerApiHandlers(ipcMain as unknown as IpcMainLike, api, isTrusted, onRejected);
  // Once per app, not per window: ipcMain.handle allows one handler per channel.
  registerPrintHandler(ipcMain as unknown as IpcMainLike, isTrusted, onRejected);
  createWindow(new RecoveryService(dataDir), isTrusted);
}

function createWindow(recovery: RecoveryService, isTrusted: ReturnType<typeof createSenderCheck>): void {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow = win;
  const id = win.webContents.id;
  ourWebContents.add(id);

  const send = (command: MenuCommand) => win.webContents.send(SHELL_CHANNELS.menuCommand, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, () => win.close(), isDev)));

  // Navigation, redirects, new windows and webviews: guarded for every web contents at creation
  // (guardAllWebContents in start()), this window included.

  const guard = new CloseGuard({
    ask: async (): Promise<CloseChoice> => {
      const { response } = await dialog.showMessageBox(win, {
        type: 'question',
        title: CLOSE_PROMPT.title,
        message: CLOSE_PROMPT.message,
        detail: CLOSE_PROMPT.detail,
        buttons: [...CLOSE_PROMPT.buttons],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
    requestSave: () => send('save-and-close'),
    discardRecovery: (recoveryId) => recovery.discard(recoveryId),
    destroy: () => win.destroy(),
  });
  win.on('close', (event) => {
    if (guard.onClose()) event.preventDefault();
  });
  ipcMain.on(SHELL_CHANNELS.setDirty, (event, state: DirtyState) => {
    if (event.sender.id === id && isTrusted(event)) guard.setState(state ?? { dirty: false });
  });
  ipcMain.on(SHELL_CHANNELS.commandContext, (event, ctx: CommandContext) => {
    if (event.sender.id === id && isTrusted(event) && ctx) applyCommandContext(Menu.getApplicationMenu(), ctx);
  });
  ipcMain.on(SHELL_CHANNELS.closeWindow, (event) => {
    if (event.sender.id !== id || !isTrusted(event)) return;
    guard.setState({ dirty: false });
    win.close();
  });
  win.on('closed', () => {
    ourWebContents.delete(id);
    mainWindow = null;
  });

  win.webContents.on('did-finish-load', () => {
    if (pendingOpenPath) win.webContents.send(SHELL_CHANNELS.openPath, pendingOpenPath);
    pendingOpenPath = null;
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}
