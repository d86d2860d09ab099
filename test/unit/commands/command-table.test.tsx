import type { MenuItemConstructorOptions } from 'electron';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  COMMANDS, type CommandContext, type CommandId, MENU_COMMAND_IDS, MENU_ROLES, NO_PLAN_CONTEXT, acceleratorLabel, commandForKey,
  isEnabled, normalizeAccelerator, shortcutMap, textCommandForKey,
} from '../../../core/commands/command-table';
import { Toolbar as EditorToolbar } from '../../../renderer/editor/Toolbar';
import { MENU_COMMANDS } from '../../../core/ipc/shell';
import { applyCommandContext, buildMenuTemplate } from '../../../electron/main/menu-template';
import { Toolbar } from '../../../renderer/app/Toolbar';
import { ZoomBar } from '../../../renderer/preview/ZoomBar';
import { SHORTCUT_LABELS } from '../../../renderer/state/shortcuts';

/**
 * One command table (core/commands/command-table.ts) feeds the Electron menu, the toolbars and
 * the keyboard shortcuts: each is derived from it here and compared with it and with the others.
 */

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

const OPEN: CommandContext = { hasPlan: true, dirty: true, canUndo: true, canRedo: true, busy: false };

interface DrawnButton { testId: string; title: string; ariaLabel: string | null; text: string; disabled: boolean }

/** The buttons of server-rendered markup (the unit project has no DOM). */
function buttons(html: string): DrawnButton[] {
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map((m) => {
    const attr = (name: string) => {
      const a = new RegExp(`${name}="([^"]*)"`).exec(m[1]!);
      return a ? decode(a[1]!) : null;
    };
    return { testId: attr('data-testid') ?? '', title: attr('title') ?? '', ariaLabel: attr('aria-label'), text: decode(m[2]!.replace(/<[^>]+>/g, '')), disabled: /\sdisabled=""/.test(m[1]!) };
  });
}

/** A key event that types an accelerator ("CmdOrCtrl+Shift+S" → Ctrl, Shift, "S"). */
function keyOf(accelerator: string) {
  const parts = accelerator.split('+');
  const key = parts.pop() || '+';
  const names: Record<string, string> = { Up: 'ArrowUp', Down: 'ArrowDown' };
  const shift = parts.includes('Shift');
  return {
    key: names[key] ?? (key.length === 1 ? (shift ? key.toUpperCase() : key.toLowerCase()) : key),
    ctrlKey: parts.includes('CmdOrCtrl') || parts.includes('Ctrl'),
    shiftKey: shift,
    altKey: parts.includes('Alt'),
  };
}

describe('the command table', () => {
  it('gives every command a Vietnamese label and a unique id', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMANDS) expect(c.label.trim(), c.id).not.toBe('');
  });

  it('never gives two commands (or a command and a menu role) the same key', () => {
    const keys = [
      ...COMMANDS.flatMap((c) => [c.accelerator, ...(c.alsoKeys ?? [])].filter((a): a is string => !!a).map((a) => [normalizeAccelerator(a), c.id])),
      ...MENU_ROLES.map((r) => [normalizeAccelerator(r.accelerator), r.role]),
    ];
    const seen = new Map<string, string>();
    for (const [key, owner] of keys) {
      expect(seen.get(key!), `${key} of ${owner}`).toBeUndefined();
      seen.set(key!, owner!);
    }
  });

  it('says when a command can be used', () => {
    expect(isEnabled('new', NO_PLAN_CONTEXT)).toBe(true);
    expect(isEnabled('save', NO_PLAN_CONTEXT)).toBe(false);
    expect(isEnabled('save', OPEN)).toBe(true);
    expect(isEnabled('export-pdf', { ...OPEN, busy: true })).toBe(false);
    expect(isEnabled('undo', { ...OPEN, canUndo: false })).toBe(false);
    expect(isEnabled('redo', { ...OPEN, canRedo: false })).toBe(false);
  });
});

