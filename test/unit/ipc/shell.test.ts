import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { findDraftPathInArgv } from '../../../electron/main/argv-path';
import { CloseGuard, type CloseChoice } from '../../../electron/main/close-guard';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import type { MenuCommand } from '../../../electron/ipc/shell-channels';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('application menu', () => {
  const sent: MenuCommand[] = [];
  let quit = 0;
  const menu = buildMenuTemplate((c) => sent.push(c), () => (quit += 1));
  const byLabel = (label: string) => flatten(menu).find((i) => i.label === label);

  it('has the Vietnamese Tệp, Sửa and Định dạng menus with the usual shortcuts', () => {
    expect(menu.map((m) => m.label)).toEqual(['&Tệp', '&Sửa', 'Định &dạng', '&Xem']);
    const expected: Array<[string, string | undefined, MenuCommand]> = [
      ['Mới', 'CmdOrCtrl+N', 'new'],
      ['Mở…', 'CmdOrCtrl+O', 'open'],
      ['Lưu', 'CmdOrCtrl+S', 'save'],
      ['Lưu thành…', 'CmdOrCtrl+Shift+S', 'save-as'],
      ['In…', 'CmdOrCtrl+P', 'print'],
      ['Hoàn tác', 'CmdOrCtrl+Z', 'undo'],
      ['Làm lại', 'CmdOrCtrl+Y', 'redo'],
      ['Tìm', 'CmdOrCtrl+F', 'find'],
      ['Thay thế', 'CmdOrCtrl+H', 'replace'],
      ['Chữ đậm', 'CmdOrCtrl+B', 'bold'],
      ['Căn giữa', 'CmdOrCtrl+E', 'align-center'],
      ['Chèn chú thích cuối trang', 'CmdOrCtrl+Alt+F', 'footnote'],
      ['Chèn bảng', undefined, 'table'],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = byLabel(label);
      expect(item?.accelerator, label).toBe(accelerator);
      (item?.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
    (byLabel('Thoát')?.click as () => void)();
    expect(quit).toBe(1);
  });

  it('has no developer tools in a packaged build', () => {
    expect(flatten(menu).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
});

describe('draft path from the command line', () => {
  it('finds the .kehoach file Windows passes on double-click, skipping flags', () => {
    expect(findDraftPathInArgv(['Soạn thảo Kế hoạch.exe', '--allow-file-access', 'C:\\Users\\vp\\Kế hoạch 32.kehoach'])).toBe('C:\\Users\\vp\\Kế hoạch 32.kehoach');
    expect(findDraftPathInArgv(['electron', '.', '--inspect'])).toBeNull();
    expect(findDraftPathInArgv(['app.exe', 'D:\\KE-HOACH.KEHOACH'])).toBe('D:\\KE-HOACH.KEHOACH');
  });
});

describe('closing with unsaved changes', () => {
  function guardAnswering(choice: CloseChoice) {
    const log: string[] = [];
    const guard = new CloseGuard({
      ask: async () => {
        log.push('ask');
        return choice;
      },
      requestSave: () => log.push('save'),
      discardRecovery: async (id) => void log.push(`discard ${id}`),
      destroy: () => log.push('destroy'),
    });
    return { guard, log };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('closes a clean window at once', () => {
    const { guard, log } = guardAnswering('cancel');
    expect(guard.onClose()).toBe(false);
    expect(log).toEqual([]);
  });

  it('asks first; "Không lưu" drops the recovery copy and closes', async () => {
    const { guard, log } = guardAnswering('discard');
    guard.setState({ dirty: true, recoveryId: 'file-0123456789abcdef' });
    expect(guard.onClose()).toBe(true);
    await settle();
    expect(log).toEqual(['ask', 'discard file-0123456789abcdef', 'destroy']);
  });

  it('"Lưu" asks the renderer to save (it closes the window after saving); "Hủy" keeps it open', async () => {
    const save = guardAnswering('save');
    save.guard.setState({ dirty: true });
    expect(save.guard.onClose()).toBe(true);
    await settle();
    expect(save.log).toEqual(['ask', 'save']);

    const cancel = guardAnswering('cancel');
    cancel.guard.setState({ dirty: true });
    expect(cancel.guard.onClose()).toBe(true);
    await settle();
    expect(cancel.log).toEqual(['ask']);
  });
});
