import './zod-jitless';
import { COMMANDS } from './commands';
import { startCli } from './start-cli';

// Entry of dist/cli/kehoach-main.cjs, every command (started by dist/cli/kehoach.cjs, launcher.ts).
startCli(COMMANDS);