describe('the Electron menu is derived from the table', () => {
  const sent: string[] = [];
  const menu = buildMenuTemplate((c) => sent.push(c), () => undefined, false, OPEN);
  const items = flatten(menu).filter((i) => i.type !== 'separator' && !Array.isArray(i.submenu));

  it('has one item per menu command, with its label, accelerator and id, sending its id', () => {
    for (const c of COMMANDS) {
      const item = items.find((i) => i.id === c.id);
      if (!c.menu) {
        expect(item, c.id).toBeUndefined();
        continue;
      }
      expect(item?.label, c.id).toBe(c.label);
      expect(item?.accelerator, c.id).toBe(c.accelerator);
      (item!.click as () => void)();
      expect(sent.at(-1)).toBe(c.id);
    }
    // Everything else in the menu is one of the table's Electron roles.
    const rest = items.filter((i) => !i.id).map((i) => [i.label, i.accelerator]);
    expect(rest).toEqual(MENU_ROLES.map((r) => [r.label, r.accelerator]));
  });

  it('sends only commands the renderer accepts from the shell', () => {
    expect([...MENU_COMMANDS].sort()).toEqual([...MENU_COMMAND_IDS, 'save-and-close'].sort());
  });

  it('enables items by the table’s enabled-when, at build time and when the context changes', () => {
    const closed = flatten(buildMenuTemplate(() => undefined, () => undefined, false, NO_PLAN_CONTEXT));
    expect(closed.find((i) => i.id === 'new')?.enabled).toBe(true);
    expect(closed.find((i) => i.id === 'save')?.enabled).toBe(false);
    const state = new Map<string, { enabled: boolean }>(MENU_COMMAND_IDS.map((id) => [id, { enabled: true }]));
    applyCommandContext({ getMenuItemById: (id) => state.get(id) ?? null }, { ...OPEN, canUndo: false, busy: true });
    expect(state.get('undo')?.enabled).toBe(false);
    expect(state.get('export-docx')?.enabled).toBe(false);
    expect(state.get('find')?.enabled).toBe(true);
  });
});

describe('the toolbars are derived from the table', () => {
  const main = buttons(renderToStaticMarkup(<Toolbar title="a.kehoach" dirty={false} undoLabel={null} redoLabel={null} context={{ ...OPEN, canUndo: false, canRedo: false }} onCommand={() => undefined} />));
  const zoom = buttons(renderToStaticMarkup(<ZoomBar />));
  const format = buttons(renderToStaticMarkup(<EditorToolbar activeEditor={{ current: null }} />));

  it('draws the formatting bar from the text commands: same order, label, key and short text', () => {
    const expected = COMMANDS.filter((c) => c.toolbar?.bar === 'editor');
    expect(expected.length).toBeGreaterThan(8);
    expect(format.map((b) => b.testId)).toEqual(expected.map((c) => `toolbar-${c.id}`));
    for (const c of expected) {
      const b = format.find((x) => x.testId === `toolbar-${c.id}`)!;
      expect(c.scope, c.id).toBe('text');
      expect(b.ariaLabel, c.id).toBe(c.label);
      expect(b.text, c.id).toBe(c.toolbar?.text ?? c.label);
      expect(b.title, c.id).toBe(c.accelerator ? `${c.label} (${acceleratorLabel(c.accelerator)})` : c.label);
    }
  });

  it('draws one button per toolbar command, in table order, named by its label, its key in the tooltip', () => {
    const expected = COMMANDS.filter((c) => c.toolbar && c.toolbar.bar !== 'editor');
    const drawn = [...main, ...zoom];
    expect(drawn.map((b) => b.testId)).toEqual(expected.map((c) => `cmd-${c.id}`));
    for (const c of expected) {
      const b = drawn.find((x) => x.testId === `cmd-${c.id}`)!;
      expect(b.ariaLabel ?? b.text, c.id).toBe(c.label);
      expect(b.text, c.id).toBe(c.toolbar?.text ?? c.label);
      expect(b.title, c.id).toBe(c.accelerator ? `${c.label} (${acceleratorLabel(c.accelerator)})` : c.label);
    }
  });

  it('disables the buttons the context rules out', () => {
    expect(main.find((b) => b.testId === 'cmd-undo')?.disabled).toBe(true);
    expect(main.find((b) => b.testId === 'cmd-save')?.disabled).toBe(false);
  });

  it('shows the same key in the menu, the tooltip and the shortcut labels', () => {
    const menuItems = flatten(buildMenuTemplate(() => undefined, () => undefined));
    for (const c of COMMANDS.filter((x) => x.accelerator)) {
      expect(SHORTCUT_LABELS[c.id as CommandId], c.id).toBe(acceleratorLabel(c.accelerator!));
      const item = menuItems.find((i) => i.id === c.id);
      if (item) expect(acceleratorLabel(String(item.accelerator)), c.id).toBe(SHORTCUT_LABELS[c.id as CommandId]);
      const button = main.find((b) => b.testId === `cmd-${c.id}`);
      if (button) expect(button.title.endsWith(`(${SHORTCUT_LABELS[c.id as CommandId]})`), c.id).toBe(true);
    }
  });
});

