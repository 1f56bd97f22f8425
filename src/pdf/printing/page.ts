import type { Page } from 'puppeteer-core';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { describeError } from '../errors.js';
import { fontFamily, loadFontCss } from '../../assets/fonts.js';
import { networkBlocked, pageScriptError, pagedFailed, renderTimedOut } from '../messages.js';
import type { LinkDescriptions } from '../postpass/links.js';
import { injectFontCss } from './html.js';
import type { LaunchedBrowser } from './launch.js';
import type { NetworkLog } from './network.js';
import { blockNetwork } from './network.js';
import { hollowSvgMarkup, pagedScript, paginate, preparePage } from './paged.js';

/**
 * One document on one page of a running browser, up to Chromium's own PDF (before the post-pass):
 *
 *   html ─▶ fonts inlined, charts hollowed ─▶ setContent ─▶ Paged.js ─▶ charts refilled ─▶ page.pdf
 *
 * and the pages kept for that (a workspace: network blocked, Paged.js loaded) and warmed up in advance.
 * printer.ts decides which page and browser a document goes to, retries and hands the PDF on.
 */

/** The document as the page gets it: fonts inlined, the charts' SVG markup taken out (hollowSvgMarkup). */
export type PrintableHtml = ReturnType<typeof hollowSvgMarkup>;

export async function printableHtml(html: string): Promise<PrintableHtml> {
  return hollowSvgMarkup(injectFontCss(html, await loadFontCss()));
}

/** A time limit ran out (named as puppeteer names its own). */
class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export interface RenderTimings {
  load: number;
  paginate: number;
  print: number;
}

export interface Rendered {
  /** Chromium's PDF, before the post-pass. */
  pdf: Uint8Array;
  diagnostics: Diagnostic[];
  pageCount: number;
  footnoteCount: number;
  /** What the document's links go to, for the post-pass. */
  links: LinkDescriptions;
  timings: RenderTimings;
}

/** A page prepared for documents (network blocked, Paged.js loaded), and the log of what it blocked. */
export interface Workspace {
  page: Page;
  network: NetworkLog;
}

export async function openWorkspace(launched: LaunchedBrowser): Promise<Workspace> {
  return prepareWorkspace(await launched.browser.newPage());
}

export async function prepareWorkspace(page: Page): Promise<Workspace> {
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
export async function renderOnPage(
  launched: LaunchedBrowser,
  kept: Promise<Workspace> | undefined,
  html: PrintableHtml,
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

async function renderPage({ page, network }: Workspace, { html, svgs }: PrintableHtml, timeoutMs: number): Promise<Rendered> {
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
