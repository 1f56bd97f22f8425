import { describe, expect, it } from '@jest/globals';
import { buildFigure } from '../../src/charts/figure.js';
import { datasetsOf, figureDef, indicator, markCount, obs, registryOf, specRows, svgTexts, welfareFixture } from './helpers.js';

/**
 * Each chart kind on small in-memory data: partial data (each gap marked, never a zero bar), no data
 * (a placeholder that names what is missing), one series, months.
 */

const NBSP = '\u00a0';


describe('grouped-bar', () => {
  const { registry, datasets } = welfareFixture();
  const def = figureDef('valfardsteknik', {
    chart: 'grouped-bar',
    data: [{ indicator: '1:1', where: {} }],
    x: 'teknik',
    color: 'year',
    years: { from: 2017, to: 'latest' },
    axis: { y: 'Andel kommuner (%)' },
    title: 'Andel kommuner med välfärdsteknik, 2017–2020.',
  });

  it('draws a bar for every value (a real 0 too) and none for a missing value', async () => {
    const { figure } = await buildFigure(def, 6, datasets, registry);
    const rows = specRows(figure.spec);
    expect(rows).toHaveLength(12); // 3 kinds × 4 years, gaps included as rows with v = null
    expect(rows.filter((r) => r['v'] === null)).toHaveLength(3);
    expect(markCount(figure.view.svg, 'rect', 0)).toBe(9);
    expect(svgTexts(figure.view.svg)).toEqual(expect.arrayContaining(['37', '66', '74,5', '38,6', '0']));
  });

  it('marks each gap at the baseline with its reason in the legend', async () => {
    const { figure } = await buildFigure(def, 6, datasets, registry);
    expect(markCount(figure.view.svg, 'symbol', 2)).toBe(3);
    const texts = svgTexts(figure.view.svg);
    expect(texts).toEqual(expect.arrayContaining(['2017', '2018', '2019', '2020', 'Uppgift saknas', 'Frågan ställdes inte']));
  });

  it('says it in Swedish sentences, every number one the chart draws', async () => {
    const { figure } = await buildFigure(def, 6, datasets, registry);
    // first the finding (the largest change), then the data, never the caption again
    expect(figure.view.alt).toBe(
      'Störst förändring: SIP med stöd av video inför utskrivning från slutenvården, där andelen har ökat från 0 procent år 2018 till 71 procent år 2020. ' +
        'Nattillsyn med digital teknik: 37 procent år 2017, 66 procent år 2020; 2018 och 2019 uppgift saknas. ' +
        'Vårdplanering med stöd av video: 20 procent år 2017, 31 procent år 2018, 40 procent år 2019, 74,5 procent år 2020. ' +
        'SIP med stöd av video inför utskrivning från slutenvården: 0 procent år 2018, 38,6 procent år 2019, 71 procent år 2020; 2017 frågan ställdes inte.',
    );
    const drawn = new Set(svgTexts(figure.view.svg));
    const numbers = figure.view.alt.match(/\d+(,\d+)?(?= procent)/g) ?? [];
    for (const n of numbers) expect(drawn).toContain(n);
  });

  it('gives the data table and CSV beside the chart', async () => {
    const { figure } = await buildFigure(def, 6, datasets, registry);
    expect(figure.view.data.columns).toEqual(['Teknik', '2017', '2018', '2019', '2020']);
    expect(figure.view.data.rows[0]).toEqual(['Nattillsyn med digital teknik', '37', 'uppgift saknas', 'uppgift saknas', '66']);
    expect(figure.view.data.rows[2]).toEqual(['SIP med stöd av video inför utskrivning från slutenvården', 'frågan ställdes inte', '0', '38,6', '71']);
    expect(figure.view.csv.split('\r\n')[0]).toBe('indikator,ar,kategori,serie,varde,saknas,precisering');
    expect(figure.view.csv).toContain('1:1,2017,SIP med stöd av video inför utskrivning från slutenvården,2017,,not-asked,\r\n');
    expect(figure.view.missing).toContain('Nattillsyn med digital teknik 2018: uppgift saknas');
  });

  it('draws one series without a legend', async () => {
    const one = figureDef('en-serie', { chart: 'grouped-bar', data: [{ indicator: '1:1', where: {} }], x: 'teknik', color: null, years: 'latest' });
    const { figure } = await buildFigure(one, 1, datasets, registry);
    expect(markCount(figure.view.svg, 'rect', 0)).toBe(3);
    expect(svgTexts(figure.view.svg)).not.toContain('2020');
    expect(figure.view.alt).toBe(
      'Andelen är högst för Vårdplanering med stöd av video, 74,5 procent, och lägst för Nattillsyn med digital teknik, 66 procent. ' +
        'Nattillsyn med digital teknik: 66 procent; Vårdplanering med stöd av video: 74,5 procent; ' +
        'SIP med stöd av video inför utskrivning från slutenvården: 71 procent.',
    );
  });

  it('prints large numbers and decimals with the sv-SE locale', async () => {
    const registry2 = registryOf(indicator('2:2', 'antal', []));
    const data = datasetsOf(2020, [obs('2:2', 2019, {}, 191000000), obs('2:2', 2020, {}, 38.6)]);
    const d = figureDef('tal', { chart: 'grouped-bar', data: [{ indicator: '2:2', where: {} }], x: 'year', years: { list: [2019, 2020] } });
    const { figure } = await buildFigure(d, 1, data, registry2);
    const texts = svgTexts(figure.view.svg);
    expect(texts).toContain(`191${NBSP}000${NBSP}000`);
    expect(texts).toContain('38,6');
    expect(texts).toContain(`200${NBSP}000${NBSP}000`); // an axis tick
    // the finding names both values: nothing else to say
    expect(figure.view.alt).toBe(`Antalet har minskat från 191${NBSP}000${NBSP}000 år 2019 till 38,6 år 2020.`);
  });
});

