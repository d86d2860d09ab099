import { runCli } from './run-cli';

// `kehoach templates | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// Entry of dist/cli/kehoach.cjs (bin/kehoach.cjs requires it). Sets the exit code instead of
// calling process.exit so pending stdout writes are flushed.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
