import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ReportDocument } from '../../src/model/document.js';
import { layoutTemplates, readProject } from '../../src/pipeline/project.js';
import { renderHtml, type LayoutTemplates } from '../../src/render/html.js';
import { build2020, root } from '../edition/document.js';

/**
 * The 2020 document through the real layout templates, in both flavours: the outline never skips a
 * level, a keyboard user can skip to the text and reach a table that scrolls, a chart's name is its
 * finding and its description the data (in print both are the name: the PDF's /Alt), and captions keep the
 * spaces between their parts where Paged.js drops a text node of spaces alone (it does so while it
 * lays out a table: the PDF read "2019.Källor" and "Tabell 2.⁷⁹Källa").
 */
let document: ReportDocument;
let layout: LayoutTemplates;

beforeAll(async () => {
  document = await build2020();
  layout = layoutTemplates(await readProject(root))!;
}, 120_000);

const html = (flavour: 'print' | 'screen') => renderHtml(document, flavour, layout, '');
/** The text of an element's markup with its tags gone, as the page shows it once text nodes of spaces alone are dropped. */
const shown = (markup: string) => markup.replace(/<span class="footnote">[\s\S]*?<\/span>/g, '¹').replace(/>\s+</g, '><').replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0/g, ' ');

describe('the report as HTML', () => {
  it('has headings that go down one level at a time, in both flavours', () => {
    for (const flavour of ['print', 'screen'] as const) {
      const levels = [...html(flavour).matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      expect(levels.length).toBeGreaterThan(20);
      const jumps = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`H${levels[i - 1]} → H${l}`] : []));
      expect(jumps).toEqual([]);
    }
  });

  it('styles the run-in headings (#### in the text) by class, whatever their level', () => {
    const runIns = [...html('screen').matchAll(/<h([1-6]) id="[^"]+" class="run-in">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(runIns).toContain('3 Välfärdsteknik i olika boendeformer');
  });

  it('keeps the spaces between the parts of every caption when text nodes of spaces alone are dropped', () => {
    for (const flavour of ['print', 'screen'] as const) {
      const captions = [...html(flavour).matchAll(/<(figcaption|caption)\b[^>]*>([\s\S]*?)<\/\1>/g)].filter((m) => m[2]!.includes('caption-label')).map((m) => shown(m[2]!));
      expect(captions.length).toBe(document.figures.length + document.tables.length);
      // A full stop or a footnote number directly before a capital: a space lost between two parts.
      const glued = captions.filter((c) => /[.)¹\d][A-ZÅÄÖ(]/.test(c.replace(/\bID \d/g, '')));
      expect(glued).toEqual([]);
    }
  });

  it('has a skip link to the text first in the screen flavour, and none in print', () => {
    const screen = html('screen');
    const body = screen.slice(screen.indexOf('<body'));
    expect(/<a\b[^>]*>/.exec(body)?.[0]).toBe('<a class="skip-link" href="#innehall">');
    expect(screen).toContain('<main id="innehall">');
    expect(html('print')).not.toContain('skip-link');
  });

  it('lets a keyboard reach each table that may scroll sideways, by its caption', () => {
    const wraps = [...html('screen').matchAll(/<div class="table-wrap"[^>]*>/g)].map((m) => m[0]);
    expect(wraps).toHaveLength(document.tables.length);
    for (const [i, w] of wraps.entries()) {
      expect(w).toBe(`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="tabell-${i + 1}-caption">`);
    }
  });

  it('names each chart by its finding and describes it by its data on screen; in print names it by both (the PDF /Alt)', () => {
    const svgs = (flavour: 'print' | 'screen') => [...html(flavour).matchAll(/<svg role="img" ([^>]*)>/g)].map((m) => m[1]!);
    const screen = svgs('screen');
    const print = svgs('print');
    expect(screen).toHaveLength(document.figures.length);
    expect(print).toHaveLength(document.figures.length);
    document.figures.forEach((f, i) => {
      const id = `figur-${f.number}-svg`;
      expect(screen[i]).toMatch(new RegExp(`^aria-labelledby="${id}-title" aria-describedby="${id}-desc" `));
      expect(print[i]).toMatch(new RegExp(`^aria-labelledby="${id}-title ${id}-desc" `));
      expect(print[i]).not.toContain('aria-describedby');
    });
  });

  it('prints the data of every drawn figure as a table after the text, in the table of contents; on screen under each figure', () => {
    const print = html('print');
    const drawn = document.figures.filter((f) => !f.placeholder);
    const appendix = print.slice(print.indexOf('<section class="figure-data"'));
    expect(appendix.indexOf('</main>')).toBe(-1);
    const tables = [...appendix.matchAll(/<table class="figure-data-table" id="data-figur-(\d+)">\s*<caption>([^<]*)<\/caption>\s*<thead><tr>((?:<th scope="col">[^<]*<\/th>)+)<\/tr><\/thead>\s*<tbody>([\s\S]*?)<\/tbody>/g)];
    expect(tables.map((t) => Number(t[1]))).toEqual(drawn.map((f) => f.number));
    for (const [i, t] of tables.entries()) {
      const f = drawn[i]!;
      expect(t[2]).toMatch(new RegExp(`^Data för figur ${f.number}\\b`));
      const rows = [...t[4]!.matchAll(/<tr><th scope="row">/g)];
      expect(rows).toHaveLength(f.data.rows.length);
    }
    expect(print).toMatch(/<nav class="toc"[\s\S]*<a href="#figurernas-data">Figurernas data<\/a>/);
    expect(print).toContain('<h1 id="figurernas-data" class="unnumbered">Figurernas data</h1>');
    const screen = html('screen');
    expect(screen).not.toContain('figure-data-table');
    expect([...screen.matchAll(/<details class="chart-data">/g)]).toHaveLength(document.figures.length);
  });

  it('names the column of row headers of every table', () => {
    for (const t of document.tables) expect(t.head[0]![0]!.trim()).not.toBe('');
  });
});
