import { describe, expect, it } from '@jest/globals';
import { loadRegistry } from '../../src/registry/load.js';
import { readIndicatorFiles } from './files.js';

describe('loadRegistry on indicators/', () => {
  const { registry, diagnostics } = loadRegistry(readIndicatorFiles());

  it('loads without diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has 79 national, 15 international indicators and the additions', () => {
    const ids = [...registry.indicators.keys()];
    expect(ids.filter((id) => /^\d+:/.test(id))).toHaveLength(79);
    expect(ids.filter((id) => id.startsWith('INT:'))).toHaveLength(15);
    expect(ids.filter((id) => id.startsWith('NY:')).length).toBeGreaterThan(0);
  });

  it('has 4 inriktningsmål and 13 målområden', () => {
    expect(registry.inriktningsmal.map((g) => g.number)).toEqual([1, 2, 3, 4]);
    expect(registry.malomraden.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });
});