describe('the keyboard shortcuts are derived from the table', () => {
  it('maps every accelerator and further key of the table to its command, and nothing else', () => {
    const map = shortcutMap();
    const expected = COMMANDS.filter((c) => c.scope !== 'text').flatMap((c) => [c.accelerator, ...(c.alsoKeys ?? [])].filter((a): a is string => !!a).map((a) => [a, c.id] as const));
    expect(map.size).toBe(expected.length);
    for (const [accelerator, id] of expected) expect(commandForKey(keyOf(accelerator)), accelerator).toBe(id);
  });

  it('takes the same keys as the Electron menu: app keys globally, keys of the text in the text editor only', () => {
    const items = flatten(buildMenuTemplate(() => undefined, () => undefined)).filter((i) => i.id && i.accelerator);
    expect(items.some((i) => i.registerAccelerator === false)).toBe(true);
    for (const item of items) {
      const text = COMMANDS.find((c) => c.id === item.id)?.scope === 'text';
      // A key of the text is shown in the menu but left to the page, where the editor takes it.
      expect(item.registerAccelerator === false, String(item.id)).toBe(text);
      if (!text) expect(commandForKey(keyOf(String(item.accelerator))), String(item.accelerator)).toBe(item.id);
    }
  });

  it('reads the keys of the text from the physical key, as Word does on any layout', () => {
    const k = (code: string, mods: Partial<{ shiftKey: boolean; altKey: boolean }> = {}, key = '') => ({ key, code, ctrlKey: true, shiftKey: false, altKey: false, ...mods });
    expect(textCommandForKey(k('KeyB', {}, 'b'))).toBe('bold');
    expect(textCommandForKey(k('KeyE', {}, 'e'))).toBe('align-center');
    expect(textCommandForKey(k('KeyR', {}, 'r'))).toBe('align-right');
    expect(textCommandForKey(k('KeyJ', {}, 'j'))).toBe('align-justify');
    expect(textCommandForKey(k('KeyL', {}, 'l'))).toBe('align-left');
    // Shift+- types "_" on a US keyboard: still "-" items.
    expect(textCommandForKey(k('Minus', { shiftKey: true }, '_'))).toBe('bullet-dash');
    expect(textCommandForKey(k('Equal', { shiftKey: true }, '+'))).toBe('bullet-plus');
    expect(textCommandForKey(k('Digit0', { shiftKey: true }, ')'))).toBe('paragraph');
    expect(textCommandForKey(k('KeyF', { altKey: true }, 'f'))).toBe('footnote');
    expect(textCommandForKey(k('Enter', {}, 'Enter'))).toBe('page-break');
    // Not keys of the text: plain letters, Ctrl+S (the app's), Ctrl+Alt+E.
    expect(textCommandForKey({ ...k('KeyB', {}, 'b'), ctrlKey: false })).toBeNull();
    expect(textCommandForKey(k('KeyS', {}, 's'))).toBeNull();
    expect(textCommandForKey(k('KeyE', { altKey: true }, 'e'))).toBeNull();
    // Every text command with a key is reached by that key.
    for (const c of COMMANDS.filter((x) => x.scope === 'text' && x.accelerator)) {
      const parts = c.accelerator!.split('+');
      const key = parts.pop() || '+';
      const code = /^[A-Z]$/.test(key) ? `Key${key}` : /^[0-9]$/.test(key) ? `Digit${key}` : ({ '-': 'Minus', '=': 'Equal' } as Record<string, string>)[key] ?? key;
      expect(textCommandForKey(k(code, { shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') })), c.id).toBe(c.id);
    }
  });

  it('leaves Slate’s own keys (Ctrl+B/I/U), plain typing and AltGr alone', () => {
    for (const k of ['b', 'i', 'u']) expect(commandForKey({ key: k, ctrlKey: true, shiftKey: false, altKey: false })).toBeNull();
    expect(commandForKey({ key: 'z', ctrlKey: false, shiftKey: false, altKey: false })).toBeNull();
    expect(commandForKey({ key: 'z', ctrlKey: true, shiftKey: false, altKey: true })).toBeNull();
    expect(commandForKey({ key: 'Z', ctrlKey: true, shiftKey: true, altKey: false })).toBe('redo');
  });
});