describe('horizontal-bar', () => {
  const { registry, datasets } = welfareFixture();

  it('orders categories by value with options.sort: value, largest first, and the text follows', async () => {
    const def = figureDef('sorterad', { chart: 'horizontal-bar', data: [{ indicator: '1:1', where: {} }], x: 'teknik', options: { sort: 'value' } });
    const { figure } = await buildFigure(def, 2, datasets, registry);
    const spec = figure.spec as { layer: { encoding: { y: { scale: { domain: string[] } } } }[] };
    expect(spec.layer[0]!.encoding.y.scale.domain.map((c) => c.replace(/\n/g, ' '))).toEqual([
      'Vårdplanering med stöd av video',
      'SIP med stöd av video inför utskrivning från slutenvården',
      'Nattillsyn med digital teknik',
    ]);
    expect(figure.view.alt).toMatch(/^Andelen är högst för Vårdplanering med stöd av video, 74,5 procent, och lägst för Nattillsyn med digital teknik, 66 procent\. Vårdplanering med stöd av video: 74,5 procent; SIP/);
  });

  it('wraps long labels instead of cutting them', async () => {
    const def = figureDef('lang', { chart: 'horizontal-bar', data: [{ indicator: '1:1', where: {} }], x: 'teknik' });
    const { figure } = await buildFigure(def, 2, datasets, registry);
    const texts = svgTexts(figure.view.svg).join(' ');
    expect(texts).not.toContain('…');
    expect(texts).toContain('slutenvården');
  });
});

