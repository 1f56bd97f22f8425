import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { LinkDescriptions } from '../postpass/links.js';
import { findPackageDir } from '../../assets/packages.js';
import { registerFigureFloats } from './floats.js';

/**
 * Paged.js lays the document out as pages inside Chromium: page-bottom footnotes (`float: footnote`)
 * and margin boxes (running header, folio), which Chromium's own print path lacks. The numbers (footnotes,
 * folios, TOC page numbers) are written in here rather than counted by CSS: see withoutCounters.
 *
 * A page is prepared once (preparePage: the script, our handler) and then paginates one document after
 * another: loading a document replaces the DOM but keeps the page's scripts, so Paged.js is neither sent,
 * compiled nor warmed up again. Each document gets a Previewer of its own.
 *
 * It is injected as a script tag rather than spliced into the HTML string: the minified code contains
 * `$'`, which String.replace would expand. Its automatic start is turned off so we can await the
 * result and see its errors.
 */

let script: Promise<string> | undefined;

/**
 * Paged.js as one script: first its configuration (no automatic start) and our entry point
 * (window.__ehalsaPreview, used for every document and for the warm-up), then the polyfill itself.
 */
export function pagedScript(): Promise<string> {
  script ??= readFile(join(findPackageDir('pagedjs'), 'dist', 'paged.polyfill.js'), 'utf8').then(
    (polyfill) => `window.PagedConfig = { auto: false };\nwindow.__ehalsaPreview = (${previewer.toString()})();\n${polyfill}`,
  );
  return script;
}

/** Runs in a prepared page: window.__ehalsaPreview (see previewer). */
function previewInPage(): Promise<number> {
  return (window as unknown as { __ehalsaPreview(): Promise<number> }).__ehalsaPreview();
}

/** Loads Paged.js and our handler into a page, unless they are there already. */
export async function preparePage(page: Page): Promise<void> {
  const has = await page.evaluate(() => ({ paged: 'Paged' in window, handler: '__ehalsaHandler' in window }));
  if (!has.paged) await page.addScriptTag({ content: await pagedScript() });
  if (!has.handler) {
    await page.evaluate(registerFigureFloats);
    await page.evaluate(extendPaged);
  }
}

export interface Pagination {
  pages: number;
  footnotes: number;
  links: LinkDescriptions;
}

/**
 * Runs Paged.js on the document loaded in a prepared page and waits until every page is laid out; then
 * puts back the SVGs that hollowSvgMarkup took out of its markup.
 */
export async function paginate(page: Page, svgs: readonly string[] = []): Promise<Pagination> {
  await page.evaluate(prepareDocument, longTableRows, withoutCounters);
  const pages = await page.evaluate(previewInPage);
  await page.evaluate(refillSvgs, [...svgs]);
  await page.evaluate(writePageNumbers);
  await page.evaluate(joinSplitParagraphs);
  const footnotes = await renumberFootnotes(page);
  const links = await page.evaluate(describeLinksInPage, footnoteWord);
  return { pages, footnotes, links };
}

/**
 * Builds the page's entry point: one Paged.js Previewer over the loaded document, returning its page
 * count. Runs in the page, as part of pagedScript(): it must not refer to anything outside itself.
 *
 * Paged.js lays out one page per animation frame (its queue ticks on requestAnimationFrame), so a
 * 46-page document waits for 46 frames of nothing, and a browser that draws no frames of its own
 * (--enable-begin-frame-control) would wait forever. Layout is read synchronously
 * (getBoundingClientRect), so frames are not needed: while it paginates, a "frame" is the next task.
 * The Previewer takes requestAnimationFrame when it is made, so the immediate one is in place from
 * then until the document is laid out.
 */
