import type { Page } from 'puppeteer-core';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BrowserCandidate, BrowserSource } from './browser.js';
import { findBrowser, withRendererProcesses } from './browser.js';
import { PdfRenderError, describeError } from './errors.js';
import { openFinisher } from './finisher.js';
import { fontFamily, loadFontCss } from './fonts.js';
import { injectFontCss } from './html.js';
import type { LaunchedBrowser } from './launch.js';
import type { LinkDescriptions } from './links.js';
import { launchBrowser } from './launch.js';
import type { PdfMeta } from './meta.js';
import { networkBlocked, pageScriptError, pagedFailed, renderTimedOut } from './messages.js';
import type { NetworkLog } from './network.js';
import { blockNetwork } from './network.js';
import { hollowSvgMarkup, pagedScript, paginate, preparePage } from './paged.js';

/**
 * One browser, many documents:
 *
 *   html ─▶ prepared page ─▶ setContent ─▶ Paged.js ─▶ page.pdf ─▶ finishPdf ─▶ bytes
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
    const page = hollowSvgMarkup(injectFontCss(html, await loadFontCss()));
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
  /** What the document's links go to, for the post-pass. */
  links: LinkDescriptions;
  timings: Omit<PrintTimings, 'finish'>;
}

/** A page prepared for documents (network blocked, Paged.js loaded), and the log of what it blocked. */
interface Workspace {
  page: Page;
  network: NetworkLog;
}

async function openWorkspace(launched: LaunchedBrowser): Promise<Workspace> {
  return prepareWorkspace(await launched.browser.newPage());
}

async function prepareWorkspace(page: Page): Promise<Workspace> {
  const network = await blockNetwork(page);
  await preparePage(page);
  return { page, network };
}

/**
 * One document, on a kept page or a new one. Everything, preparing the page included, is under the
 * document's time limit, and fails at once if the browser goes away (killed, crashed): a protocol call
 * to a dead browser could otherwise wait for its own, longer timeout. A page that failed is closed; one
 * that printed is returned for the next document.
 */
async function renderOnPage(
  launched: LaunchedBrowser,
  kept: Promise<Workspace> | undefined,
  html: HollowHtml,
  timeoutMs: number,
): Promise<Rendered & { workspace: Workspace }> {
  let timer: NodeJS.Timeout | undefined;
  let gone = () => {};
  let crash = (_error: unknown) => {};
  const opening = kept ?? openWorkspace(launched);
  opening.catch(() => undefined);
  let workspace: Workspace | undefined;
  let printed = false;
  try {
    const failed = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(renderTimedOut(timeoutMs))), timeoutMs);
      gone = () => reject(new Error(browserClosed));
      launched.browser.once('disconnected', gone);
      if (!launched.browser.connected) gone();
    });
    // Whichever loses a race may still reject later; that must not become an unhandled rejection.
    failed.catch(() => undefined);
    workspace = await Promise.race([opening, failed]);
    const crashed = new Promise<never>((_, reject) => (crash = reject));
    workspace.page.once('error', crash);
    const rendering = renderPage(workspace, html, timeoutMs);
    rendering.catch(() => undefined);
    crashed.catch(() => undefined);
    const rendered = await Promise.race([rendering, crashed, failed]);
    printed = true;
    return { ...rendered, workspace };
  } finally {
    clearTimeout(timer);
    launched.browser.off('disconnected', gone);
    workspace?.page.off('error', crash);
    if (!printed) {
      // A hung page would hold the retry for the whole protocol timeout; the browser is replaced anyway.
      const closing = workspace ? workspace.page.close() : opening.then((late) => late.page.close());
      await Promise.race([closing.catch(() => undefined), delay(pageCloseGraceMs)]);
    }
  }
}

const browserClosed = 'the browser closed while printing';

const pageCloseGraceMs = 2000;

/**
 * A first document on a page is slow: its fonts are decoded and Paged.js compiled and run for the
 * first time. `count` pages (the browser's initial blank page and new ones; with more than one lane,
 * each in a renderer process of its own) do that in advance with a one-line document, while the caller
 * builds the real ones, and then print them. Each is sent as one call, so it runs even while this
 * process is busy. Returns once they are under way, with each warmed page (or null if its warm-up
 * failed or took longer than `limitMs`: that page is closed); never fails. Exported for its test.
 */
export async function warmUp(launched: LaunchedBrowser, count: number, limitMs = warmUpLimitMs): Promise<Array<Promise<Page | null>>> {
  try {
    const [initial] = await launched.browser.pages();
    const pages = await Promise.all(Array.from({ length: count }, (_, i) => (i === 0 && initial ? initial : launched.browser.newPage())));
    const [fonts, paged] = await Promise.all([loadFontCss(), pagedScript()]);
    const warmed = pages.map((page) => {
      const warm = page.evaluate(warmUpPage, fonts, paged, fontFamily).then(
        () => page,
        () => null,
      );
      const ready = Promise.race([warm, delay(limitMs).then(() => null)]);
      // Not used, so not kept open until the printer closes.
      void ready.then((used) => {
        if (!used) page.close().catch(() => undefined);
      });
      return ready;
    });
    // Let puppeteer send them before the caller takes this thread for building.
    await new Promise((resolve) => setImmediate(resolve));
    return warmed;
  } catch {
    return [];
  }
}

const warmUpLimitMs = 10_000;

/** Runs in a page being warmed up. */
async function warmUpPage(fonts: string, paged: string, family: string): Promise<void> {
  document.open();
  document.write(
    `<!doctype html><html lang="sv"><head><style>${fonts}</style><style>@page { size: A4; } body { font-family: '${family}'; }</style></head>` +
      '<body><p>Åäö 0,5 <b>fet</b> <i>kursiv</i> <b><i>båda</i></b> <span style="font-weight: 600">halvfet</span></p></body></html>',
  );
  document.close();
  const script = document.createElement('script');
  script.textContent = paged;
  document.head.append(script);
  await (window as unknown as { __ehalsaPreview(): Promise<number> }).__ehalsaPreview();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

type HollowHtml = ReturnType<typeof hollowSvgMarkup>;

async function renderPage({ page, network }: Workspace, { html, svgs }: HollowHtml, timeoutMs: number): Promise<Rendered> {
  const errors: string[] = [];
  const onPageError = (error: unknown) => void errors.push(describeError(error));
  page.on('pageerror', onPageError);
  try {
    network.blocked.splice(0);
    const lap = stopwatch();
    // Screen media while Paged.js lays out, as in a fresh page (the previous document left it at print).
    await page.emulateMediaType();
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    const load = lap();
    let pagination;
    try {
      pagination = await paginate(page, svgs);
    } catch (error) {
      throw new Error(pagedFailed(describeError(error)), { cause: error });
    }
    const paginating = lap();
    // Laid out; switching to print media first and printing then is faster than page.pdf switching
    // itself (a sixth of the print's time), with the same bytes.
    await page.emulateMediaType('print');
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
    return { pdf, diagnostics, pageCount: pagination.pages, footnoteCount: pagination.footnotes, links: pagination.links, timings };
  } finally {
    page.off('pageerror', onPageError);
  }
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
