import type { Page } from 'puppeteer-core';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BrowserCandidate, BrowserSource } from './browser.js';
import { findBrowser } from './browser.js';
import { PdfRenderError, describeError } from './errors.js';
import { loadFontCss } from './fonts.js';
import { injectFontCss } from './html.js';
import type { LaunchedBrowser } from './launch.js';
import { launchBrowser } from './launch.js';
import type { PdfMeta } from './meta.js';
import { networkBlocked, pageScriptError, pagedFailed, renderTimedOut } from './messages.js';
import { blockNetwork } from './network.js';
import { paginate } from './paged.js';

/**
 * One browser, many documents:
 *
 *   html ─▶ fresh page (network blocked) ─▶ setContent ─▶ Paged.js ─▶ page.pdf ─▶ finishPdf ─▶ bytes
 *
 * Each document gets `timeoutMs`; a crash or timeout is retried once on a new page (in a relaunched
 * browser if the old one died or hung), then reported as PdfRenderError. Documents are rendered in the
 * browser one at a time; the post-pass of one runs while the next is rendered.
 */

export interface PrinterOptions {
  /** Per document, including the retry's own budget. Default 60 s. */
  timeoutMs?: number;
  /** Skip discovery and use this browser. */
  browser?: BrowserCandidate;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Warnings, e.g. one `pdf/network-blocked` per blocked URL. */
  diagnostics: Diagnostic[];
  pageCount: number;
  footnoteCount: number;
  durationMs: number;
  /** Where the time went, in ms: loading the HTML, Paged.js, Chromium's print, our post-pass. */
  timings: PrintTimings;
}

export interface PrintTimings {
  load: number;
  paginate: number;
  print: number;
  finish: number;
}

export interface Printer {
  readonly source: BrowserSource;
  /** The running browser's process id and profile folder (they change if it had to be relaunched). */
  readonly pid: number | null;
  readonly profileDir: string;
  print(html: string, meta: PdfMeta): Promise<PrintResult>;
  close(): Promise<void>;
}

export const defaultTimeoutMs = 60_000;
const attempts = 2;

export async function openPrinter(options: PrinterOptions = {}): Promise<Printer> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const candidate = options.browser ?? (await findBrowser());
  const launching = launchBrowser(candidate, timeoutMs);
  // The post-pass's code (pdf-lib) loads while the browser starts.
  const finisher = import('./finish.js');
  finisher.catch(() => undefined);
  let launched: LaunchedBrowser = await launching;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  // Set after a timeout or crash: the next attempt starts in a fresh browser.
  let stale = false;

  const renderOnce = async (html: string): Promise<Rendered> => {
    const page = injectFontCss(html, await loadFontCss());
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        if (stale || !launched.browser.connected) {
          launched = await relaunch(launched, timeoutMs);
          stale = false;
        }
        return await renderOnPage(launched, page, timeoutMs);
      } catch (error) {
        lastError = error;
        // A timeout may mean a hung renderer (with --single-process, a hung browser).
        stale = isTimeout(error) || !launched.browser.connected;
      }
    }
    throw new PdfRenderError(attempts, describeError(lastError), { cause: lastError });
  };

  return {
    source: candidate.source,
    get pid() {
      return launched.pid;
    },
    get profileDir() {
      return launched.profileDir;
    },
    print(html, meta) {
      if (closed) return Promise.reject(new Error('This printer is closed.'));
      const started = performance.now();
      const rendered = queue.then(() => renderOnce(html));
      queue = rendered.catch(() => undefined);
      // The post-pass needs no browser: the next document is rendered meanwhile.
      return rendered.then(async ({ pdf, timings, ...rest }) => {
        const finishing = performance.now();
        const finished = await (await finisher).finishPdf(pdf, meta);
        const now = performance.now();
        return {
          ...rest,
          pdf: finished,
          durationMs: Math.round(now - started),
          timings: { ...timings, finish: Math.round(now - finishing) },
        };
      });
    },
    async close() {
      closed = true;
      await queue;
      await launched.close();
    },
  };
}

async function relaunch(old: LaunchedBrowser, timeoutMs: number): Promise<LaunchedBrowser> {
  await old.close();
  return launchBrowser(old.candidate, timeoutMs);
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** Ours, or puppeteer's (navigation, protocol calls): both are named TimeoutError. */
function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || /timed out/i.test(error.message));
}

interface Rendered {
  /** Chromium's PDF, before the post-pass. */
  pdf: Uint8Array;
  diagnostics: Diagnostic[];
  pageCount: number;
  footnoteCount: number;
  timings: Omit<PrintTimings, 'finish'>;
}

async function renderOnPage(launched: LaunchedBrowser, html: string, timeoutMs: number): Promise<Rendered> {
  const page = await launched.browser.newPage();
  let timer: NodeJS.Timeout | undefined;
  try {
    const crashed = new Promise<never>((_, reject) => {
      page.once('error', (error) => reject(error));
      timer = setTimeout(() => reject(new TimeoutError(renderTimedOut(timeoutMs))), timeoutMs);
    });
    const printed = renderPage(page, html, timeoutMs);
    // Whichever loses the race may still reject later; that must not become an unhandled rejection.
    printed.catch(() => undefined);
    crashed.catch(() => undefined);
    return await Promise.race([printed, crashed]);
  } finally {
    clearTimeout(timer);
    // A hung page would hold the retry for the whole protocol timeout; the browser is replaced anyway.
    await Promise.race([page.close().catch(() => undefined), delay(pageCloseGraceMs)]);
  }
}

const pageCloseGraceMs = 2000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

async function renderPage(page: Page, html: string, timeoutMs: number): Promise<Rendered> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(describeError(error)));
  const network = await blockNetwork(page);
  const lap = stopwatch();
  await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  const load = lap();
  let pagination;
  try {
    pagination = await paginate(page);
  } catch (error) {
    throw new Error(pagedFailed(describeError(error)), { cause: error });
  }
  const paginating = lap();
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    preferCSSPageSize: true,
    timeout: timeoutMs,
  });
  const diagnostics: Diagnostic[] = [
    ...network.blocked.map((url): Diagnostic => ({ severity: 'warning', code: 'pdf/network-blocked', message: networkBlocked(url) })),
    ...errors.map((message): Diagnostic => ({ severity: 'warning', code: 'pdf/page-error', message: pageScriptError(message) })),
  ];
  const timings = { load, paginate: paginating, print: lap() };
  return { pdf, diagnostics, pageCount: pagination.pages, footnoteCount: pagination.footnotes, timings };
}

/** Milliseconds since the previous call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - last);
    last = now;
    return ms;
  };
}
