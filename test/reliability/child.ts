import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, type CliResult } from '../support/cli.js';

/**
 * The built CLI as a child we can signal while it runs (test/support/cli.ts runCli waits for it); `output`
 * is what it has printed so far.
 */
export function startCli(
  args: string[],
  options: { env?: Record<string, string>; faults?: boolean; timeoutMs?: number } = {},
): { child: ChildProcess; done: Promise<CliResult>; output(): { stdout: string; stderr: string } } {
  const nodeOptions = options.faults ? `--import=${pathToFileURL(join(projectRoot, 'test', 'reliability', 'fs-faults.mjs')).href}` : '';
  const child = spawn(process.execPath, [join(projectRoot, 'bin', 'ehalsa.js'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: nodeOptions, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status: status ?? (signal ? -1 : null), stdout, stderr });
    });
  });
  return { child, done, output: () => ({ stdout, stderr }) };
}

/** Polls `check` every `everyMs` until it returns something truthy, or gives up (null) after `timeoutMs`. */
export async function waitFor<T>(check: () => T | null | undefined | false, timeoutMs = 60_000, everyMs = 25): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return null;
}

/** True while <out> holds a staging folder of a run (the report is being written). */
export function staging(out: string): boolean {
  return existsSync(out) && readdirSync(out).some((n) => /^\.\d{4}\.tmp-/.test(n));
}

export interface Proc {
  pid: number;
  ppid: number;
  args: string;
}

/** Every process below `root` (children, grandchildren, …), from `ps`. */
export function descendants(root: number): Proc[] {
  const all = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const out: Proc[] = [];
  const parents = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        out.push(p);
        grew = true;
      }
    }
  }
  return out;
}

export function isBrowser(p: Proc): boolean {
  return /chrom/i.test(p.args) && /--user-data-dir=/.test(p.args);
}

/** A process that still runs (a zombie waiting to be reaped does not count). */
export function alive(pid: number): boolean {
  try {
    const stat = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return stat !== '' && !stat.startsWith('Z');
  } catch {
    return false;
  }
}
