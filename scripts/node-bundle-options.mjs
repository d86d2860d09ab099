// The esbuild options of every Node-side bundle the product ships (scripts/build-node.mjs). The
// bench builds the code it times with the same options (bench/as-shipped.ts), so it times what
// users run, not the development transpile.
import { fileURLToPath } from 'node:url';

export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // electron is provided by the runtime; electron-store/conf are ESM-only and loaded at run time.
  external: ['electron', 'electron-store', 'conf'],
  logLevel: 'warning',
  // No comments, no indentation (identifiers kept: stack traces stay readable, and the source
  // maps lead back to the code): a smaller file, and one of plain ASCII — libraries' comments
  // hold other scripts — which Node reads several times faster. It matters for the CLI, whose
  // every run starts by reading its bundle (electron/cli/launcher.ts).
  minifyWhitespace: true,
  charset: 'ascii',
  // fflate's Node build loads worker_threads as it starts (3 ms of every CLI run), for the
  // asynchronous functions the product never calls; its browser build is the same zip code without that.
  alias: { fflate: fileURLToPath(new URL('../node_modules/fflate/esm/browser.js', import.meta.url)) },
};
