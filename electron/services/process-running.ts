import { readFileSync } from 'node:fs';

/**
 * Whether a process of this machine still runs: what tells a file left by a killed writer (a temp
 * file, a lock) from one still being written. Signal 0 checks without sending anything; EPERM
 * means it exists but belongs to another user, so only ESRCH says it is gone.
 *
 * Process ids are reused (Linux often counts only to 32768), so a writer is named by its id AND,
 * where the system tells it (Linux /proc), its start time: a new process that got a dead writer's
 * id is not taken for it.
 */
export function processRunning(pid: number, startedAt?: string): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  const stat = procStat(pid);
  // A zombie (killed, not yet reaped by its parent) still answers signal 0 but writes nothing any more.
  if (stat && (stat.state === 'Z' || stat.state === 'X')) return false;
  if (!startedAt) return true;
  return stat === null || stat.startTime === startedAt;
}

/** The start time of a process in clock ticks since boot (/proc/<pid>/stat, field 22), or null where unknown. */
export function processStartTime(pid: number = process.pid): string | null {
  return procStat(pid)?.startTime ?? null;
}

/** State (field 3) and start time (field 22) from /proc/<pid>/stat; null where there is no /proc. */
function procStat(pid: number): { state: string; startTime: string | null } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', startTime: fields[19] ?? null };
  } catch {
    return null;
  }
}
