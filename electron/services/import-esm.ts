/**
 * conf and electron-store are ESM-only while our Node bundles are CommonJS (esbuild would turn a
 * plain `import()` into `require()`). A real dynamic import, hidden from the bundler, loads them
 * as ES modules in both the bundle and tsx/vitest.
 */
const dynamicImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

export async function importEsm<T>(specifier: string): Promise<T> {
  return (await dynamicImport(specifier)) as T;
}
