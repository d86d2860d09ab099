import type { LibraryCommandDeps } from './command-library';
import { type CliIo, processIo } from './cli-io';
import { COMMANDS } from './commands';
import { runCommands } from './run-commands';

export { HELP } from './run-commands';

/** The whole CLI, every command (run-commands.ts); what tests call in-process. */
export function runCli(argv: string[], io: CliIo = processIo(), deps: LibraryCommandDeps = {}): Promise<number> {
  return runCommands(COMMANDS, argv, io, deps);
}
