import { describe, expect, it } from '@jest/globals';
import { parseDatasetFile } from '../../src/datasets/parse.js';

describe('parseDatasetFile', () => {
  it('reads a valid file', () => {
    const { parsed, diagnostics } = parseDatasetFile({
      path: 'datasets/2020/1-1.yaml',
      text: 'indicator: "1:1"\nyear: 2020\nsource: S\nobservations:\n  - {teknik: nattillsyn, value: 66}\n',
    });
    expect(diagnostics).toEqual([]);
    expect(parsed?.spec.observations[0]?.value).toBe(66);
  });
  it('hints at a decimal point for "3,5"', () => {
    const { diagnostics } = parseDatasetFile({
      path: 'datasets/2020/1-1.yaml',
      text: 'indicator: "1:1"\nyear: 2020\nsource: S\nobservations:\n  - {teknik: nattillsyn, value: "3,5"}\n',
    });
    expect(diagnostics[0]?.hint).toContain('3.5');
    expect(diagnostics[0]?.location?.line).toBe(5);
  });
});
