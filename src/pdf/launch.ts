import { rmSync } from 'node:fs';
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
const minProtocolTimeoutMs = 30_000;

export async function launchBrowser(candidate: BrowserCandidate, protocolTimeoutMs: number): Promise<LaunchedBrowser> {
  // Lazy: only the PDF path pays for loading puppeteer.
  const { default: puppeteer } = await import('puppeteer-core');
  const profileDir = await mkdtemp(join(tmpdir(), 'ehalsa-chrome-'));
  let child: ChildProcess | null = null;
  const forget = registerCleanup(() => {
    killIfRunning(child);
    rmSync(profileDir, { recursive: true, force: true });
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
    forget();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  child = browser.process();
  const running = child;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= closeBrowser(browser, running).finally(() => {
      rmSync(profileDir, { recursive: true, force: true });
      forget();
    });
    return closing;
  };
  return { browser, candidate, profileDir, pid: running?.pid ?? null, close };
}

/** A polite close first; a browser that hangs or has crashed is killed outright. */
async function closeBrowser(browser: Browser, child: ChildProcess | null): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, closeGraceMs);
  });
  try {
    await Promise.race([browser.close().catch(() => undefined), grace]);
  } finally {
    clearTimeout(timer);
    killIfRunning(child);
  }
}

/** Only a process that has not exited: once reaped, its pid may belong to someone else. */
function killIfRunning(child: ChildProcess | null): void {
  if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) killProcessTree(child.pid);
}
