import { describe, expect, it } from '@jest/globals';
import { buildFigure } from '../../src/charts/figure.js';
import { buildTable } from '../../src/tables/table.js';
import type { ChartKind, TableDef } from '../../src/model/edition.js';
import type { Observation, Qualifier } from '../../src/model/observation.js';
import type { ReportDocument } from '../../src/model/document.js';
import { buildReportJson } from '../../src/render/json.js';
import { qualifierShort, qualifyNumber } from '../../src/text/qualified.js';
import { datasetsOf, figureDef, indicator, obs, registryOf, specRows, svgTexts } from './helpers.js';

/**
 * A value the source qualified (">99", "drygt 86", "cirka 80") keeps its qualifier wherever it is
 * printed outside the prose: the figure's data table, its CSV, its text alternative, the labels the
 * chart draws, a table's cells and report.json.
 */

const NBSP = '\u00a0';


function qualified(o: Observation, qualifier: Qualifier): Observation {
  return { ...o, qualifier };
}

// every qualifier once, and exact values beside them
const registry = registryOf(indicator('1:1', 'procent', ['teknik']), indicator('2:2', 'antal', ['losning']));
const datasets = datasetsOf(2020, [
  qualified(obs('1:1', 2019, { teknik: 'nattillsyn' }, 80), 'cirka'),
  qualified(obs('1:1', 2020, { teknik: 'nattillsyn' }, 99), 'over'),
  obs('1:1', 2019, { teknik: 'vardplanering' }, 7),
  qualified(obs('1:1', 2020, { teknik: 'vardplanering' }, 5), 'under'),
  obs('1:1', 2019, { teknik: 'sip' }, 71),
  qualified(obs('1:1', 2020, { teknik: 'sip' }, 86), 'drygt'),
  obs('1:1', 2019, { teknik: 'larm' }, null),
  qualified(obs('1:1', 2020, { teknik: 'larm' }, 3), 'knappt'),
  qualified(obs('2:2', 2019, { losning: 'terminal' }, 900_000), 'knappt'),
  qualified(obs('2:2', 2020, { losning: 'terminal' }, 1_800_000), 'knappt'),
  obs('2:2', 2019, { losning: 'app' }, null),
  obs('2:2', 2020, { losning: 'app' }, null),
  obs('2:2', 2019, { losning: 'betalning' }, null),
  obs('2:2', 2020, { losning: 'betalning' }, null),
]);
const def = figureDef('kvalificerade', {
  chart: 'grouped-bar',
  data: [{ indicator: '1:1', where: {} }],
  x: 'teknik',
  color: 'year',
  years: { from: 2019, to: 'latest' },
  title: 'Välfärdsteknik.',
});

describe('qualifyNumber', () => {
  it.each<[Qualifier | null, string, string]>([
    ['over', '>99', 'över 99'],
    ['under', '<5', 'under 5'],
    ['drygt', `drygt${NBSP}86`, 'drygt 86'],
    ['knappt', `knappt${NBSP}86`, 'knappt 86'],
    ['cirka', `ca${NBSP}86`, 'cirka 86'],
    [null, '86', '86'],
  ])('%p: short %p, words %p', (qualifier, short, words) => {
    const number = qualifier === 'over' ? '99' : qualifier === 'under' ? '5' : '86';
    expect(qualifyNumber(number, qualifier)).toBe(short);
    expect(qualifyNumber(number, qualifier, 'words')).toBe(words);
  });

  it('names the qualifier alone in its short form (the CSV column)', () => {
    expect((['over', 'under', 'drygt', 'knappt', 'cirka'] as const).map(qualifierShort)).toEqual(['>', '<', 'drygt', 'knappt', 'ca']);
  });
});

