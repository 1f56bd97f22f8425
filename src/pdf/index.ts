/**
 * HTML → finished, tagged, deterministic A4 PDF. The only module that talks to a browser; puppeteer (and,
 * for drafts only, pdf-lib) are imported lazily inside, so importing this file costs nothing for
 * `--format md,html`.
 */
export type { BrowserCandidate, BrowserSource } from './browser.js';
export { findBrowser } from './browser.js';
export { BrowserNotFoundError, PdfRenderError } from './errors.js';
export { fontCssMarker, fontFamily, loadFontCss } from './fonts.js';
export type { PdfMeta } from './meta.js';
export type { Printer, PrinterOptions, PrintResult } from './printer.js';
export { defaultTimeoutMs, openPrinter } from './printer.js';
