/**
 * conf and electron-store are ESM-only while our Node bundles are CommonJS. They are marked
 * external in scripts/build-node.mjs and esbuild keeps these `import()` calls as real dynamic
 * imports (checked in dist/electron/*.cjs), which CommonJS code may use to load ES modules.
 * Kept in one place so the loading strategy can change in one spot.
 */
export function importConf(): Promise<typeof import('conf')> {
  return import('conf');
}

export function importElectronStore(): Promise<typeof import('electron-store')> {
  return import('electron-store');
}