function previewer(): () => Promise<number> {
  const own = window.requestAnimationFrame;
  const waiting: FrameRequestCallback[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => waiting.shift()?.(performance.now());
  const immediate = (callback: FrameRequestCallback): number => {
    waiting.push(callback);
    channel.port2.postMessage(null);
    return 0;
  };
  type Paged = { Previewer: new () => { preview(): Promise<{ total: number }> } };
  return async () => {
    // Web fonts must be in place before anything is measured, or lines break differently.
    await document.fonts.ready;
    window.requestAnimationFrame = immediate;
    try {
      const flow = await new (window as unknown as { Paged: Paged }).Paged.Previewer().preview();
      return flow.total;
    } finally {
      window.requestAnimationFrame = own;
    }
  };
}

/**
 * Paged.js clones and measures every node it places; the charts' SVGs hold most of the document's nodes
 * but are atomic boxes whose size their viewBox and CSS fix. So they are paginated hollow (same element,
 * same attributes, same box) and filled again once every page is laid out: about half the pagination
 * time of the 2020 edition. They are taken out of the markup before it goes to the browser, which so
 * parses each chart once, not twice. An SVG holding another SVG is left whole.
 */
export function hollowSvgMarkup(html: string): { html: string; svgs: string[] } {
  const svgs: string[] = [];
  const hollow = html.replace(/<svg\b([^>]*\bviewBox=[^>]*)>([\s\S]*?)<\/svg>/g, (whole, attributes: string, inner: string) => {
    if (inner.includes('<svg')) return whole;
    svgs.push(inner);
    return `<svg data-ehalsa-svg="${svgs.length - 1}"${attributes}></svg>`;
  });
  return { html: hollow, svgs };
}

/** Runs in the page: puts each chart back into its laid-out box. */
function refillSvgs(svgs: string[]): void {
  for (const svg of Array.from(document.querySelectorAll('svg[data-ehalsa-svg]'))) {
    const content = svgs[Number(svg.getAttribute('data-ehalsa-svg'))];
    if (content !== undefined) svg.innerHTML = content;
    svg.removeAttribute('data-ehalsa-svg');
  }
}

/** Tables with more rows than this may split across pages (about half a page of rows). */
const longTableRows = 20;

/**
 * Paged.js's own stylesheet counts pages and footnotes with CSS counters. Every element that sets a
 * counter makes Chromium recount the whole document at the next layout, 1–2 ms on a 46-page document,
 * and Paged.js forces a layout several times per page: so no counters (print.css uses none), and the
 * numbers are written in (prepareDocument, writePageNumbers). The stylesheet is one Paged.js leaves
 * alone (its CSS processing takes counter-increment declarations out of what it reads and handles them
 * itself), so its selectors outrank Paged.js's instead of following them.
 */
const withoutCounters = `
.pagedjs_pages .pagedjs_page,
.pagedjs_pages .pagedjs_area [data-footnote-call],
.pagedjs_pages .pagedjs_area [data-footnote-marker] { counter-increment: none; }
`;

/**
 * Runs in the page before Paged.js. print.css keeps a table on one page unless it has class "long".
 * Kept whole, a table of a page or more would be pushed to the next page and split there anyway,
 * leaving a gap: mark those long. Numbers each footnote (.footnote, print.css's float: footnote) in
 * document order, which is the order of their calls and of the notes at the page feet; the call
 * Paged.js makes copies the number (extendPaged). And adds the stylesheet that turns Paged.js's
 * counters off.
 */
function prepareDocument(maxRows: number, css: string): void {
  for (const table of Array.from(document.querySelectorAll('table'))) {
    if (table.rows.length > maxRows) table.classList.add('long');
  }
  Array.from(document.querySelectorAll('.footnote')).forEach((note, index) =>
    note.setAttribute('data-footnote-number', String(index + 1)),
  );
  const style = document.createElement('style');
  style.setAttribute('data-pagedjs-ignore', '');
  style.textContent = css;
  document.head.append(style);
}

/**
 * Runs in the page once every page is laid out: the folio of each page ("6 (46)") and the page of each
 * TOC link's target, as custom properties print.css shows. Written after pagination, as Paged.js's
 * counters were, so they do not change it: the folio sits in a margin box of fixed size, a TOC number
 * in a box at least 1.5em wide that held a 0 until now.
 */
function writePageNumbers(): void {
  const pages = Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page'));
  const numbers = new Map(pages.map((page, index) => [page, index + 1]));
  for (const [page, number] of numbers) page.style.setProperty('--ehalsa-folio', `"${number} (${pages.length})"`);
  const area = document.querySelector('.pagedjs_pages');
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]'))) {
    const id = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
    const target = id ? area?.querySelector(`#${CSS.escape(id)}`) : null;
    const page = target?.closest<HTMLElement>('.pagedjs_page');
    const number = page ? numbers.get(page) : undefined;
    if (number !== undefined) link.style.setProperty('--ehalsa-target-page', `"${number}"`);
  }
}

/**
 * Runs in the page once every page is laid out. A paragraph that a page break splits is two elements
 * after Paged.js (the part on the next page data-split-from the first), and the tag tree follows the
 * DOM, so a listener would hear the page's footnotes between its halves. Each first part owns its
 * continuation (aria-owns, which changes no layout): the continuation becomes its kid in the tag tree,
 * read before the footnotes, and the post-pass (postpass/paragraphs.ts) makes the two one P.
 */
