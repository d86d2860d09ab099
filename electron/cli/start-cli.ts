import { z } from 'zod';
import type { CommandTable } from './cli-command';
import { runCommands } from './run-commands';

/**
 * Runs the CLI on this process's arguments. Sets the exit code instead of calling process.exit so
 * pending stdout writes are flushed. `commands`: all of them (commands.ts) or the one of a
 * per-command bundle.
 */
export function startCli(commands: CommandTable): void {
  // A run parses its draft once: zod's compiled fast path (built on the first parse of a schema,
  // paying off from the second) would only add its own compilation to a cold start.
  z.config({ jitless: true });
  // `kehoach templates | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  void runCommands(commands, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
