import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { ICON_SIZES, icoOf, makeIcons } from '../../../scripts/make-icons.mjs';

/**
 * The Windows build cannot run here (Electron's and NSIS's downloads are blocked), so the
 * installer configuration is checked offline: against electron-builder's own JSON schema (the
 * one it validates with before building), and for what the offices need.
 */
const require = createRequire(import.meta.url);
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;

describe('electron-builder configuration (electron-builder.yml)', () => {
  it("is valid against electron-builder's own schema", () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
    // And the check can fail: a misspelt option is refused.
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).toBe(false);
  });

  it('sets the Electron fuses for production', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds a per-user NSIS installer without admin rights, in Vietnamese, and a portable build, for Windows x64', () => {
    const targets = config.win.target.map((t: { target: string; arch: string[] }) => `${t.target}:${t.arch.join(',')}`);
    expect(targets).toEqual(['nsis:x64', 'portable:x64']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, createDesktopShortcut: 'always', createStartMenuShortcut: true, language: '1066', installerLanguages: ['vi_VN'] });
    expect(config.productName).toBe('Soạn thảo Kế hoạch');
  });

  it("has a Vietnamese line for every message electron-builder adds to the installer", () => {
    const messages = load(readFileSync(require.resolve('app-builder-lib/templates/nsis/messages.yml'), 'utf8')) as Record<string, Record<string, string>>;
    const include = readFileSync(config.nsis.include, 'utf8');
    for (const [id, byLang] of Object.entries(messages)) {
      if (byLang.vi) continue; // electron-builder's own Vietnamese
      expect(include, id).toMatch(new RegExp(`^LangString ${id} 1066 "[^"]*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ][^"]*"$`, 'm'));
    }
    for (const [id, byLang] of Object.entries(messages)) if (byLang.vi) expect(include, `${id} is already Vietnamese in electron-builder`).not.toMatch(new RegExp(`LangString ${id} `));
  });

  it('associates .kehoach files with the app and their own icon; icons are generated from the SVG sources', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'kehoach', icon: 'icons/kehoach-file.ico' })]);
    expect(config.win.icon).toBe('build/icons/app.ico');
    for (const name of ['app', 'kehoach-file']) expect(existsSync(path.join('build/icons', `${name}.svg`))).toBe(true);
    const out = mkdtempSync(path.join(os.tmpdir(), 'kehoach-icons-'));
    try {
      makeIcons(out);
      for (const name of ['app', 'kehoach-file']) {
        const ico = readFileSync(path.join(out, `${name}.ico`));
        expect(ico.readUInt16LE(2)).toBe(1); // an icon
        expect(ico.readUInt16LE(4)).toBe(ICON_SIZES.length);
        const sizes = Array.from({ length: ICON_SIZES.length }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
        expect(sizes).toEqual(ICON_SIZES);
        // Each entry is a PNG at its offset.
        for (let i = 0; i < ICON_SIZES.length; i++) expect(ico.subarray(ico.readUInt32LE(6 + 16 * i + 12), ico.readUInt32LE(6 + 16 * i + 12) + 4).toString('latin1')).toBe('\x89PNG');
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(icoOf([]).length).toBe(6);
  });

  it('npm run dist:win is defined and documented with what it needs', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win nsis portable --x64/);
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/); // pinned
    const doc = readFileSync('docs/installer.md', 'utf8');
    expect(doc).toMatch(/npm run dist:win/);
    expect(doc).toMatch(/Wine/);
  });
});
