import type { ParsedArgs } from './args';
import type { CliIo } from './cli-io';
import type { LibraryCommandDeps } from './command-library';

/** One command of the CLI: its name on the command line, and what it does; the exit code it ends with. */
export interface CliCommand {
  name: string;
  run(args: ParsedArgs, io: CliIo, deps: LibraryCommandDeps): Promise<number>;
}

/** Commands by name, each loaded when it runs. */
export type CommandTable = Readonly<Record<string, () => Promise<CliCommand>>>;
