import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../../src/pdf/printing/browser.js';
import { launchBrowser, type LaunchedBrowser } from '../../src/pdf/printing/launch.js';
import { browserTests } from '../support/browser.js';
import { runCli } from '../support/cli.js';

/**
 * The real thing, end to end: `ehalsa report --year 2020` as a user runs it, then the PDF read back
 * with pdf.js (running header, page numbers "N (M)", table of contents with page numbers, footnotes on
 * the page of their call, metadata) and the HTML checked with axe-core in the real browser. Skipped
 * where no browser can start (test/support/browser.ts).
 */
const browser = await browserTests(import.meta.url);
const out = mkdtempSync(join(tmpdir(), 'ehalsa-2020-'));
const require = createRequire(import.meta.url);
const pages: string[] = [];
let info: Record<string, unknown> = {};
const roles: string[] = [];

beforeAll(async () => {
  const r = runCli(['report', '--year', '2020', '--out', out, '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(join(out, '2020', 'report.pdf')));
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
    const walk = (node: { role?: string; children?: unknown[] } | null): void => {
      if (!node) return;
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    walk((await (await doc.getPage(i)).getStructTree()) as never);
  }
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

browser.describe('the 2020 report as PDF', () => {
  it('has the pages of a full report, its metadata, and no header on the cover', () => {
    expect(pages.length).toBeGreaterThan(35);
    expect(info['Title']).toBe('Uppföljning Vision e-hälsa 2025 - Rapport avseende år 2020');
    expect(info['Author']).toBe('E-hälsomyndigheten');
    expect(String(info['Subject'])).toContain('2020');
    expect(pages[0]).toContain('Uppföljning Vision e-hälsa 2025');
    expect(pages[0]).not.toContain('Dokumentnamn');
  });

  it('prints the running header and "N (M)" page numbers on every page after the cover', () => {
    const total = pages.length;
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain('Dokumentnamn: Uppföljning Vision e-hälsa 2025 - Rapport avseende år 2020');
      expect(text).toContain('Diarienummer 2021/00171');
      // pdf.js may return "12 (", "46" and ")" as separate text items.
      expect(text).toMatch(new RegExp(`(^| )${i + 2} \\( ?${total} ?\\)`));
    });
  });

  it('has a table of contents whose page numbers are where the chapters start', () => {
    const tocPage = pages.findIndex((p) => p.includes('Innehåll'));
    expect(tocPage).toBeGreaterThan(0);
    const toc = pages[tocPage]!;
    for (const chapter of ['Inledning', 'Genomförande', 'Resultat', 'Fortsatt arbete']) {
      const m = new RegExp(`\\d ${chapter}[ .]*?(\\d+)`).exec(toc);
      expect(m).not.toBeNull();
      const page = Number(m![1]);
      expect(pages[page - 1]).toContain(chapter);
    }
  });

  it('carries the data of each drawn figure as a tagged table after the text', () => {
    const report = JSON.parse(readFileSync(join(out, '2020', 'report.json'), 'utf8')) as { figures: { number: number; placeholder: boolean }[]; tables: unknown[] };
    const drawn = report.figures.filter((f) => !f.placeholder).map((f) => f.number);
    const last = pages.findIndex((p) => /^\S.*Figurernas data Uppgifterna som varje figur visar/.test(p));
    expect(last).toBeGreaterThan(pages.findIndex((p) => p.includes('Fortsatt arbete') && !p.includes('Innehåll')));
    const appendix = pages.slice(last).join(' ');
    for (const n of drawn) expect(appendix).toContain(`Data för figur ${n}`);
    // a long table split by a page break is a Table on each page
    expect(roles.filter((r) => r === 'Table').length).toBeGreaterThanOrEqual(drawn.length + report.tables.length);
  });

  it('puts each footnote on the page of its call', () => {
    // Footnote 34 (välfärdsteknik) and footnote 108 (the last one) as samples of the 108: each note's
    // text stands on the page whose text calls it.
    const fn34 = pages.findIndex((p) => /34\s*Presenterade siffror gällande andel kommuner/.test(p));
    expect(fn34).toBeGreaterThan(0);
    expect(pages[fn34]).toMatch(/66 procent år 2020\s*\.\s*34/);
    const fn108 = pages.findIndex((p) => /108\s*E-hälsomyndigheten\s*\. Indikatorbaserat ramverk för uppföljning av Vision e-hälsa 2025\. Stockholm, oktober 2020\./.test(p));
    expect(fn108).toBeGreaterThan(fn34);
    expect(pages[fn108]).toMatch(/saknas indikatorer för adekvat uppföljning\s*\.\s*108/);
  });
});

browser.describe('the 2020 report as HTML', () => {
  let chromium: LaunchedBrowser;
  beforeAll(async () => {
    chromium = await launchBrowser(await findBrowser(), 60_000);
  }, 60_000);
  afterAll(async () => chromium?.close());

  it('is self-contained and has no serious or critical accessibility violations (axe-core)', async () => {
    const html = readFileSync(join(out, '2020', 'report.html'), 'utf8');
    const page = await chromium.browser.newPage();
    const requests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (!req.url().startsWith('data:')) requests.push(req.url());
      void (req.url().startsWith('data:') ? req.continue() : req.abort());
    });
    await page.setContent(html, { waitUntil: 'load' });
    expect(requests).toEqual([]);
    // The page's policy allows no script: axe comes in through the protocol, which the policy does not govern.
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const result = (await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })`)) as {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    const severe = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
    expect(severe).toEqual([]);
    await page.close();
  }, 120_000);
});
