import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { FileKind } from '../../core/ipc/api';
import type { PlatformHooks } from '../services/api-service';
import { UserError } from '../services/errors';

const FILTERS: Record<FileKind, { name: string; extensions: string[] }[]> = {
  draft: [{ name: 'Bản thảo kế hoạch (*.kehoach)', extensions: ['kehoach'] }],
  docx: [{ name: 'Tài liệu Word (*.docx)', extensions: ['docx'] }],
  pdf: [{ name: 'Tài liệu PDF (*.pdf)', extensions: ['pdf'] }],
  library: [{ name: 'Thư viện văn bản (*.json)', extensions: ['json'] }],
  source: [{ name: 'Văn bản (Word, PDF, văn bản thuần)', extensions: ['docx', 'pdf', 'txt'] }],
};

/** Native dialogs and the desktop's file handling, for the API service in Electron. */
export function electronPlatform(dialog: Dialog, shell: Shell, window: () => BrowserWindow | null, documentsDir: string): PlatformHooks {
  return {
    mode: 'electron',
    async pickOpenPath(kind) {
      const options = { title: 'Mở tệp', defaultPath: documentsDir, filters: FILTERS[kind], properties: ['openFile' as const] };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath(kind, suggestedName) {
      const safeName = suggestedName.replace(/[\\/:*?"<>|]/g, '-');
      const options = { title: 'Lưu thành', defaultPath: `${documentsDir}/${safeName}`, filters: FILTERS[kind] };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFile(file) {
      const problem = await shell.openPath(file);
      if (problem) throw new UserError(`Không mở được tệp "${file}" (${problem}). Hãy cài Word hoặc LibreOffice, hoặc mở tệp từ thư mục chứa nó.`);
    },
    async showInFolder(file) {
      shell.showItemInFolder(file);
    },
  };
}