describe('a figure with qualified values', () => {
  it('shows each qualifier in its data table', async () => {
    const { figure } = await buildFigure(def, 5, datasets, registry);
    expect(figure.view.data.rows).toEqual([
      ['Nattillsyn med digital teknik', `ca${NBSP}80`, '>99'],
      ['Vårdplanering med stöd av video', '7', '<5'],
      ['SIP med stöd av video inför utskrivning från slutenvården', '71', `drygt${NBSP}86`],
      ['Passiva larm eller sensorer', 'uppgift saknas', `knappt${NBSP}3`],
    ]);
  });

  it('keeps the number machine-readable in the CSV and the qualifier in a column of its own', async () => {
    const { figure } = await buildFigure(def, 5, datasets, registry);
    const lines = figure.view.csv.split('\r\n');
    expect(lines[0]).toBe('indikator,ar,kategori,serie,varde,saknas,precisering');
    expect(lines).toEqual(
      expect.arrayContaining([
        '1:1,2019,Nattillsyn med digital teknik,2019,80,,ca',
        '1:1,2020,Nattillsyn med digital teknik,2020,99,,>',
        '1:1,2019,Vårdplanering med stöd av video,2019,7,,',
        '1:1,2020,Vårdplanering med stöd av video,2020,5,,<',
        '1:1,2020,SIP med stöd av video inför utskrivning från slutenvården,2020,86,,drygt',
        '1:1,2019,Passiva larm eller sensorer,2019,,not-available,',
        '1:1,2020,Passiva larm eller sensorer,2020,3,,knappt',
      ]),
    );
  });

  it('says each qualifier in words in the text alternative', async () => {
    const { figure } = await buildFigure(def, 5, datasets, registry);
    expect(figure.view.alt).toBe(
      'Störst förändring: Nattillsyn med digital teknik, där andelen har ökat från cirka 80 procent år 2019 till över 99 procent år 2020. ' +
        'Nattillsyn med digital teknik: cirka 80 procent år 2019, över 99 procent år 2020. ' +
        'Vårdplanering med stöd av video: 7 procent år 2019, under 5 procent år 2020. ' +
        'SIP med stöd av video inför utskrivning från slutenvården: 71 procent år 2019, drygt 86 procent år 2020. ' +
        'Passiva larm eller sensorer: knappt 3 procent år 2020; 2019 uppgift saknas.',
    );
    expect(figure.view.svg).toContain('över 99 procent år 2020');
  });

  it('draws each value label with its qualifier', async () => {
    const { figure } = await buildFigure(def, 5, datasets, registry);
    expect(svgTexts(figure.view.svg)).toEqual(expect.arrayContaining(['>99', '<5', `drygt${NBSP}86`, `knappt${NBSP}3`, `ca${NBSP}80`, '7', '71']));
    expect(svgTexts(figure.view.svg)).not.toContain('99');
  });

  it.each<[ChartKind, Record<string, unknown>]>([
    ['horizontal-bar', {}],
    ['line', { labels: true }],
    ['stacked-bar', {}],
  ])('draws the qualifier on a %s too', async (chart, options) => {
    const one = figureDef('en', { chart, data: [{ indicator: '1:1', where: {} }], x: 'teknik', color: null, years: 'latest', options });
    const { figure } = await buildFigure(one, 5, datasets, registry);
    // (a stacked segment too thin for its label, <5, shows none)
    expect(svgTexts(figure.view.svg)).toEqual(expect.arrayContaining(['>99', `drygt${NBSP}86`]));
    expect(specRows(figure.spec).find((r) => r['v'] === 5)).toMatchObject({ v: 5, t: '<5' });
  });

  it('leaves a figure without qualifiers to vega’s number format', async () => {
    const exact = datasetsOf(2020, [obs('1:1', 2020, { teknik: 'nattillsyn' }, 66)]);
    const { figure } = await buildFigure(def, 5, exact, registry);
    expect(specRows(figure.spec).every((r) => !('t' in r))).toBe(true);
    expect(JSON.stringify(figure.spec)).toContain('"text":{"field":"v","type":"quantitative","format":",.0~f"}');
  });

  it('gives each drawn datum its qualifier in report.json', async () => {
    const { figure } = await buildFigure(def, 5, datasets, registry);
    const document = { meta: {}, footnotes: [], claims: [], gaps: [] } as unknown as ReportDocument;
    const json = buildReportJson({ datasets, facts: new Map(), figures: [figure], tables: [], document });
    const data = json.figures[0]!.data;
    expect(data.find((d) => d.x === 'nattillsyn' && d.year === 2020)).toMatchObject({ value: 99, qualifier: 'over' });
    expect(data.find((d) => d.x === 'vardplanering' && d.year === 2019)).toMatchObject({ value: 7, qualifier: null });
    expect(data.find((d) => d.x === 'larm' && d.year === 2019)).toMatchObject({ value: null, qualifier: null, missing: 'not-available' });
  });
});

describe('a table with qualified values', () => {
  it('prints each qualifier in its cells', () => {
    const table: TableDef = {
      id: 't',
      caption: { title: 'Tabell.', notes: [], source: 'Källa: Test.', ids: '', footnotes: [] },
      data: [{ indicator: '1:1', where: {} }],
      rows: 'teknik',
      columns: 'year',
      years: { from: 2019, to: 'latest' },
      rowHeader: 'Teknik',
      options: {},
      location: { file: 'templates/editions/2020/figures/test.yaml', line: 1, column: 1 },
    };
    const { table: view } = buildTable(table, 1, datasets, registry);
    expect(view.body.map((row) => row.map((c) => c.text))).toEqual([
      ['Nattillsyn med digital teknik', `ca${NBSP}80`, '>99'],
      ['Vårdplanering med stöd av video', '7', '<5'],
      ['SIP med stöd av video inför utskrivning från slutenvården', '71', `drygt${NBSP}86`],
      ['Passiva larm eller sensorer', 'uppgift saknas', `knappt${NBSP}3`],
    ]);
  });
});