describe('stacked-bar', () => {
  const registry = registryOf(indicator('2:1', 'antal', ['status', 'losning']));
  const datasets = datasetsOf(2020, [
    obs('2:1', 2020, { status: 'infort', losning: 'terminal' }, 8),
    obs('2:1', 2020, { status: 'pa-vag', losning: 'terminal' }, 3),
    obs('2:1', 2020, { status: 'infort', losning: 'app' }, 2),
    obs('2:1', 2020, { status: 'pa-vag', losning: 'app' }, 5),
    obs('2:1', 2020, { status: 'infort', losning: 'betalning' }, 6),
    obs('2:1', 2020, { status: 'pa-vag', losning: 'betalning' }, null),
  ]);
  const def = figureDef('ankomst', {
    chart: 'stacked-bar',
    data: [{ indicator: '2:1', where: {} }],
    x: 'losning',
    color: 'status',
    axis: { y: 'Antal regioner' },
    options: { stacked: true },
  });

  it('stacks the series, labels each segment, and marks the gap at the end of its stack', async () => {
    const { figure } = await buildFigure(def, 17, datasets, registry);
    expect(markCount(figure.view.svg, 'rect', 0)).toBe(5);
    expect(markCount(figure.view.svg, 'symbol', 2)).toBe(1);
    const texts = svgTexts(figure.view.svg);
    expect(texts).toEqual(expect.arrayContaining(['8', '3', '2', '5', '6', 'Infört', 'På väg att införa', 'Uppgift saknas']));
    const rows = specRows(figure.spec);
    expect(rows.find((r) => r['v'] === null)?.['top']).toBe(6);
  });

  it('writes white on the dark segment and ink on the light one', async () => {
    const { figure } = await buildFigure(def, 17, datasets, registry);
    const rows = specRows(figure.spec);
    expect(new Set(rows.filter((r) => r['s'] === 'Infört').map((r) => r['ink']))).toEqual(new Set(['#000000']));
    expect(new Set(rows.filter((r) => r['s'] === 'På väg att införa').map((r) => r['ink']))).toEqual(new Set(['#ffffff']));
  });

  it('lays the bars down with options.horizontal', async () => {
    const h = figureDef('ankomst-h', { ...def, chart: 'stacked-bar', data: def.data, x: 'losning', color: 'status', options: { horizontal: true } });
    const { figure } = await buildFigure(h, 17, datasets, registry);
    const spec = figure.spec as { layer: { encoding: Record<string, { field?: string }> }[] };
    expect(spec.layer[0]!.encoding['y']!.field).toBe('c');
    expect(spec.layer[0]!.encoding['x']!.field).toBe('v0');
  });
});

