import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinkDescriptions } from '../../src/pdf/postpass/links.js';
import { findBrowser } from '../../src/pdf/printing/browser.js';
import { launchBrowser } from '../../src/pdf/printing/launch.js';
import { printableHtml, renderOnPage } from '../../src/pdf/printing/page.js';

/**
 * The checked-in Chromium PDF (test/fixtures/pdf/chromium/): what the project's own printer made of
 * tiny.html, before the post-pass, and what the printer told the post-pass with it. The post-pass tests
 * run on it without a browser.
 */
export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pdf', 'chromium');

export interface ChromiumFixture {
  /** Chromium's PDF, as page.pdf returned it. */
  pdf: Uint8Array;
  /** The browser that printed it (`browser.version()`). */
  browser: string;
  pages: number;
  links: LinkDescriptions;
}

interface FixtureInfo {
  browser: string;
  pages: number;
  links: Array<[string, string]>;
}

export async function readChromiumFixture(): Promise<ChromiumFixture> {
  const [pdf, info] = await Promise.all([readFile(join(fixtureDir, 'chromium.pdf')), readFile(join(fixtureDir, 'chromium.json'), 'utf8')]);
  const { browser, pages, links } = JSON.parse(info) as FixtureInfo;
  return { pdf: new Uint8Array(pdf), browser, pages, links };
}

/** tiny.html printed now, as the printer prints a document: the browser it finds, one page, no retry. */
export async function printChromiumFixture(): Promise<ChromiumFixture> {
  const html = await readFile(join(fixtureDir, 'tiny.html'), 'utf8');
  const launched = await launchBrowser(await findBrowser(), 60_000);
  try {
    const rendered = await renderOnPage(launched, undefined, await printableHtml(html), 60_000);
    return { pdf: rendered.pdf, browser: await launched.browser.version(), pages: rendered.pageCount, links: rendered.links };
  } finally {
    await launched.close();
  }
}

export async function writeChromiumFixture(fixture: ChromiumFixture): Promise<void> {
  const info: FixtureInfo = { browser: fixture.browser, pages: fixture.pages, links: fixture.links.map(([d, t]) => [d, t]) };
  await writeFile(join(fixtureDir, 'chromium.pdf'), fixture.pdf);
  const links = info.links.map((link) => `    ${JSON.stringify(link)}`).join(',\n');
  await writeFile(join(fixtureDir, 'chromium.json'), `{\n  "browser": ${JSON.stringify(info.browser)},\n  "pages": ${info.pages},\n  "links": [\n${links}\n  ]\n}\n`);
}
