/**
 * The derived figures the 2020 edition prints ("drygt 265 procent mer", "nästan en fördubbling", shares
 * from counts in footnotes), each recomputed from the inputs the text states
 * (test/fixtures/narrative/derived-2020.json). Where the printed figure and the arithmetic disagree,
 * README.md says so with the numbers; the tool prints its computed value.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exactDifference, exactSum } from '../../src/compute/decimal.js';
import { computeRatio, shareOf } from '../../src/compute/ratio.js';
import { loadDatasets } from '../../src/datasets/load.js';
import { computeFacts } from '../../src/narrative/facts.js';
import { EDITION_NEAR_PERCENT } from '../../src/narrative/kinds/ratio.js';
import { readProject } from '../../src/pipeline/project.js';
import { loadRegistry } from '../../src/registry/load.js';
import { approximate, describeRatio, formatDifference, formatNumber, formatRelativeDifference, formatValue } from '../../src/text/index.js';

interface Derived {
  id: string;
  where: string;
  quote: string;
  printed: string;
  formula: 'relative-more' | 'share' | 'ratio-word' | 'difference' | 'complement' | 'sum' | 'points';
  inputs: number[];
  tool: string;
  agrees: boolean;
  why: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const derived = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'narrative', 'derived-2020.json'), 'utf8')) as Derived[];

function compute(d: Derived): string {
  const [a = Number.NaN, b = Number.NaN] = d.inputs;
  switch (d.formula) {
    case 'relative-more':
      return formatRelativeDifference(computeRatio(a, b)!);
    case 'ratio-word':
      return describeRatio(computeRatio(a, b)!, { nearPercent: EDITION_NEAR_PERCENT });
    case 'share':
      return approximate(shareOf(a, b)!, { unit: 'procent', decimals: 0 }).text;
    case 'difference':
      return formatNumber(exactDifference(b, a), { decimals: 0 });
    case 'complement':
      return formatValue(exactDifference(a, 100), 'procent');
    case 'sum':
      return formatValue(exactSum(d.inputs), 'procent');
    case 'points':
      return formatDifference(exactDifference(a, b), 'procent');
  }
}

/** The first number of a phrase ("drygt 265 procent mer" → 265), or null. */
function firstNumber(text: string): number | null {
  const m = /\d+(?:,\d+)?/.exec(text);
  return m ? Number(m[0].replace(',', '.')) : null;
}

describe('derived figures of the 2020 edition', () => {
  it.each(derived.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    expect(compute(d)).toBe(d.tool);
    const printed = firstNumber(d.printed);
    const tool = firstNumber(d.tool);
    if (printed !== null && tool !== null && d.formula !== 'points') expect(printed === tool).toBe(d.agrees);
  });

  it('README.md lists every disagreement with the printed and the computed figure', () => {
    const doc = readFileSync(join(root, 'README.md'), 'utf8');
    expect(doc).toContain('## Arithmetic the 2020 text gets wrong');
    for (const d of derived.filter((x) => !x.agrees)) {
      expect(doc).toContain(d.printed);
      expect(doc).toContain(d.tool);
    }
  });

  it('computed from the real datasets, the 30–39 against 70–79 comparison is "drygt 165 procent mer"', async () => {
    const project = await readProject(root);
    const { registry } = loadRegistry(project.indicators);
    const { datasets } = loadDatasets(project.datasets, registry, 2020);
    const where = { matt: 'inloggningar-per-invanare', kon: 'kvinnor', aldersgrupp: '30-39' };
    const def = { id: 'x', kind: 'ratio', params: { indicator: '2:10', where, compare: { where: { aldersgrupp: '70-79' } } }, location: { file: 'test', line: 1, column: 1 } };
    const { facts, diagnostics } = computeFacts([def], datasets, registry);
    expect(diagnostics).toEqual([]);
    const fact = facts.get('x')!;
    expect(fact.missing).toEqual([]);
    expect(fact.parts['relative']).toBe('drygt 165 procent mer');
    expect(fact.parts['ratio']).toBe('2,7');
  });
});
