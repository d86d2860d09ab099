import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinePath } from '../../../electron/services/path-confinement';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('confinePath (browser mode)', () => {
  it('resolves names and sub-folders inside the data folder', () => {
    const dataDir = tempDir();
    expect(confinePath(dataDir, 'ke-hoach.kehoach')).toBe(path.join(dataDir, 'ke-hoach.kehoach'));
    expect(confinePath(dataDir, 'nam-2024/an-lao.kehoach')).toBe(path.join(dataDir, 'nam-2024', 'an-lao.kehoach'));
    expect(confinePath(dataDir, path.join(dataDir, 'a.docx'))).toBe(path.join(dataDir, 'a.docx'));
    expect(confinePath(dataDir, '..bản nháp.kehoach')).toBe(path.join(dataDir, '..bản nháp.kehoach'));
  });

  it.each(['../ngoai.kehoach', 'a/../../ngoai.kehoach', '/etc/passwd', '..'])('refuses the escape %s with a Vietnamese message', (p) => {
    const dataDir = tempDir();
    expect(() => confinePath(dataDir, p)).toThrow(/nằm ngoài thư mục dữ liệu/);
  });

  it('refuses a symlink inside the folder that points outside it', () => {
    const dataDir = tempDir();
    const outside = tempDir();
    mkdirSync(path.join(outside, 'secret'));
    symlinkSync(path.join(outside, 'secret'), path.join(dataDir, 'link'));
    expect(() => confinePath(dataDir, 'link/x.kehoach')).toThrow(/nằm ngoài thư mục dữ liệu/);
  });

  it('asks for a name when the path is empty or not text', () => {
    const dataDir = tempDir();
    expect(() => confinePath(dataDir, '')).toThrow(/Chưa có tên tệp/);
    expect(() => confinePath(dataDir, 42)).toThrow(/Chưa có tên tệp/);
  });
});

describe('confinePath: names that escape only on a closer look (issue 11)', () => {
  const escaping = ['.', './', 'sub/..', 'sub/./..', '', '   ', '//server/share/a.kehoach', '\\\\server\\share\\a.kehoach', 'C:ngoai.kehoach', 'C:\\Windows\\ngoai.kehoach', '..\\ngoai.kehoach', 'sub\\..\\..\\ngoai.kehoach'];
  const badNames = ['CON', 'con.kehoach', 'NUL.docx', 'nam-2024/COM1.kehoach', 'LPT9', 'aux .docx', 'a.docx:x', 'ke-hoach.kehoach:Zone.Identifier', 'ten.', 'ten ', 'a<b.kehoach', 'a|b', 'dòng\u0007chuông.kehoach'];

  it.each(escaping)('refuses %j on Linux, with the extension added or not', (name) => {
    const dataDir = tempDir();
    for (const options of [{}, { extension: '.kehoach' }, { extension: '.docx' }]) {
      expect(() => confinePath(dataDir, name, options)).toThrow(/nằm ngoài thư mục dữ liệu|Chưa có tên tệp|không dùng được/);
    }
  });

  it.each(escaping)('refuses %j under path.win32 (a Windows data folder simulated)', (name) => {
    for (const options of [{}, { extension: '.kehoach' }]) {
      expect(() => confinePath('C:\\Users\\van-thu\\KeHoach', name, { ...options, pathApi: path.win32 })).toThrow(/nằm ngoài thư mục dữ liệu|Chưa có tên tệp|không dùng được/);
    }
  });

  it.each(badNames)('refuses the Windows-only trap %j on both platforms, saying why', (name) => {
    expect(() => confinePath(tempDir(), name, { extension: '.kehoach' })).toThrow(/không dùng được vì|nằm ngoài/);
    expect(() => confinePath('C:\\Users\\van-thu\\KeHoach', name, { extension: '.kehoach', pathApi: path.win32 })).toThrow(/không dùng được vì|nằm ngoài/);
  });

  it('"." never saves <data>.kehoach beside the folder: the bug found in the review', () => {
    const dataDir = tempDir();
    expect(() => confinePath(dataDir, '.', { extension: '.kehoach' })).toThrow(/nằm ngoài thư mục dữ liệu/);
  });

  it('still accepts ordinary Vietnamese names, sub-folders and absolute paths inside, on both platforms', () => {
    const dataDir = tempDir();
    expect(confinePath(dataDir, 'Kế hoạch số 45', { extension: '.kehoach' })).toBe(path.join(dataDir, 'Kế hoạch số 45.kehoach'));
    expect(confinePath(dataDir, 'nam-2024\\an-lao', { extension: '.docx' })).toBe(path.join(dataDir, 'nam-2024', 'an-lao.docx'));
    expect(confinePath(dataDir, 'console.kehoach')).toBe(path.join(dataDir, 'console.kehoach'));
    const win = 'C:\\Users\\van-thu\\KeHoach';
    expect(confinePath(win, 'nam-2024/an-lao', { extension: '.kehoach', pathApi: path.win32 })).toBe('C:\\Users\\van-thu\\KeHoach\\nam-2024\\an-lao.kehoach');
    expect(confinePath(win, 'C:\\Users\\van-thu\\KeHoach\\a.docx', { pathApi: path.win32 })).toBe('C:\\Users\\van-thu\\KeHoach\\a.docx');
  });
});
