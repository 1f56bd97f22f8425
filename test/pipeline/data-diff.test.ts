import { describe, expect, it } from '@jest/globals';
import type { Observation, Qualifier } from '../../src/model/observation.js';
import { diffData, formatDataDiff } from '../../src/pipeline/data-diff.js';

function o(year: number, value: number | null, qualifier: Qualifier | null = null): Observation {
  return {
    indicator: 'NY:5',
    year,
    dims: { aldersgrupp: 'yngre' },
    value,
    missing: value === null ? 'not-available' : null,
    qualifier,
    source: 'Testkälla',
    note: null,
    quote: null,
    respondents: null,
  tiebreak: false,
    location: { file: `datasets/${year}/NY-5.yaml`, line: 1, column: 1 },
  };
}
const datasets = (observations: Observation[]) => ({ year: 2021, years: [2020, 2021], observations });

describe('diffData', () => {
  it('shows a value with its qualifier, so a changed bound or hedge is a change', () => {
    const changes = diffData(datasets([o(2020, 99, 'over'), o(2021, 86, 'drygt')]), datasets([o(2020, 99), o(2021, 86, 'knappt')]));
    expect(changes.map((c) => [c.key, c.before, c.after])).toEqual([
      ['NY:5@2020[aldersgrupp=yngre]', '>99', '99'],
      ['NY:5@2021[aldersgrupp=yngre]', 'drygt\u00a086', 'knappt\u00a086'],
    ]);
    expect(formatDataDiff(changes, 2020, 2021)).toContain('~ NY:5@2020[aldersgrupp=yngre]: >99 → 99');
  });

  it('finds nothing when value and qualifier are the same', () => {
    expect(diffData(datasets([o(2020, 99, 'over')]), datasets([o(2020, 99, 'over')]))).toEqual([]);
  });
});
