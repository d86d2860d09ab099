/**
 * The one command table of the app. The Electron menu (electron/main/menu-template.ts), the
 * toolbars (renderer/app/Toolbar.tsx, renderer/preview/ZoomBar.tsx) and the keyboard shortcuts
 * (renderer/app/useShortcuts.ts) are all derived from it, so a label or a shortcut is written
 * once. Pure data and pure functions: imported by the main process and by the renderer.
 *
 * Adding a command is one entry in COMMAND_TABLE (and one `case` where the renderer runs it).
 * Commands of the text (`scope: 'text'`: bold, alignment, footnote…) are here too: the editor's
 * formatting bar and its keys (renderer/editor/text-commands.ts) and the "Định dạng" menu come from
 * them. Their keys are taken by the text editor with the caret, never by the app's global map, and
 * the menu shows them without registering them (Electron would otherwise take them from the page).
 * Slate's own undo inside the text (Ctrl+Z there) is the app's `undo` key, left to the text.
 */

/** What decides whether a command can be used now: a few facts the renderer reports. */
export interface CommandContext {
  /** A plan is open (editor screen). */
  hasPlan: boolean;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Long work is running (saving, exporting, opening): commands that start another wait. */
  busy: boolean;
}

export const NO_PLAN_CONTEXT: CommandContext = { hasPlan: false, dirty: false, canUndo: false, canRedo: false, busy: false };

export type MenuId = 'file' | 'edit' | 'format' | 'view';

/** The menus, in order, with their Vietnamese titles (& marks the Alt key letter). */
export const MENUS: ReadonlyArray<{ id: MenuId; label: string }> = [
  { id: 'file', label: '&Tệp' },
  { id: 'edit', label: '&Sửa' },
  { id: 'format', label: 'Định &dạng' },
  { id: 'view', label: '&Xem' },
];

/** Where a toolbar button sits: which bar, which group (groups are separated by a line). */
export interface ToolbarPlace {
  bar: 'main' | 'preview' | 'editor';
  group: number;
  /** Shorter text shown on the button where the full label is too long; the label stays its name. */
  text?: string;
}

export interface CommandSpec {
  id: string;
  /** Vietnamese label: the menu item, and the toolbar button's name and tooltip. */
  label: string;
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+S", "Alt+Up"); shown in the menu and tooltips. */
  accelerator?: string;
  /** Further keys for the same command, handled by the keyboard map only (Ctrl+Shift+Z for redo). */
  alsoKeys?: readonly string[];
  /** Menu and group inside it (a separator between groups). */
  menu?: { in: MenuId; group: number };
  toolbar?: ToolbarPlace;
  /**
   * With the caret in a text field the key belongs to the field (Slate's own undo, moving the
   * caret): the app's shortcut does not take it there.
   */
  keyOutsideTextOnly?: boolean;
  /**
   * 'text': acts on the text editor that has the caret (or the selected section's text). Its key
   * is handled by that editor only; the menu item shows the key without taking it.
   */
  scope?: 'text';
  enabled(ctx: CommandContext): boolean;
}

const always = () => true;
const idle = (c: CommandContext) => !c.busy;
const withPlan = (c: CommandContext) => c.hasPlan;
const withPlanIdle = (c: CommandContext) => c.hasPlan && !c.busy;

