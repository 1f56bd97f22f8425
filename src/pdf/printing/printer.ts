import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { PdfRenderError, describeError } from '../errors.js';
import type { PdfMeta } from '../meta.js';
import { openFinisher } from '../postpass/finisher.js';
import type { BrowserCandidate, BrowserSource } from './browser.js';
import { findBrowser, withRendererProcesses } from './browser.js';
import type { LaunchedBrowser } from './launch.js';
import { launchBrowser } from './launch.js';
import type { Rendered, RenderTimings, Workspace } from './page.js';
import { prepareWorkspace, printableHtml, renderOnPage, warmUp } from './page.js';

/**
 * One browser, many documents:
 *
 *   html ─▶ prepared page ─▶ setContent ─▶ Paged.js ─▶ page.pdf ─▶ finishPdf ─▶ bytes
 *           └──────────────── page.ts ─────────────────────────┘  └ postpass/ ┘
 *
 * A prepared page has the network blocked and Paged.js loaded; it is kept for the next document (loading
 * a document replaces the DOM, not the scripts). Each document gets `timeoutMs`; a crash or timeout is
 * retried once on a new page (in a relaunched browser if the old one died or hung), then reported as
 * PdfRenderError. Documents are rendered in the browser one at a time, or `lanes` at a time; the
 * post-pass of one runs while the next is rendered.
 */

export interface PrinterOptions {
  /** Per document, including the retry's own budget. Default 60 s. */
  timeoutMs?: number;
  /** Skip discovery and use this browser. */
  browser?: BrowserCandidate;
  /**
   * How many documents the browser renders at once (default 1). More than one runs the browser with
   * a renderer process per document, so several editions paginate in parallel on several cores.
   */
  lanes?: number;
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

export interface PrintTimings extends RenderTimings {
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
  const lanes = Math.max(1, Math.floor(options.lanes ?? 1));
  const found = options.browser ?? (await findBrowser());
  // Parallel lanes need a renderer process each.
  const candidate = lanes > 1 ? withRendererProcesses(found) : found;
  let current: LaunchedBrowser = await launchBrowser(candidate, timeoutMs);
  // Prepared pages waiting for a document, at most one per lane.
  const spare: Array<{ browser: LaunchedBrowser; workspace: Promise<Workspace> }> = [];
  const takeSpare = (browser: LaunchedBrowser): Promise<Workspace> | undefined => {
    const index = spare.findIndex((kept) => kept.browser === browser);
    return index < 0 ? undefined : spare.splice(index, 1)[0]?.workspace;
  };
  // A page per lane warms up while the caller builds, and then prints the lane's first document.
  const launched = current;
  const warming: Promise<void> = Promise.all(
    (await warmUp(launched, lanes)).map((warmed) =>
      warmed.then((page) => {
        if (page) spare.push({ browser: launched, workspace: prepareWorkspace(page) });
      }),
    ),
  ).then(() => undefined);
  const lane = semaphore(lanes);
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  const finisher = openFinisher();

  // A browser that timed out or crashed is retired; the first lane to need a browser after that
  // relaunches it, and the others wait for the same replacement.
  const retired = new WeakSet<LaunchedBrowser>();
  let replacing: Promise<LaunchedBrowser> | null = null;
  const usable = async (): Promise<LaunchedBrowser> => {
    if (replacing) await replacing.catch(() => undefined);
    if (!retired.has(current) && current.browser.connected) return current;
    replacing ??= relaunch(current, timeoutMs)
      .then((fresh) => (current = fresh))
      .finally(() => (replacing = null));
    return replacing;
  };

  const renderOnce = async (html: string): Promise<Rendered> => {
    const page = await printableHtml(html);
    const reasons: string[] = [];
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let browser: LaunchedBrowser | undefined;
      try {
        browser = await usable();
        const { workspace, ...rendered } = await renderOnPage(browser, takeSpare(browser), page, timeoutMs);
        spare.push({ browser, workspace: Promise.resolve(workspace) });
        return rendered;
      } catch (error) {
        lastError = error;
        reasons.push(describeError(error));
        // A timeout may mean a hung renderer (with --single-process, a hung browser).
        if (browser && (isTimeout(error) || !browser.browser.connected)) retired.add(browser);
      }
    }
    throw new PdfRenderError(reasons, { cause: lastError });
  };

  return {
    source: candidate.source,
    get pid() {
      return current.pid;
    },
    get profileDir() {
      return current.profileDir;
    },
    print(html, meta) {
      if (closed) return Promise.reject(new Error('This printer is closed.'));
      const started = performance.now();
      const rendered = lane(async () => {
        await warming;
        return renderOnce(html);
      });
      // The post-pass gets ready while the browser renders.
      finisher.start(meta);
      // The post-pass needs no browser: the next document is rendered meanwhile.
      const printed = rendered.then(async ({ pdf, timings, links, ...rest }) => {
        const finishStarted = performance.now();
        const finished = await finisher.finish(pdf, meta, links);
        const now = performance.now();
        return {
          ...rest,
          pdf: finished,
          durationMs: Math.round(now - started),
          timings: { ...timings, finish: Math.round(now - finishStarted) },
        };
      });
      // close() waits for every print, post-pass included.
      const settled = printed.catch(() => undefined);
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      return printed;
    },
    async close() {
      closed = true;
      await Promise.all(inFlight);
      await replacing?.catch(() => undefined);
      await Promise.all([current.close(), finisher.close()]);
    },
  };
}

/** Runs at most `size` tasks at once, the rest in the order they came. */
function semaphore(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running < size) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task, or free it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

async function relaunch(old: LaunchedBrowser, timeoutMs: number): Promise<LaunchedBrowser> {
  await old.close();
  return launchBrowser(old.candidate, timeoutMs);
}

/** Ours, or puppeteer's (navigation, protocol calls): both are named TimeoutError. */
function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || /timed out/i.test(error.message));
}