describe('line', () => {
  it('finds a value whose indicator has dimensions the data does not use (2:3 without aktor and manad)', async () => {
    const registry = registryOf(indicator('2:3', 'antal', ['land', 'manad']));
    const values = [obs('2:3', 2019, { land: 'sverige' }, null), obs('2:3', 2020, { land: 'sverige' }, 2_300_000)];
    const def = figureDef('utomlans', { chart: 'line', data: [{ indicator: '2:3', where: { land: 'sverige' } }], x: 'year', years: { from: 2019, to: 'latest' } });
    const { figure } = await buildFigure(def, 10, datasetsOf(2020, values), registry);
    expect(figure.view.data.rows).toEqual([
      ['2019', 'uppgift saknas'],
      ['2020', `2${NBSP}300${NBSP}000`],
    ]);
    expect(figure.view.placeholder).toBe(false);
  });

  it('draws months on a time axis with Swedish month names and breaks the line at a gap', async () => {
    const registry = registryOf(indicator('4:1', 'antal', ['manad']));
    const values: ReturnType<typeof obs>[] = [];
    for (const year of [2019, 2020]) {
      for (let m = 1; m <= 12; m++) {
        const code = `${year}-${String(m).padStart(2, '0')}`;
        values.push(obs('4:1', 2020, { manad: code }, year === 2020 && m === 6 ? null : 1000 * m + (year - 2019) * 20000));
      }
    }
    const def = figureDef('anrop', { chart: 'line', data: [{ indicator: '4:1', where: {} }], x: 'manad', axis: { y: 'Antal anrop' } });
    const { figure } = await buildFigure(def, 24, datasetsOf(2020, values), registry);
    const texts = svgTexts(figure.view.svg);
    expect(texts).toEqual(expect.arrayContaining(['jan 2019', 'jul 2019', 'okt 2020']));
    const spec = figure.spec as { layer: { encoding: { x: { type: string } } }[] };
    expect(spec.layer[0]!.encoding.x.type).toBe('temporal');
    // the path of the line starts twice: before and after June
    const line = /<g class="mark-line role-mark layer_0_marks"[^>]*><path[^>]*\sd="([^"]+)"/.exec(figure.view.svg);
    expect(line?.[1]?.match(/M/g)).toHaveLength(2);
    // 23 values: the change from the first to the last, which is also the highest; then the gap
    expect(figure.view.alt).toBe('Antalet har ökat från 1\u00a0000 i januari 2019 till 32\u00a0000 i december 2020. Juni 2020 uppgift saknas.');
  });

  it('draws each month once, from the data year that holds it', async () => {
    const registry = registryOf(indicator('4:1', 'antal', ['manad']));
    const values = [2019, 2020].flatMap((year) =>
      Array.from({ length: 12 }, (_, i) => obs('4:1', year, { manad: `${year}-${String(i + 1).padStart(2, '0')}` }, year * 10 + i)),
    );
    const def = figureDef('anrop', { chart: 'line', data: [{ indicator: '4:1', where: {} }], x: 'manad', years: { from: 'first', to: 'latest' } });
    const { figure, diagnostics } = await buildFigure(def, 24, datasetsOf(2020, values), registry);
    expect(diagnostics).toEqual([]);
    expect(figure.data).toHaveLength(24);
    expect(figure.data.every((d) => d.x.startsWith(`${d.year}-`))).toBe(true);
  });

  it('gives each series its colour and dash, and marks each missing year in its series colour', async () => {
    const registry = registryOf(indicator('NY:3', 'procent', ['land']));
    const rows: ReturnType<typeof obs>[] = [];
    const series: Record<string, (number | null)[]> = { sverige: [88, 89, 90], norge: [93, 94, 95], island: [null, null, 98] };
    for (const [land, vs] of Object.entries(series)) vs.forEach((v, i) => rows.push(obs('NY:3', 2017 + i, { land }, v)));
    const def = figureDef('internet', { chart: 'line', data: [{ indicator: 'NY:3', where: {} }], x: 'year', color: 'land', years: { from: 2017, to: 'latest' } });
    const { figure } = await buildFigure(def, 4, datasetsOf(2019, rows), registry);
    const texts = svgTexts(figure.view.svg);
    expect(texts).toEqual(expect.arrayContaining(['Sverige', 'Norge', 'Island', 'Uppgift saknas', '2017', '2018', '2019']));
    expect(figure.view.svg).toMatch(/stroke-dasharray="6,3"|stroke-dasharray="6 3"/);
    const missing = /<g class="mark-symbol role-mark layer_2_marks"[^>]*>([\s\S]*?)<\/g>/.exec(figure.view.svg)?.[1] ?? '';
    expect(missing.match(/<path/g)).toHaveLength(2);
    expect(missing).toContain('stroke="#009e73"');
    expect(figure.view.alt).toContain('Island: 98 procent år 2019; 2017 och 2018 uppgift saknas.');
  });
});

