import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Fails when the pinned Electron is no longer a supported major (electron-support.json records them). */
describe('Electron version', () => {
  it('is pinned exactly, and its major is one Electron still supports', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const support = JSON.parse(readFileSync('electron-support.json', 'utf8')) as { supportedMajors: number[] };
    const pinned = pkg.devDependencies.electron as string;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(support.supportedMajors).toContain(Number(pinned.split('.')[0]));
    // The installed one is the pinned one (types are compiled against it).
    expect(JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version).toBe(pinned);
  });
});