function joinSplitParagraphs(): void {
  let next = 0;
  for (const part of Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages p[data-split-from]'))) {
    const ref = part.getAttribute('data-split-from');
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.pagedjs_pages p[data-split-to]'));
    const first = pages.find((p) => p.getAttribute('data-split-to') === ref && p.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!first) continue;
    part.id ||= `ehalsa-continued-${++next}`;
    first.setAttribute('aria-owns', part.id);
  }
}

/**
 * Our additions to Paged.js; runs in the page, once.
 *
 * Paged.js does not repeat a table's <thead> on the pages a long table continues on. When the first
 * row of a continued table fragment is placed, give the fragment a copy of the header, before the
 * page is measured, so the copy takes its room (marked aria-hidden: the tag tree keeps the first one).
 *
 * The footnote call Paged.js makes for a note copies the note's number (see prepareDocument), before
 * it is measured.
 */
function extendPaged(): void {
  type HandlerClass = (new (chunker: unknown, polisher: unknown, caller: unknown) => object) & { prototype: object };
  type Paged = { Handler: HandlerClass; registeredHandlers: HandlerClass[]; registerHandlers(...h: HandlerClass[]): void };
  const paged = (window as unknown as { Paged: Paged }).Paged;
  type Footnotes = { createFootnoteCall(note: HTMLElement): HTMLElement };
  const footnotes = paged.registeredHandlers.find((handler) => handler.name === 'Footnotes')?.prototype as Footnotes | undefined;
  const createCall = footnotes?.createFootnoteCall;
  if (!footnotes || typeof createCall !== 'function') throw new Error('this Paged.js has no Footnotes.createFootnoteCall to number footnote calls');
  footnotes.createFootnoteCall = function (this: Footnotes, note: HTMLElement): HTMLElement {
    const call = createCall.call(this, note);
    const number = note.getAttribute('data-footnote-number');
    if (number !== null) call.setAttribute('data-footnote-number', number);
    return call;
  };
  class RepeatTableHeaders extends paged.Handler {
    renderNode(clone: Node, node: Node): void {
      const placed = clone instanceof Element ? clone : clone.parentElement;
      const fragment = placed?.closest<HTMLTableElement>('table[data-split-from]');
      if (!fragment || fragment.tHead) return;
      const source = (node instanceof Element ? node : node.parentElement)?.closest('table');
      if (!source?.tHead) return;
      const copy = source.tHead.cloneNode(true) as HTMLTableSectionElement;
      copy.setAttribute('aria-hidden', 'true');
      fragment.insertBefore(copy, fragment.firstChild);
    }
  }
  paged.registerHandlers(RepeatTableHeaders);
  (window as unknown as { __ehalsaHandler: true }).__ehalsaHandler = true;
}

/** The report's word for a footnote, for the description of a footnote call's link (sv-SE). */
const footnoteWord = 'Fotnot';

/**
 * Runs in the page, after renumberFootnotes: each in-document link's destination and its words, for
 * the PDF's link descriptions (links.ts). A link's own text; for a footnote call, whose number CSS draws,
 * "Fotnot 7". The first link to a destination describes it.
 */
function describeLinksInPage(word: string): Array<[string, string]> {
  const found = new Map<string, string>();
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('.pagedjs_pages a[href^="#"]'))) {
    const destination = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
    const number = link.getAttribute('data-footnote-number');
    const text = link.hasAttribute('data-footnote-call') ? (number ? `${word} ${number}` : '') : (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (destination && text && !found.has(destination)) found.set(destination, text);
  }
  return [...found];
}

/**
 * Paged.js names each footnote `note-<random uuid>`; the ids become PDF named destinations, so two
 * prints would differ. Number them in document order instead (`note-1`, `note-2`, …) and repoint calls.
 */
async function renumberFootnotes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const calls = new Map<string, HTMLAnchorElement[]>();
    for (const call of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-call]'))) {
      const ref = call.dataset['footnoteCall'] ?? '';
      calls.set(ref, [...(calls.get(ref) ?? []), call]);
    }
    const notes = Array.from(document.querySelectorAll<HTMLElement>('[data-note="footnote"][id^="note-"]'));
    notes.forEach((note, index) => {
      const id = `note-${index + 1}`;
      const ref = note.dataset['ref'];
      for (const call of (ref === undefined ? undefined : calls.get(ref)) ?? []) call.setAttribute('href', `#${id}`);
      note.id = id;
    });
    return notes.length;
  });
}
