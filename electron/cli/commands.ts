import type { CommandTable } from './cli-command';

/**
 * Every command, each imported only when it runs: `kehoach export` does not start the PDF reader,
 * the library search or the checker. In the bundle esbuild keeps such modules unevaluated until
 * they are imported; the build also makes one bundle per command (scripts/build-node.mjs), which
 * the launcher starts when the command line names that command.
 */
export const COMMANDS: CommandTable = {
  templates: async () => (await import('./command-templates')).command,
  new: async () => (await import('./command-new')).command,
  export: async () => (await import('./command-export')).command,
  'open-docx': async () => (await import('./command-open-docx')).command,
  library: async () => (await import('./command-library')).command,
  coverage: async () => (await import('./command-coverage')).command,
  compare: async () => (await import('./command-compare')).command,
  check: async () => (await import('./command-check')).command,
};