/** The app's commands. Order = order in menus and toolbars. */
export const COMMAND_TABLE = [
  { id: 'new', label: 'Mới', accelerator: 'CmdOrCtrl+N', menu: { in: 'file', group: 1 }, toolbar: { bar: 'main', group: 1 }, enabled: idle },
  { id: 'open', label: 'Mở…', accelerator: 'CmdOrCtrl+O', menu: { in: 'file', group: 1 }, toolbar: { bar: 'main', group: 1 }, enabled: idle },
  { id: 'save', label: 'Lưu', accelerator: 'CmdOrCtrl+S', menu: { in: 'file', group: 2 }, toolbar: { bar: 'main', group: 1 }, enabled: withPlanIdle },
  { id: 'save-as', label: 'Lưu thành…', accelerator: 'CmdOrCtrl+Shift+S', menu: { in: 'file', group: 2 }, toolbar: { bar: 'main', group: 1 }, enabled: withPlanIdle },
  { id: 'export-docx', label: 'Xuất Word (DOCX)…', menu: { in: 'file', group: 3 }, toolbar: { bar: 'main', group: 2, text: 'Xuất Word' }, enabled: withPlanIdle },
  { id: 'export-pdf', label: 'Xuất PDF…', menu: { in: 'file', group: 3 }, toolbar: { bar: 'main', group: 2, text: 'Xuất PDF' }, enabled: withPlanIdle },
  { id: 'print', label: 'In…', accelerator: 'CmdOrCtrl+P', menu: { in: 'file', group: 3 }, toolbar: { bar: 'main', group: 2 }, enabled: withPlanIdle },
  { id: 'undo', label: 'Hoàn tác', accelerator: 'CmdOrCtrl+Z', menu: { in: 'edit', group: 1 }, toolbar: { bar: 'main', group: 3 }, keyOutsideTextOnly: true, enabled: (c) => c.hasPlan && c.canUndo },
  { id: 'redo', label: 'Làm lại', accelerator: 'CmdOrCtrl+Y', alsoKeys: ['CmdOrCtrl+Shift+Z'], menu: { in: 'edit', group: 1 }, toolbar: { bar: 'main', group: 3 }, keyOutsideTextOnly: true, enabled: (c) => c.hasPlan && c.canRedo },
  { id: 'find', label: 'Tìm', accelerator: 'CmdOrCtrl+F', menu: { in: 'edit', group: 3 }, toolbar: { bar: 'main', group: 4 }, enabled: withPlan },
  { id: 'replace', label: 'Thay thế', accelerator: 'CmdOrCtrl+H', menu: { in: 'edit', group: 3 }, toolbar: { bar: 'main', group: 4 }, enabled: withPlan },
  { id: 'review', label: 'Đối chiếu với văn bản cấp trên', accelerator: 'CmdOrCtrl+Shift+D', menu: { in: 'view', group: 2 }, toolbar: { bar: 'main', group: 4, text: 'Đối chiếu' }, enabled: withPlanIdle },
  { id: 'save-version', label: 'Lưu phiên bản…', menu: { in: 'file', group: 4 }, enabled: withPlanIdle },
  { id: 'versions', label: 'Các phiên bản và so sánh…', menu: { in: 'file', group: 4 }, toolbar: { bar: 'main', group: 4, text: 'Phiên bản' }, enabled: withPlanIdle },
  // F7: Word's key for "Spelling & Grammar", the check a clerk already knows.
  // No toolbar button: the left column's tab "Kiểm tra (n)" is one already, and a 1024 px toolbar has no room left.
  { id: 'check', label: 'Kiểm tra văn bản', accelerator: 'F7', menu: { in: 'view', group: 2 }, enabled: withPlan },
  { id: 'move-up', label: 'Chuyển mục lên', accelerator: 'Alt+Up', keyOutsideTextOnly: true, enabled: withPlan },
  { id: 'move-down', label: 'Chuyển mục xuống', accelerator: 'Alt+Down', keyOutsideTextOnly: true, enabled: withPlan },
  { id: 'bold', label: 'Chữ đậm', accelerator: 'CmdOrCtrl+B', scope: 'text', menu: { in: 'format', group: 1 }, toolbar: { bar: 'editor', group: 1, text: 'Đ' }, enabled: withPlan },
  { id: 'italic', label: 'Chữ nghiêng', accelerator: 'CmdOrCtrl+I', scope: 'text', menu: { in: 'format', group: 1 }, toolbar: { bar: 'editor', group: 1, text: 'N' }, enabled: withPlan },
  { id: 'underline', label: 'Gạch chân', accelerator: 'CmdOrCtrl+U', scope: 'text', menu: { in: 'format', group: 1 }, toolbar: { bar: 'editor', group: 1, text: 'G' }, enabled: withPlan },
  { id: 'bullet-dash', label: 'Dòng gạch đầu dòng “-”', accelerator: 'CmdOrCtrl+Shift+-', scope: 'text', menu: { in: 'format', group: 2 }, toolbar: { bar: 'editor', group: 2, text: '-' }, enabled: withPlan },
  { id: 'bullet-plus', label: 'Dòng “+”', accelerator: 'CmdOrCtrl+Shift+=', scope: 'text', menu: { in: 'format', group: 2 }, toolbar: { bar: 'editor', group: 2, text: '+' }, enabled: withPlan },
  { id: 'paragraph', label: 'Đoạn văn thường', accelerator: 'CmdOrCtrl+Shift+0', scope: 'text', menu: { in: 'format', group: 2 }, toolbar: { bar: 'editor', group: 2, text: '¶' }, enabled: withPlan },
  { id: 'align-left', label: 'Căn trái', accelerator: 'CmdOrCtrl+L', scope: 'text', menu: { in: 'format', group: 3 }, toolbar: { bar: 'editor', group: 3, text: 'Trái' }, enabled: withPlan },
  { id: 'align-center', label: 'Căn giữa', accelerator: 'CmdOrCtrl+E', scope: 'text', menu: { in: 'format', group: 3 }, toolbar: { bar: 'editor', group: 3, text: 'Giữa' }, enabled: withPlan },
  { id: 'align-right', label: 'Căn phải', accelerator: 'CmdOrCtrl+R', scope: 'text', menu: { in: 'format', group: 3 }, toolbar: { bar: 'editor', group: 3, text: 'Phải' }, enabled: withPlan },
  { id: 'align-justify', label: 'Căn đều hai bên', accelerator: 'CmdOrCtrl+J', scope: 'text', menu: { in: 'format', group: 3 }, toolbar: { bar: 'editor', group: 3, text: 'Đều' }, enabled: withPlan },
  { id: 'footnote', label: 'Chèn chú thích cuối trang', accelerator: 'CmdOrCtrl+Alt+F', scope: 'text', menu: { in: 'format', group: 4 }, toolbar: { bar: 'editor', group: 4, text: 'Chú thích' }, enabled: withPlan },
  { id: 'table', label: 'Chèn bảng', scope: 'text', menu: { in: 'format', group: 5 }, toolbar: { bar: 'editor', group: 5, text: '▦ Bảng' }, enabled: withPlan },
  { id: 'page-break', label: 'Bắt đầu mục ở trang mới', accelerator: 'CmdOrCtrl+Enter', scope: 'text', menu: { in: 'format', group: 4 }, enabled: withPlan },
  { id: 'zoom-out', label: 'Thu nhỏ trang xem trước', menu: { in: 'view', group: 1 }, toolbar: { bar: 'preview', group: 1, text: '−' }, enabled: withPlan },
  { id: 'zoom-in', label: 'Phóng to trang xem trước', menu: { in: 'view', group: 1 }, toolbar: { bar: 'preview', group: 1, text: '+' }, enabled: withPlan },
  { id: 'zoom-fit-width', label: 'Vừa chiều rộng', menu: { in: 'view', group: 1 }, toolbar: { bar: 'preview', group: 2 }, enabled: withPlan },
  { id: 'zoom-fit-page', label: 'Vừa trang', menu: { in: 'view', group: 1 }, toolbar: { bar: 'preview', group: 2 }, enabled: withPlan },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMAND_TABLE)[number]['id'];

