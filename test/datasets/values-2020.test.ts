import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasets } from '../../src/datasets/load.js';
import { observationKey } from '../../src/model/observation.js';
import { readProject } from '../../src/pipeline/project.js';
import { loadRegistry } from '../../src/registry/load.js';

/**
 * Every value the 2020 edition states is in datasets/ with its source. The expected values are this
 * test's own copy (test/fixtures/values-2020/*.json, one file per part of the report), each mapped to
 * the observation that must hold it.
 */
interface Expected {
  figure: string;
  series: string;
  quote: string;
  value: number;
  observation: { indicator: string; year: number; dims: Record<string, string> };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'test', 'fixtures', 'values-2020');
const expected: Expected[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected[]);

describe('values stated in the 2020 edition', () => {
  it('has expected values to check', () => {
    expect(expected.length).toBeGreaterThan(0);
  });
  it('finds each in the datasets with its value and a source', async () => {
    const project = await readProject(root);
    const { registry } = loadRegistry(project.indicators);
    const { datasets } = loadDatasets(project.datasets, registry, 2020);
    const byKey = new Map(datasets.observations.map((o) => [observationKey(o), o]));
    const problems: string[] = [];
    for (const e of expected) {
      const key = observationKey({ indicator: e.observation.indicator, year: e.observation.year, dims: e.observation.dims });
      const o = byKey.get(key);
      if (!o) problems.push(`${e.figure} ${e.series}: no observation ${key}`);
      else if (o.value !== e.value) problems.push(`${e.figure} ${e.series}: ${key} is ${o.value}, expected ${e.value}`);
      else if (!o.source.trim()) problems.push(`${e.figure} ${e.series}: ${key} has no source`);
    }
    expect(problems).toEqual([]);
  });
});
