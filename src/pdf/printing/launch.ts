import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import type { BrowserCandidate } from './browser.js';
import { killProcessTree, registerCleanup } from './cleanup.js';
import { ownerAlive, ownerToken, parseOwner } from './owner.js';

/** A running browser that owns its fresh profile folder; `close` removes both, always. */
export interface LaunchedBrowser {
  browser: Browser;
  candidate: BrowserCandidate;
  profileDir: string;
  pid: number | null;
  close(): Promise<void>;
}

const closeGraceMs = 5000;
const profileRetryMs = 1000;
const minProtocolTimeoutMs = 30_000;

export async function launchBrowser(candidate: BrowserCandidate, protocolTimeoutMs: number): Promise<LaunchedBrowser> {
  // Lazy: only the PDF path pays for loading puppeteer.
  const { default: puppeteer } = await import('puppeteer-core');
  removeDeadProfiles();
  // Named for its owner, so that a later run can tell the profile of a killed run from a live one's.
  const profileDir = await mkdtemp(join(tmpdir(), `${profilePrefix}${ownerToken()}-`));
  let child: ChildProcess | null = null;
  const forget = registerCleanup(() => {
    // While it starts, puppeteer has not handed over the process yet: find it by its profile.
    if (child) killIfRunning(child);
    else for (const pid of processesUsing(profileDir)) killProcessTree(pid);
    removeProfile(profileDir);
  });
  let browser: Browser;
  const watch = watchStart(profileDir);
  try {
    const launching = puppeteer.launch({
      executablePath: candidate.executablePath,
      args: candidate.args,
      headless: candidate.headless,
      userDataDir: profileDir,
      pipe: true,
      defaultViewport: null,
      // One protocol call (page.pdf of a long report) may take most of a document's budget.
      protocolTimeout: Math.max(protocolTimeoutMs, minProtocolTimeoutMs),
      // Our own cleanup handles signals and also removes the profile folder.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: startLimitMs,
    });
    // Given up on (below): a browser that still comes up later is closed.
    launching.then((late) => (watch.settled ? late.close() : undefined)).catch(() => undefined);
    browser = await Promise.race([launching, watch.failed]);
  } catch (error) {
    watch.kill();
    // Puppeteer kills the half-started browser without waiting for it, and a dying Chromium may still
    // write into its profile: remove the folder now, once more shortly after, and at exit. The
    // registered task stays for that last removal (there is no process to kill).
    removeProfile(profileDir);
    setTimeout(() => removeProfile(profileDir), profileRetryMs).unref();
    throw error;
  } finally {
    watch.stop();
  }
  child = browser.process();
  const running = child;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= closeBrowser(browser, running)
      .then((killed) => removeProfile(profileDir, killed))
      .finally(forget);
    return closing;
  };
  return { browser, candidate, profileDir, pid: running?.pid ?? null, close };
}

/**
 * A polite close first; a browser that hangs or has crashed is killed, and awaited, outright.
 * Returns whether it had to be killed.
 */
async function closeBrowser(browser: Browser, child: ChildProcess | null): Promise<boolean> {
  await Promise.race([browser.close().catch(() => undefined), delay(closeGraceMs)]);
  if (!isRunning(child)) return false;
  killIfRunning(child);
  // Its profile folder is removed next: let the process be gone first.
  await Promise.race([new Promise((resolve) => child?.once('exit', resolve)), delay(closeGraceMs)]);
  return true;
}

/**
 * Puppeteer does not always notice a browser that dies while it starts (killed, or crashed before its
 * first protocol message) and then waits forever. This watches for it: on Linux, by the processes
 * running with this profile folder (gone after having been seen: it died), and everywhere, by a time
 * limit. `kill` ends whatever of it still runs.
 */
const startLimitMs = 30_000;

function watchStart(profileDir: string): { failed: Promise<never>; settled: boolean; stop(): void; kill(): void } {
  let seen = false;
  let poll: NodeJS.Timeout | undefined;
  let limit: NodeJS.Timeout | undefined;
  const watch = {
    settled: false,
    failed: new Promise<never>((_, reject) => {
      const fail = (message: string) => {
        watch.settled = true;
        reject(new Error(message));
      };
      limit = setTimeout(() => fail(`the browser did not start within ${startLimitMs / 1000} s`), startLimitMs);
      if (process.platform !== 'linux') return;
      poll = setInterval(() => {
        const running = processesUsing(profileDir).length > 0;
        if (running) seen = true;
        else if (seen) fail('the browser exited while starting');
      }, startPollMs);
    }),
    stop() {
      clearTimeout(limit);
      clearInterval(poll);
    },
    kill() {
      for (const pid of processesUsing(profileDir)) killProcessTree(pid);
    },
  };
  watch.failed.catch(() => undefined);
  return watch;
}

const startPollMs = 100;

/** Linux: the processes whose command line names this profile folder (the browser and its helpers). */
function processesUsing(profileDir: string): number[] {
  if (process.platform !== 'linux') return [];
  const flag = `--user-data-dir=${profileDir}`;
  const pids: number[] = [];
  for (const name of safeReaddir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').includes(flag)) pids.push(Number(name));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

const profilePrefix = 'ehalsa-chrome-';
const PROFILE = /^ehalsa-chrome-(\d+\.\d+)-[A-Za-z0-9]{6}$/;
let swept = false;

/**
 * The profiles (and any browser still running on one) of runs that were killed (SIGKILL: no cleanup of
 * theirs ran) are removed by the next run that starts a browser, once per process. Profiles without an
 * owner in their name (earlier versions) are left alone: they cannot be told from a live one.
 */
function removeDeadProfiles(): void {
  if (swept) return;
  swept = true;
  for (const name of safeReaddir(tmpdir())) {
    const owner = parseOwner(PROFILE.exec(name)?.[1] ?? '');
    if (!owner || ownerAlive(owner)) continue;
    const dir = join(tmpdir(), name);
    for (const pid of processesUsing(dir)) killProcessTree(pid);
    removeProfile(dir);
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function removeProfile(profileDir: string, killed = true): void {
  // A killed Chromium's helper processes can still write into the profile for a few milliseconds
  // after SIGKILL, recreating what was just deleted: remove it, wait briefly, remove what came back.
  // A browser that closed by itself has finished writing: once is enough.
  for (let pass = 0; pass < 3; pass++) {
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Best effort: a folder in the temp dir is not worth failing a build over.
    }
    if (!killed) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    if (!existsSync(profileDir)) return;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function isRunning(child: ChildProcess | null): child is ChildProcess {
  return child?.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

/** Only a process that has not exited: once reaped, its pid may belong to someone else. */
function killIfRunning(child: ChildProcess | null): void {
  if (isRunning(child) && child.pid !== undefined) killProcessTree(child.pid);
}
