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