describe('dot-matrix', () => {
  const registry = registryOf(indicator('2:11', 'antal', ['region', 'informationsmangd']));
  const rows = [
    ...['1', '2', '3', '4'].map((i) => obs('2:11', 2020, { region: 'stockholm', informationsmangd: i }, i === '3' ? 0 : 1)),
    ...['1', '2', '3', '4'].map((i) => obs('2:11', 2020, { region: 'uppsala', informationsmangd: i }, i === '4' ? null : 1)),
  ];
  const def = figureDef('journalen', {
    chart: 'dot-matrix',
    data: [{ indicator: '2:11', where: {} }],
    x: 'informationsmangd',
    axis: { x: 'Informationsmängd' },
    options: { y: 'region' },
  });

  it('draws every region (entered or not) and tells shown, not shown and unknown apart', async () => {
    const { figure } = await buildFigure(def, 15, datasetsOf(2020, rows), registry);
    const texts = svgTexts(figure.view.svg);
    expect(texts).toEqual(expect.arrayContaining(['Region Stockholm', 'Region Uppsala', 'Region Sörmland', 'Visas', 'Visas inte', 'Uppgift saknas']));
    // 3 regions × 4 informationsmängder
    expect(markCount(figure.view.svg, 'symbol', 1)).toBe(12);
    const points = /<g class="mark-symbol role-mark layer_1_marks"[^>]*>([\s\S]*?)<\/g>/.exec(figure.view.svg)?.[1] ?? '';
    // filled dot, hollow ring, dash: three different marks, not only three colours
    const marks = new Set([...points.matchAll(/<path ([^>]*)>/g)].map((m) => `${/d="M([^,]+)/.exec(m[1]!)?.[1]} ${/fill="([^"]+)"/.exec(m[1]!)?.[1] ?? 'none'}`));
    expect(marks.size).toBe(3);
    expect(figure.view.alt).toBe(
      'Flest ”visas” har Region Stockholm och Region Uppsala, färst Region Sörmland. ' +
        'Region Stockholm: visas 1, 2 och 4; visas inte 3. Region Uppsala: visas 1–3; uppgift saknas 4. Region Sörmland: uppgift saknas 1–4.',
    );
    expect(figure.view.data.rows[0]).toEqual(['Region Stockholm', 'Visas', 'Visas', 'Visas inte', 'Visas']);
  });
});

describe('diagram', () => {
  it('draws Figur 1 from its options as accessible SVG text', async () => {
    const def = figureDef('strategi', {
      chart: 'diagram',
      data: [],
      title: 'Bild på inriktningsmål.',
      options: {
        inriktningsmal: ['Individen som medskapare', 'Rätt information och kunskap', 'Trygg och säker informationshantering', 'Utveckling och digital transformation i samverkan'],
        forutsattningar: ['Regelverk', 'Standarder', 'Enhetligare begreppsanvändning'],
      },
    });
    const { figure } = await buildFigure(def, 1, datasetsOf(2020, []), registryOf());
    expect(figure.view.placeholder).toBe(false);
    expect(figure.view.svg).toMatch(/^<svg role="img" aria-labelledby="figur-1-svg-title"/);
    const text = svgTexts(figure.view.svg).join(' ');
    for (const word of ['Individen som medskapare', 'Regelverk', 'Standarder', 'Enhetligare begreppsanvändning']) expect(text).toContain(word);
    expect(figure.view.alt).toBe(
      'Fyra inriktningsmål – Individen som medskapare, Rätt information och kunskap, Trygg och säker ' +
        'informationshantering och Utveckling och digital transformation i samverkan – vilar på tre grundläggande förutsättningar: ' +
        'Regelverk, Standarder och Enhetligare begreppsanvändning.',
    );
    expect(figure.view.data.rows).toHaveLength(7);
  });

  it('becomes a placeholder when its options are missing', async () => {
    const def = figureDef('strategi', { chart: 'diagram', data: [], options: { placeholder: 'Bilden saknas.' } });
    const { figure } = await buildFigure(def, 1, datasetsOf(2020, []), registryOf());
    expect(figure.view.placeholder).toBe(true);
    expect(svgTexts(figure.view.svg)).toContain('Bilden saknas.');
  });
});

