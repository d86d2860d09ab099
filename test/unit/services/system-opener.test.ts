import { describe, expect, it } from 'vitest';
import { openCommand, revealCommand } from '../../../electron/services/system-opener';

/** File names cmd.exe would read as commands, and other awkward ones a clerk can type. */
const NASTY = ['C:\\Users\\vt\\Ke hoach & calc.docx', 'C:\\x\\a|whoami.docx', 'C:\\x\\%PATH%.docx', 'C:\\x\\a^b.docx', 'C:\\x\\(1) kế hoạch.pdf', "C:\\x\\a'b;c.docx", 'C:\\x\\$(calc).docx'];

describe('opening a file on the desktop never lets a shell read its name', () => {
  it.each(NASTY)('Windows: %s reaches Start-Process through the environment, not the command line', (file) => {
    const { command, args, env } = openCommand(file, 'win32');
    expect(command).toBe('powershell.exe');
    expect(args.join(' ')).not.toContain(file);
    expect(args.some((a) => /[&|^%]/.test(a))).toBe(false);
    expect(args.join(' ')).toContain('-LiteralPath $env:KEHOACH_OPEN_FILE');
    expect(env).toEqual({ KEHOACH_OPEN_FILE: file });
  });

  it('Windows never goes through cmd /c start', () => {
    for (const file of NASTY) {
      for (const c of [openCommand(file, 'win32'), revealCommand(file, 'win32')]) {
        expect(c.command).not.toMatch(/^cmd/i);
        expect(c.args).not.toContain('/c');
      }
    }
  });

  it('Linux and macOS pass the name as one argument to the opener', () => {
    expect(openCommand('/d/a & b.docx', 'linux')).toEqual({ command: 'xdg-open', args: ['/d/a & b.docx'] });
    expect(openCommand('/d/a & b.docx', 'darwin')).toEqual({ command: 'open', args: ['/d/a & b.docx'] });
    expect(revealCommand('/d/a & b.docx', 'linux')).toEqual({ command: 'xdg-open', args: ['/d'] });
  });
});
