import { readFileSync } from 'node:fs';

/**
 * Which process owns a lock, a staging folder or a browser profile: its pid and, on Linux, its start
 * time (clock ticks since boot, from /proc/<pid>/stat). A pid alone is not enough: after a crash it may
 * belong to another program by the time the next run looks, and that run would wait for a stranger.
 * An owner is written as `<pid>.<start>` ("0" when the start time cannot be read).
 *
 * It lives in src/pdf because src/pdf imports nothing of the rest but types; the output lock
 * (src/pipeline/output.ts) uses it too.
 */

export interface Owner {
  pid: number;
  /** Start time in clock ticks since boot; null when unknown (another platform, an old lock). */
  start: number | null;
}

let self: string | undefined;

/** This process, as written into names and lock files. */
export function ownerToken(): string {
  self ??= `${process.pid}.${startTime(process.pid) ?? 0}`;
  return self;
}

/** `<pid>.<start>` or a bare pid (locks of earlier versions); null when it is neither. */
export function parseOwner(token: string): Owner | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(token.trim());
  if (!m) return null;
  const start = m[2] === undefined || m[2] === '0' ? null : Number(m[2]);
  return { pid: Number(m[1]), start };
}

/**
 * Whether the owner still runs: its pid is alive and is the same process (same start time), or, when no
 * start time was recorded, a process that is an ehalsa run. A zombie counts as gone.
 */
export function ownerAlive(owner: Owner): boolean {
  if (owner.pid === process.pid) return owner.start === null || owner.start === startTime(process.pid);
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux') return true;
  const stat = procStat(owner.pid);
  if (!stat || stat.state === 'Z') return false;
  if (owner.start !== null) return stat.start === owner.start;
  return isEhalsa(owner.pid);
}

function startTime(pid: number): number | null {
  return procStat(pid)?.start ?? null;
}

function procStat(pid: number): { state: string; start: number } | null {
  if (process.platform !== 'linux') return null;
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (2nd field) may hold spaces and parentheses: the fields after it follow the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const start = Number(fields[19]);
    return Number.isFinite(start) ? { state: fields[0] ?? '', start } : null;
  } catch {
    return null;
  }
}

/** A process whose command line runs ehalsa (bin/ehalsa.js, dist/cli/main.js, the tests' transpiled copy). */
function isEhalsa(pid: number): boolean {
  try {
    return /ehalsa/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}
