/**
 * Whether a process of this machine still runs: what tells a file left by a killed writer (a temp
 * file, a lock) from one still being written. Signal 0 checks without sending anything; EPERM
 * means it exists but belongs to another user, so only ESRCH says it is gone.
 */
export function processRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
