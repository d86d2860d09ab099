import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the renderer into dist/renderer. Relative base so the same files load from file:// in
 * Electron and from the browser-mode server. JSX through esbuild (no React plugin needed).
 */
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * KEHOACH_STAND_INS=1 (development only): components of the editor/preview engineer that do not
 * exist yet are replaced by stand-ins so the shell can be built and looked at. Without the
 * variable a missing component fails the build, as it should.
 */
const standIns = process.env.KEHOACH_STAND_INS === '1'
  ? [
      ['preview/A4Preview', 'app/dev-stand-ins/A4Preview.tsx'],
      ['editor/FindReplace', 'app/dev-stand-ins/FindReplace.tsx'],
    ]
      .filter(([real]) => !existsSync(`${root}/${real}.tsx`))
      .map(([real, standIn]) => ({ find: new RegExp(`^\\.\\./${real}$`), replacement: `${root}/${standIn}` }))
  : [];

export default defineConfig({
  root,
  base: './',
  esbuild: { jsx: 'automatic' },
  resolve: { alias: standIns },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome110',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: false },
});
