import { existsSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import type { BrowserCandidate } from './browser.js';
import { killProcessTree, registerCleanup } from './cleanup.js';

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
  const profileDir = await mkdtemp(join(tmpdir(), 'ehalsa-chrome-'));
  let child: ChildProcess | null = null;
  const forget = registerCleanup(() => {
    killIfRunning(child);
    removeProfile(profileDir);
  });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
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
    });
  } catch (error) {
    // Puppeteer kills the half-started browser without waiting for it, and a dying Chromium may still
    // write into its profile: remove the folder now, once more shortly after, and at exit. The
    // registered task stays for that last removal (there is no process to kill).
    removeProfile(profileDir);
    setTimeout(() => removeProfile(profileDir), profileRetryMs).unref();
    throw error;
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
