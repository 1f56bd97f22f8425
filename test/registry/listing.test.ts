import { describe, expect, it } from '@jest/globals';
import { loadRegistry } from '../../src/registry/load.js';
import { describeIndicator, listIndicators } from '../../src/registry/listing.js';
import { alignColumns, formatYears, renderIndicatorDescription, renderIndicatorList } from '../../src/registry/listing-text.js';

const goals = `
inriktningsmal:
  - {number: 1, name: Individen som medskapare, description: D.}
malomraden:
  - {number: 2, inriktningsmal: 1, name: Digitala tjänster, description: D.}
`;
const dimensions = `
dimensions:
  kon: {label: Kön, values: {kvinnor: Kvinnor, man: Män}}
  manad: {label: Månad, pattern: '^[0-9]{4}-[0-9]{2}$'}
`;
const indicators = `
indicators:
  - id: "2:10"
    name: Inloggningar 1177 Vårdguiden
    source: Inera
    uppfoljningsomraden: [A – Behov och användning av e-hälsa]
    malomrade: 2
    definition: Antal inloggningar.
    unit: per-invanare
    dimensions: {kon: kon, manad: manad}
  - id: "2:2"
    name: Webbtidsbokning
    source: |-
      Inera
      SKR
    uppfoljningsomraden: []
    malomrade: 2
    definition: Antal bokningar.
    unit: antal
    polarity: higher-is-better
`;
const { registry, diagnostics } = loadRegistry([
  { path: 'indicators/goals.yaml', text: goals },
  { path: 'indicators/dimensions.yaml', text: dimensions },
  { path: 'indicators/malomrade-02.yaml', text: indicators },
]);

describe('listIndicators', () => {
  it('lists every indicator in catalogue order with sorted, distinct years', () => {
    expect(diagnostics).toEqual([]);
    const rows = listIndicators(registry, new Map([['2:10', [2020, 2019, 2020]]]));
    expect(rows).toEqual([
      { id: '2:2', name: 'Webbtidsbokning', years: [] },
      { id: '2:10', name: 'Inloggningar 1177 Vårdguiden', years: [2019, 2020] },
    ]);
  });

  it('renders aligned columns', () => {
    const rows = listIndicators(registry, new Map([['2:10', [2017, 2018, 2019, 2020, 2022]]]));
    expect(renderIndicatorList(rows)).toBe(
      [
        'ID    YEARS            NAME',
        '2:2   –                Webbtidsbokning',
        '2:10  2017–2020, 2022  Inloggningar 1177 Vårdguiden',
      ].join('\n'),
    );
  });
});

describe('describeIndicator', () => {
  it('accepts any reference form and returns a plain object', () => {
    const d = describeIndicator(registry, 'ID 2.10', ['figur-13']);
    expect(d).toEqual({
      id: '2:10',
      name: 'Inloggningar 1177 Vårdguiden',
      catalogue: 'bilaga-1',
      source: 'Inera',
      definition: 'Antal inloggningar.',
      unit: 'per-invanare',
      polarity: 'neutral',
      malomrade: { number: 2, name: 'Digitala tjänster' },
      inriktningsmal: [{ number: 1, name: 'Individen som medskapare' }],
      inriktningsmalText: null,
      uppfoljningsomraden: ['A – Behov och användning av e-hälsa'],
      dimensions: [
        { name: 'kon', label: 'Kön', values: [{ code: 'kvinnor', label: 'Kvinnor' }, { code: 'man', label: 'Män' }], pattern: null },
        { name: 'manad', label: 'Månad', values: [], pattern: '^[0-9]{4}-[0-9]{2}$' },
      ],
      file: 'indicators/malomrade-02.yaml',
      line: 3,
      usedBy: ['figur-13'],
    });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('is undefined for an unknown indicator', () => {
    expect(describeIndicator(registry, '9:9', [])).toBeUndefined();
  });

  it('renders label/value lines, multi-line values aligned', () => {
    const d = describeIndicator(registry, '2:2', []);
    expect(d && renderIndicatorDescription(d)).toBe(
      [
        '2:2 Webbtidsbokning',
        '  source           Inera',
        '                   SKR',
        '  definition       Antal bokningar.',
        '  unit             antal',
        '  polarity         higher-is-better',
        '  goal area        2 – Digitala tjänster',
        '  targets          1 – Individen som medskapare',
        '  follow-up areas  –',
        '  dimensions       –',
        '  catalogue        Bilaga 1',
        '  defined at       indicators/malomrade-02.yaml:11',
        '  used by          –',
      ].join('\n'),
    );
  });
});

describe('text helpers', () => {
  it.each([
    [[], '–'],
    [[2020], '2020'],
    [[2019, 2020], '2019–2020'],
    [[2017, 2019, 2020, 2022], '2017, 2019–2020, 2022'],
  ])('formatYears(%j) = %s', (years, text) => {
    expect(formatYears(years)).toBe(text);
  });

  it('aligns by characters, not bytes', () => {
    expect(alignColumns([['å', 'x'], ['ab', 'y']])).toEqual(['å   x', 'ab  y']);
  });
});