/** The table, each entry seen as a CommandSpec (optional fields readable on every entry). */
export const COMMANDS: readonly CommandSpec[] = COMMAND_TABLE;

/**
 * Menu items Electron carries out itself (clipboard, window zoom, full screen, quit). Part of the
 * table so their accelerators are checked against the commands'; never sent to the renderer.
 */
export interface MenuRoleSpec {
  role: 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen' | 'quit';
  label: string;
  accelerator: string;
  menu: { in: MenuId; group: number };
}

export const MENU_ROLES: readonly MenuRoleSpec[] = [
  { role: 'quit', label: 'Thoát', accelerator: 'Alt+F4', menu: { in: 'file', group: 9 } },
  { role: 'cut', label: 'Cắt', accelerator: 'CmdOrCtrl+X', menu: { in: 'edit', group: 2 } },
  { role: 'copy', label: 'Sao chép', accelerator: 'CmdOrCtrl+C', menu: { in: 'edit', group: 2 } },
  { role: 'paste', label: 'Dán', accelerator: 'CmdOrCtrl+V', menu: { in: 'edit', group: 2 } },
  { role: 'selectAll', label: 'Chọn tất cả', accelerator: 'CmdOrCtrl+A', menu: { in: 'edit', group: 2 } },
  { role: 'zoomIn', label: 'Chữ giao diện to hơn', accelerator: 'CmdOrCtrl+=', menu: { in: 'view', group: 2 } },
  { role: 'zoomOut', label: 'Chữ giao diện nhỏ hơn', accelerator: 'CmdOrCtrl+-', menu: { in: 'view', group: 2 } },
  { role: 'resetZoom', label: 'Cỡ chữ giao diện gốc', accelerator: 'CmdOrCtrl+0', menu: { in: 'view', group: 2 } },
  { role: 'togglefullscreen', label: 'Toàn màn hình', accelerator: 'F11', menu: { in: 'view', group: 3 } },
];

