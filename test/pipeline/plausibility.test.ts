import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasets } from '../../src/datasets/load.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { SourceFile } from '../../src/yaml/source.js';
import type { Datasets } from '../../src/model/observation.js';
import type { Registry } from '../../src/model/registry.js';
import { checkPlausibility, DEFAULT_CONFIG, parsePlausibilityConfig, plausibilityDiagnostics } from '../../src/datasets/plausibility.js';
import { readProject } from '../../src/pipeline/project.js';
import { loadRegistry } from '../../src/registry/load.js';
import { projectRoot } from '../support/cli.js';

/**
 * The plausibility checks between years on test/fixtures/plausibility/ (its README lists which series
 * fires which check and which must stay quiet), with the repository's registry.
 */
const fixtures = join(projectRoot, 'test', 'fixtures', 'plausibility');

function fixtureFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  for (const year of readdirSync(join(fixtures, 'datasets')).sort()) {
    for (const name of readdirSync(join(fixtures, 'datasets', year)).sort()) {
      out.push({ path: `datasets/${year}/${name}`, text: readFileSync(join(fixtures, 'datasets', year, name), 'utf8') });
    }
  }
  return out;
}

let registry: Registry;
let datasets: Datasets;
let files: SourceFile[];
beforeAll(async () => {
  const project = await readProject(projectRoot);
  registry = loadRegistry(project.indicators).registry;
  files = fixtureFiles();
  const loaded = loadDatasets(files, registry, 2021);
  expect(loaded.diagnostics).toEqual([]);
  datasets = loaded.datasets;
});

const where = (d: Diagnostic) => `${d.code} ${d.location!.file}:${d.location!.line}`;

describe('checkPlausibility', () => {
  it('warns exactly where the fixtures say, and nowhere else', () => {
    const warnings = checkPlausibility(datasets, registry);
    expect(warnings.every((d) => d.severity === 'warning')).toBe(true);
    expect(warnings.map(where)).toEqual([
      'plausibility/outlier datasets/2018/NY-10.yaml:6',
      'plausibility/repeated-table datasets/2019/4-28.yaml:6',
      'plausibility/break datasets/2019/9-2.yaml:6',
      'plausibility/break datasets/2019/NY-3.yaml:6',
      'plausibility/share-jump datasets/2020/NY-5.yaml:6',
    ]);
  });

  it('an outlier: beyond median ± 3 MAD of the changes, one warning for one wrong value', () => {
    const [outlier] = checkPlausibility(datasets, registry).filter((d) => d.code === 'plausibility/outlier');
    expect(outlier!.message).toBe(
      "NY:10 sverige 2018: 28 is far outside its series: +25.2 from 2017 (2.8), where the series' changes are +0.2 ± 0.3 a year (median ± 3 MAD of 6 changes)",
    );
    // 2019 (3.2) is compared with 2017, not with the wrong 2018: no second warning.
    expect(checkPlausibility(datasets, registry).filter((d) => d.location!.file === 'datasets/2019/NY-10.yaml')).toEqual([]);
  });

  it('a share jump: the limit per year, from the configuration, per indicator', () => {
    const jump = checkPlausibility(datasets, registry).find((d) => d.code === 'plausibility/share-jump')!;
    expect(jump.message).toBe('NY:5 yngre 2020: 60 procent is 35 procentenheter below 2019 (95 procent); more than 20 procentenheter a year');
    expect(jump.hint).toContain('datasets/plausibility.yaml');
    const jumps = (config: typeof DEFAULT_CONFIG) => checkPlausibility(datasets, registry, config).filter((d) => d.code === 'plausibility/share-jump').map(where);
    // Raised for NY:5 alone: quiet.
    expect(jumps({ ...DEFAULT_CONFIG, indicators: new Map([['NY:5', { shareJump: 40 }]]) })).toEqual([]);
    // Lowered to 8: över 80 år (8,6) fires too, and NY:2's 35 over two years (limit 16) as well.
    expect(jumps({ ...DEFAULT_CONFIG, shareJump: 8 })).toEqual([
      'plausibility/share-jump datasets/2019/NY-2.yaml:6',
      'plausibility/share-jump datasets/2020/NY-5.yaml:6',
      'plausibility/share-jump datasets/2020/NY-5.yaml:8',
    ]);
  });

  it('a break: respondents changing a lot, or a note that says the series breaks', () => {
    const breaks = checkPlausibility(datasets, registry).filter((d) => d.code === 'plausibility/break');
    expect(breaks.map((d) => d.message)).toEqual([
      '9:2 framtagen 2019: the series may break between 2018 and 2019: 12 respondents against 20 in 2018 (40 percent fewer or more; the limit is 25)',
      'NY:3 sverige 2019: the series may break between 2018 and 2019: its note says so: "Tidsseriebrott, ny urvalsmetod."',
    ]);
    // With a limit of 50 percent the respondents no longer count as a break.
    const loose = checkPlausibility(datasets, registry, { ...DEFAULT_CONFIG, respondentsChange: 50 }).filter((d) => d.code === 'plausibility/break');
    expect(loose.map(where)).toEqual(['plausibility/break datasets/2019/NY-3.yaml:6']);
  });

  it('a repeated table: every value of a year as the year before', () => {
    const repeated = checkPlausibility(datasets, registry).find((d) => d.code === 'plausibility/repeated-table')!;
    expect(repeated.message).toBe("all 4 values of 4:28 for 2019 are exactly those of 2018: the previous year's table copied?");
  });
});

describe('datasets/plausibility.yaml', () => {
  it('sets the limits, per indicator too', () => {
    const file = { path: 'datasets/plausibility.yaml', text: 'shareJump: 8\nindicators:\n  "NY:5": { shareJump: 40 }\n' };
    const { config, diagnostics } = parsePlausibilityConfig(file, registry);
    expect(diagnostics).toEqual([]);
    expect(config.shareJump).toBe(8);
    expect(config.respondentsChange).toBe(25);
    expect(plausibilityDiagnostics([...files, file], datasets, registry).filter((d) => d.code === 'plausibility/share-jump').map(where)).toEqual([
      'plausibility/share-jump datasets/2019/NY-2.yaml:6',
    ]);
  });

  it.each([
    ['shareJump: "20"\n', 'plausibility/wrong-type', 1, 12],
    ['shareJump: 0\n', 'plausibility/invalid', 1, 12],
    ['sharejump: 20\n', 'plausibility/unknown-key', 1, 1],
    ['indicators:\n  "2:99": { shareJump: 30 }\n', 'plausibility/unknown-indicator', 2, 3],
  ])('refuses %j with a located error', (text, code, line, column) => {
    const { diagnostics } = parsePlausibilityConfig({ path: 'datasets/plausibility.yaml', text }, registry);
    expect(diagnostics.map((d) => [d.severity, d.code, d.location!.line, d.location!.column])).toEqual([['error', code, line, column]]);
  });
});
