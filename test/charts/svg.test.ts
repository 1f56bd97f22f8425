import { describe, expect, it } from '@jest/globals';
import { buildFigure } from '../../src/charts/figure.js';
import { clearSvgCache } from '../../src/charts/render.js';
import { accessibleSvg, renameIds } from '../../src/charts/svg.js';
import { datasetsOf, figureDef, indicator, obs, registryOf, welfareFixture } from './helpers.js';

/** Deterministic, accessible SVG: the same inputs give the same bytes, and each SVG is one named image. */


const { registry, datasets } = welfareFixture();
const def = figureDef('valfardsteknik', {
  chart: 'grouped-bar',
  data: [{ indicator: '1:1', where: {} }],
  x: 'teknik',
  color: 'year',
  years: { from: 2017, to: 'latest' },
});

function ids(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

describe('determinism', () => {
  it('draws the same figure byte for byte, whatever was drawn before it', async () => {
    clearSvgCache();
    const first = (await buildFigure(def, 6, datasets, registry)).figure.view.svg;
    // other charts in between advance vega's clip and gradient counters
    const lineDef = figureDef('linje', { chart: 'line', data: [{ indicator: '1:1', where: {} }], x: 'year', color: 'teknik', years: { from: 2017, to: 'latest' } });
    await buildFigure(lineDef, 7, datasets, registry);
    clearSvgCache();
    const again = (await buildFigure(def, 6, datasets, registry)).figure.view.svg;
    expect(again).toBe(first);
  });

  it('keeps the ids of figures on one page apart', async () => {
    const a = (await buildFigure(def, 6, datasets, registry)).figure.view.svg;
    const b = (await buildFigure(def, 7, datasets, registry)).figure.view.svg;
    expect(ids(a).every((id) => id.startsWith('figur-6-svg-'))).toBe(true);
    expect(ids(b).every((id) => id.startsWith('figur-7-svg-'))).toBe(true);
    const all = [...ids(a), ...ids(b)];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('accessibility', () => {
  it('is one image named by its finding and described by its data, its kind and where its table is', async () => {
    const { figure } = await buildFigure(def, 6, datasets, registry);
    const svg = figure.view.svg;
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="figur-6-svg-title" aria-describedby="figur-6-svg-desc" /);
    const title = /<title id="figur-6-svg-title">([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
    const desc = /<desc id="figur-6-svg-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    // the name is short: one sentence, the finding; the text alternative is the name and the data
    expect(title).toMatch(/^[^.]+\.$/);
    expect(figure.view.alt.startsWith(`${title} `)).toBe(true);
    expect(desc).toBe(`${figure.view.alt.slice(title.length + 1)} Stapeldiagram. Uppgifterna finns i tabellen Data för figur 6.`);
    // vega's own English roles and labels are gone from inside the image
    expect(svg.slice(svg.indexOf('</desc>'))).not.toMatch(/\s(role|aria-label|aria-roledescription)=/);
  });

  it('names the font and fits the text column', async () => {
    const { figure } = await buildFigure(def, 6, datasets, registry);
    expect(figure.view.svg).toContain(`font-family="'Source Sans 3', 'Source Sans Pro', Arial, sans-serif"`);
    expect(figure.view.svg).toMatch(/^<svg[^>]* width="454"/);
    expect(figure.view.svg).toMatch(/^<svg[^>]* viewBox="0 0 454 \d+"/);
  });

  it('every reference points at an id of the same SVG', async () => {
    const regions = registryOf(indicator('2:11', 'antal', ['region', 'informationsmangd']));
    const data = datasetsOf(2020, [obs('2:11', 2020, { region: 'stockholm', informationsmangd: '1' }, 1)]);
    const dots = figureDef('prickar', { chart: 'dot-matrix', data: [{ indicator: '2:11', where: {} }], x: 'informationsmangd', options: { y: 'region' } });
    for (const svg of [(await buildFigure(def, 6, datasets, registry)).figure.view.svg, (await buildFigure(dots, 15, data, regions)).figure.view.svg]) {
      const defined = new Set(ids(svg));
      for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(defined).toContain(m[1]);
    }
  });
});

describe('accessibleSvg', () => {
  it('renames ids in order of appearance with their references', () => {
    const raw = '<svg width="1"><defs><clipPath id="clip7"><rect/></clipPath><linearGradient id="gradient_3"/></defs><g clip-path="url(#clip7)" fill="url(#gradient_3)"/></svg>';
    expect(renameIds(raw, 'p')).toBe(
      '<svg width="1"><defs><clipPath id="p-1"><rect/></clipPath><linearGradient id="p-2"/></defs><g clip-path="url(#p-1)" fill="url(#p-2)"/></svg>',
    );
  });

  it('escapes the text alternative', () => {
    const svg = accessibleSvg('<svg width="1"><g role="graphics-object" aria-label="x"/></svg>', 'f', { title: 'A & B <C>', desc: '"d"' });
    expect(svg).toBe(
      '<svg role="img" aria-labelledby="f-title" aria-describedby="f-desc" width="1"><title id="f-title">A &amp; B &lt;C&gt;</title><desc id="f-desc">&quot;d&quot;</desc><g/></svg>',
    );
  });
});