const BY_ID = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]));

export function commandSpec(id: CommandId): CommandSpec {
  return BY_ID.get(id)!;
}

export const isCommandId = (v: unknown): v is CommandId => typeof v === 'string' && BY_ID.has(v);

export function isEnabled(id: CommandId, ctx: CommandContext): boolean {
  return commandSpec(id).enabled(ctx);
}

/** "CmdOrCtrl+Shift+S" → "Ctrl+Shift+S", "Alt+Up" → "Alt+↑": as tooltips and the docs write keys. */
export function acceleratorLabel(accelerator: string): string {
  return accelerator
    .split('+')
    .map((part) => (part === 'CmdOrCtrl' || part === 'CommandOrControl' ? 'Ctrl' : part === 'Up' ? '↑' : part === 'Down' ? '↓' : part))
    .join('+');
}

/** The tooltip of a button: its label and, if it has one, its shortcut: "Lưu (Ctrl+S)". */
export function commandTitle(spec: CommandSpec): string {
  return spec.accelerator ? `${spec.label} (${acceleratorLabel(spec.accelerator)})` : spec.label;
}

// ---- Menus ----------------------------------------------------------------------------------

export type MenuEntry = { kind: 'command'; command: CommandSpec } | { kind: 'role'; role: MenuRoleSpec } | { kind: 'separator' };

/** Each menu's entries, in table order by group, with a separator between groups. */
export function menuLayout(): Array<{ id: MenuId; label: string; entries: MenuEntry[] }> {
  return MENUS.map(({ id, label }) => {
    const items: Array<{ group: number; entry: MenuEntry }> = [
      ...COMMANDS.filter((c) => c.menu?.in === id).map((c) => ({ group: c.menu!.group, entry: { kind: 'command', command: c } as MenuEntry })),
      ...MENU_ROLES.filter((r) => r.menu.in === id).map((r) => ({ group: r.menu.group, entry: { kind: 'role', role: r } as MenuEntry })),
    ];
    // Stable sort: within a group, table order.
    items.sort((a, b) => a.group - b.group);
    const entries: MenuEntry[] = [];
    items.forEach((item, i) => {
      if (i > 0 && items[i - 1]!.group !== item.group) entries.push({ kind: 'separator' });
      entries.push(item.entry);
    });
    return { id, label, entries };
  });
}

/** Ids of the commands the menu sends to the renderer. */
export const MENU_COMMAND_IDS: readonly CommandId[] = COMMANDS.filter((c) => c.menu).map((c) => c.id as CommandId);

// ---- Toolbars -------------------------------------------------------------------------------