describe('placeholder', () => {
  it('replaces a chart without a single value, naming the indicator, the years and why', async () => {
    const registry = registryOf(indicator('2:3', 'antal', ['land'], 'Digitala utomlänskontakter'));
    const datasets = datasetsOf(2020, [obs('2:3', 2019, { land: 'sverige' }, null), obs('2:3', 2020, { land: 'sverige' }, null, 'not-collected')]);
    const def = figureDef('utomlans', { chart: 'line', data: [{ indicator: '2:3', where: {} }], x: 'year', years: { from: 2019, to: 'latest' } });
    const { figure } = await buildFigure(def, 10, datasets, registry);
    expect(figure.view.placeholder).toBe(true);
    expect(figure.spec).toBeNull();
    const text = svgTexts(figure.view.svg).join(' ');
    expect(text).toContain('Figuren kan inte ritas: uppgifter saknas.');
    expect(figure.view.alt).toBe(
      'Figuren kan inte ritas: uppgifter saknas. Digitala utomlänskontakter (ID 2.3): uppgift saknas för år 2019, uppgiften samlades inte in för år 2020.',
    );
    expect(figure.view.svg).not.toContain('mark-rect');
  });

  it('says when nothing at all was entered for the years asked', async () => {
    const registry = registryOf(indicator('2:3', 'antal', ['land'], 'Digitala utomlänskontakter'));
    const def = figureDef('utomlans', { chart: 'grouped-bar', data: [{ indicator: '2:3', where: {} }], x: 'land', color: 'year', years: { from: 2016, to: 'latest' } });
    const { figure } = await buildFigure(def, 10, datasetsOf(2020, []), registry);
    expect(figure.view.alt).toBe('Figuren kan inte ritas: uppgifter saknas. Digitala utomlänskontakter (ID 2.3): inga uppgifter finns i datamängderna för år 2016–2020.');
  });

  it('shows what an author-written placeholder says', async () => {
    const def = figureDef('karta', { chart: 'placeholder', data: [], options: { placeholder: 'Karta: tillgång till fiber per område.' } });
    const { figure } = await buildFigure(def, 3, datasetsOf(2020, []), registryOf());
    expect(figure.view.placeholder).toBe(true);
    expect(svgTexts(figure.view.svg)).toContain('Karta: tillgång till fiber per område.');
  });
});

describe('several selections without a series dimension', () => {
  it('draws each indicator as its own series, side by side (not stacked)', async () => {
    const registry = registryOf(indicator('9:1', 'antal', [], 'Informatikansvarig'), indicator('10:2', 'antal', [], 'Informatikkompetens'));
    const datasets = datasetsOf(2020, [obs('9:1', 2020, {}, 11), obs('10:2', 2019, {}, 9), obs('10:2', 2020, {}, 9)]);
    const def = figureDef('informatik', { chart: 'grouped-bar', data: [{ indicator: '9:1', where: {} }, { indicator: '10:2', where: {} }], x: 'year', years: { list: [2019, 2020] } });
    const { figure, diagnostics } = await buildFigure(def, 32, datasets, registry);
    expect(diagnostics).toEqual([]);
    expect(svgTexts(figure.view.svg)).toEqual(expect.arrayContaining(['Informatikansvarig', 'Informatikkompetens', '11', '9']));
    expect(figure.view.alt).toBe(
      'Informatikkompetens: antalet var 9 både år 2019 och år 2020. Informatikansvarig: 11 år 2020; 2019 uppgift saknas. Informatikkompetens: 9 år 2019, 9 år 2020.',
    );
  });

  it('warns when values would be drawn on top of each other', async () => {
    const registry = registryOf(indicator('1:1', 'procent', ['teknik']));
    const datasets = datasetsOf(2020, [obs('1:1', 2019, { teknik: 'nattillsyn' }, 50), obs('1:1', 2020, { teknik: 'nattillsyn' }, 66)]);
    const def = figureDef('krock', { chart: 'grouped-bar', data: [{ indicator: '1:1', where: {} }], x: 'teknik', years: { from: 2019, to: 'latest' } });
    const { diagnostics } = await buildFigure(def, 1, datasets, registry);
    expect(diagnostics.map((d) => d.code)).toEqual(['figure/overlapping-marks']);
  });
});
