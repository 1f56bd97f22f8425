import type { Printer, PrinterOptions } from './printing/printer.js';

/**
 * HTML → finished, tagged, deterministic A4 PDF: the folder's public face, the one file the rest of src
 * imports (see README.md). Two jobs inside: printing/ (the browser, Paged.js, Chromium's print) and
 * postpass/ (what ehalsa repairs in Chromium's PDF). The only folder that talks to a browser.
 *
 * Importing this file costs next to nothing (src/pipeline imports it for the lock owners on every run,
 * `--format md,html` included): the printer, and through it puppeteer, the post-pass's worker and (for
 * drafts only) pdf-lib, load when a printer is opened.
 */
export { BrowserNotFoundError, PdfPostPassError, PdfRenderError } from './errors.js';
export { fontCssMarker, fontFamily, loadFontCss } from '../assets/fonts.js';
export type { PdfMeta } from './meta.js';
export type { BrowserCandidate, BrowserSource } from './printing/browser.js';
export { findBrowser } from './printing/browser.js';
export type { Owner } from './printing/owner.js';
export { ownerAlive, ownerToken, parseOwner } from './printing/owner.js';
export type { Printer, PrinterOptions, PrintResult } from './printing/printer.js';

/** Starts a browser and returns a printer for documents (printing/printer.ts). */
export async function openPrinter(options?: PrinterOptions): Promise<Printer> {
  const printer = await import('./printing/printer.js');
  return printer.openPrinter(options);
}
