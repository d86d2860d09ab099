import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/shell-channels';

/**
 * The Vietnamese application menu. Editing commands go to the renderer (the Slate editor owns
 * undo/redo, find and replace); clipboard items use Electron's roles, which act on the focused field.
 * Pure: main.ts supplies `send` and `quit`.
 */
export function buildMenuTemplate(send: (command: MenuCommand) => void, quit: () => void, isDev = false): MenuItemConstructorOptions[] {
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const view: MenuItemConstructorOptions[] = [
    { label: 'Phóng to', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { label: 'Thu nhỏ', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    { label: 'Cỡ chữ gốc', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen', accelerator: 'F11' },
  ];
  if (isDev) view.push({ type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' });
  return [
    {
      label: '&Tệp',
      submenu: [
        item('Mới', 'CmdOrCtrl+N', 'new'),
        item('Mở…', 'CmdOrCtrl+O', 'open'),
        { type: 'separator' },
        item('Lưu', 'CmdOrCtrl+S', 'save'),
        item('Lưu thành…', 'CmdOrCtrl+Shift+S', 'save-as'),
        { type: 'separator' },
        item('In…', 'CmdOrCtrl+P', 'print'),
        { type: 'separator' },
        { label: 'Thoát', accelerator: 'Alt+F4', click: () => quit() },
      ],
    },
    {
      label: '&Sửa',
      submenu: [
        item('Hoàn tác', 'CmdOrCtrl+Z', 'undo'),
        item('Làm lại', 'CmdOrCtrl+Y', 'redo'),
        { type: 'separator' },
        { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
        { type: 'separator' },
        item('Tìm', 'CmdOrCtrl+F', 'find'),
        item('Thay thế', 'CmdOrCtrl+H', 'replace'),
      ],
    },
    { label: '&Xem', submenu: view },
  ];
}
