import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { editionFigures, type EditionFigure } from './editions.js';
import { root } from './helpers.js';

/**
 * The text alternatives of every figure of every edition, as `ehalsa report` builds them: each begins
 * with one sentence stating what the chart shows (computed from its data), never with the caption,
 * and every number in it is a number the chart draws — read from the chart itself: the texts of its
 * SVG (value labels, axes, legend) and its data table (the values as the chart prints them, its
 * categories and series).
 */
const editions = readdirSync(join(root, 'templates', 'editions')).filter((n) => /^\d{4}$/.test(n)).map(Number).sort();
const built = new Map<number, EditionFigure[]>();

beforeAll(async () => {
  for (const year of editions) built.set(year, await editionFigures(root, year));
}, 300_000);

/** Numbers as the report prints them: "2 300 000", "38,6", "2017", "30" of "30–39". */
const NUMBER = /\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?/g;
const numbers = (s: string) => (s.match(NUMBER) ?? []).map((n) => n.replace(/[ \u00a0\u202f]/g, '\u00a0'));
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** Every text the SVG draws (its title and description are not drawn). */
const svgTexts = (svg: string) => [...svg.replace(/<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>/g, '').matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, ' ')));
const svgPart = (svg: string, tag: 'title' | 'desc') => unescape(new RegExp(`<${tag} id="[^"]+">([\\s\\S]*?)</${tag}>`).exec(svg)?.[1] ?? '');
/** One sentence: a full stop, then nothing before the next capital but a space. */
const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])/);

/**
 * What a finding says, by its form: a change over time ("… har ökat från … till …"), where the values
 * are highest and lowest, the one value there is, or (a placeholder) that the figure cannot be drawn.
 */
const FINDING =
  /^(?:Störst förändring: .+, där (?:andelen|antalet|värdet|placeringen) |.+: (?:andelen|antalet|värdet|placeringen) |(?:Andelen|Antalet|Värdet|Placeringen) )(?:har ökat från .+ till |har minskat från .+ till |var .+ både |gick från )|^(?:(?:År|I) .+ var |(?:Andelen|Antalet|Värdet|Placeringen)(?: för .+)? är )|^Flest ”.+” har |^Lika många är /;

const each = () => editions.flatMap((year) => (built.get(year) ?? []).map((f) => ({ year, f, name: `${year} Figur ${f.view.number}` })));

describe('the text alternatives of every edition', () => {
  it('are there for every edition', () => {
    expect(editions.length).toBeGreaterThanOrEqual(3);
    for (const year of editions) expect(built.get(year)!.length).toBeGreaterThan(30);
  });

  it('begin with a sentence stating a finding, not with the caption', () => {
    const problems: string[] = [];
    for (const { f, name } of each()) {
      const alt = f.view.alt;
      const first = sentences(alt)[0]!;
      const title = f.view.caption.title.trim();
      if (title && alt.startsWith(title)) problems.push(`${name} begins with its caption: ${first}`);
      if (f.view.placeholder) {
        if (!/^Figuren kan inte ritas: uppgifter saknas\.|^Kart|^Bild/.test(alt) && f.def.chart !== 'placeholder') problems.push(`${name} (placeholder): ${first}`);
        continue;
      }
      if (f.def.chart === 'diagram') {
        if (!/ vilar på /.test(first)) problems.push(`${name} (diagram): ${first}`);
        continue;
      }
      if (!FINDING.test(first)) problems.push(`${name}: "${first}" states no finding`);
      if (numbers(first).length === 0) problems.push(`${name}: "${first}" has no number of the chart`);
      // the finding is the image's name; the rest its description
      if (svgPart(f.view.svg, 'title') !== first) problems.push(`${name}: the SVG is named "${svgPart(f.view.svg, 'title')}", not by its finding`);
    }
    expect(problems).toEqual([]);
  });

  it('hold only numbers the chart draws', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { f, name } of each()) {
      if (f.view.placeholder || f.def.chart === 'diagram') continue;
      const drawn = new Set([...svgTexts(f.view.svg), ...f.view.data.columns, ...f.view.data.rows.flat()].flatMap(numbers));
      for (const n of numbers(f.view.alt)) {
        checked++;
        if (!drawn.has(n)) problems.push(`${name}: ${n} is not drawn (${f.view.alt})`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('say each value with its unit and qualifier, as the data table prints it', () => {
    const problems: string[] = [];
    for (const { f, name } of each()) {
      if (f.view.placeholder || f.def.chart === 'diagram' || f.def.chart === 'dot-matrix') continue;
      for (const d of f.data) {
        if (d.value === null || d.unit !== 'procent' || !f.view.alt.includes(`${d.xLabel}:`)) continue;
        // a share is never a bare number: "66 procent", "över 99 procent"
        const bare = new RegExp(`${d.xLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [\\d,]+(?! procent)[;.]`);
        if (bare.test(f.view.alt)) problems.push(`${name}: ${d.xLabel} without its unit`);
      }
      if (f.data.some((d) => d.qualifier === 'over') && !/över \d/.test(f.view.alt)) problems.push(`${name}: a bound (>) not said as "över"`);
    }
    expect(problems).toEqual([]);
  });

  it('stay short when the data is long or gappy: a listener hears the finding, the values and the gaps once', () => {
    const long = each().filter(({ f }) => f.view.alt.length > 520).map(({ name, f }) => `${name}: ${f.view.alt.length} characters`);
    expect(long).toEqual([]);
    for (const { f, name } of each()) {
      const gaps = (f.view.alt.match(/uppgift saknas/g) ?? []).length;
      if (gaps > 6) throw new Error(`${name} says "uppgift saknas" ${gaps} times: ${f.view.alt}`);
    }
  });
});
