import type { CommandTable } from './cli-command';
import { runCommands } from './run-commands';

/**
 * Runs the CLI on this process's arguments. Sets the exit code instead of calling process.exit so
 * pending stdout writes are flushed. `commands`: all of them (commands.ts) or the one of a
 * per-command bundle.
 */
export function startCli(commands: CommandTable): void {
  // `kehoach templates | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  void runCommands(commands, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