/** The buttons of one toolbar, in groups, in table order. */
export function toolbarGroups(bar: ToolbarPlace['bar']): CommandSpec[][] {
  const groups = new Map<number, CommandSpec[]>();
  for (const c of COMMANDS) {
    if (c.toolbar?.bar !== bar) continue;
    const list = groups.get(c.toolbar.group) ?? [];
    list.push(c);
    groups.set(c.toolbar.group, list);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
}

// ---- Keyboard -------------------------------------------------------------------------------

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey?: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const KEY_NAMES: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', ' ': 'Space' };

/** One spelling for an accelerator: modifiers in a fixed order, the key upper-cased. */
export function normalizeAccelerator(accelerator: string): string {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+-": the key itself may be "-" or "+"
  const key = parts.pop() || '+';
  const mods = new Set(parts.map((p) => (p === 'CommandOrControl' || p === 'CmdOrCtrl' || p === 'Control' || p === 'Ctrl' || p === 'Cmd' || p === 'Command' ? 'Ctrl' : p === 'Option' ? 'Alt' : p)));
  return [...['Ctrl', 'Alt', 'Shift'].filter((m) => mods.has(m)), key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** The accelerator a key event spells, or null for plain typing (no Ctrl, no Alt, not a function key). */
export function acceleratorOfKey(e: KeyLike): string | null {
  const ctrl = e.ctrlKey || !!e.metaKey;
  // Ctrl+Alt is AltGr on Windows keyboards (typing characters), never a shortcut here.
  if (ctrl && e.altKey) return null;
  // F1…F12 type nothing: a shortcut on their own (F7, as in Word).
  if (!ctrl && !e.altKey && !/^F([1-9]|1[0-2])$/.test(e.key)) return null;
  const key = KEY_NAMES[e.key] ?? (e.key.length === 1 ? e.key.toUpperCase() : e.key);
  return normalizeAccelerator([ctrl ? 'Ctrl' : '', e.altKey ? 'Alt' : '', e.shiftKey ? 'Shift' : '', key].filter(Boolean).join('+'));
}

/** Every key of the table's app commands (accelerators and further keys) → its command. */
export function shortcutMap(): Map<string, CommandSpec> {
  const map = new Map<string, CommandSpec>();
  for (const c of COMMANDS) {
    if (c.scope === 'text') continue;
    for (const acc of [c.accelerator, ...(c.alsoKeys ?? [])]) if (acc) map.set(normalizeAccelerator(acc), c);
  }
  return map;
}

const SHORTCUTS = shortcutMap();

/** The command a key press stands for, or null. */
export function commandForKey(e: KeyLike): CommandId | null {
  const acc = acceleratorOfKey(e);
  return acc ? ((SHORTCUTS.get(acc)?.id as CommandId | undefined) ?? null) : null;
}

// ---- Keys of the text -----------------------------------------------------------------------

export interface CodeKeyLike extends KeyLike {
  /** The physical key ("KeyE", "Minus", "Digit0"): the same on every keyboard layout. */
  code: string;
}

/** "KeyE" → "E", "Digit0" → "0", "Minus" → "-", "Equal" → "=", "Enter" → "Enter". */
function keyOfCode(code: string): string | null {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  const named: Record<string, string> = { Minus: '-', Equal: '=', Enter: 'Enter', NumpadEnter: 'Enter' };
  return named[code] ?? null;
}

const TEXT_KEYS = new Map<string, CommandSpec>(
  COMMANDS.filter((c) => c.scope === 'text' && c.accelerator).map((c) => [normalizeAccelerator(c.accelerator!), c]),
);

/**
 * The text command a key press in a text editor stands for, read from the physical key (Shift+-
 * types "_" on a US keyboard, the command is still Ctrl+Shift+-). Ctrl+Alt counts only where the
 * table says so (Ctrl+Alt+F, Word's footnote key).
 */
export function textCommandForKey(e: CodeKeyLike): CommandId | null {
  const ctrl = e.ctrlKey || !!e.metaKey;
  if (!ctrl) return null;
  const key = keyOfCode(e.code);
  if (!key) return null;
  const acc = normalizeAccelerator(['Ctrl', e.altKey ? 'Alt' : '', e.shiftKey ? 'Shift' : '', key].filter(Boolean).join('+'));
  return (TEXT_KEYS.get(acc)?.id as CommandId | undefined) ?? null;
}
