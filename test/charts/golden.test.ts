import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFigure, type FigureBuild } from '../../src/charts/figure.js';
import type { TopLevelSpec } from 'vega-lite';
import { compileSpec } from '../../src/charts/render.js';
import { selectObservations, resolveYears } from '../../src/compute/select.js';
import { numberFloats } from '../../src/edition/floats.js';
import type { Edition, FigureDef } from '../../src/model/edition.js';
import type { Datasets } from '../../src/model/observation.js';
import type { Registry } from '../../src/model/registry.js';
import { loadInputs } from '../../src/pipeline/build.js';
import { readProject } from '../../src/pipeline/project.js';
import { root, specRows } from './helpers.js';

/**
 * Golden files at the chart stage's boundary, for every figure the 2020 edition places (iterated from
 * the loaded edition, so figures added by the section files are covered as they come):
 *
 *   test/fixtures/charts/golden/figur-NN.vl.json   the Vega-Lite spec (diagrams and placeholders: none)
 *   test/fixtures/charts/golden/figur-NN.svg       the SVG
 *
 * A missing golden file is written when CI is unset and fails the test under CI=true. After a
 * deliberate change (data, a figure definition, the chart code) regenerate them all on purpose:
 *
 *   UPDATE_GOLDEN=1 npm test -- test/charts/golden.test.ts
 *
 * and review the diff (open the SVGs). Golden files of figures that no longer exist are reported, and
 * removed by UPDATE_GOLDEN=1.
 */

const dir = join(root, 'test', 'fixtures', 'charts', 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';
const ci = process.env['CI'] === 'true';

interface Loaded {
  registry: Registry;
  datasets: Datasets;
  edition: Edition;
  figures: { def: FigureDef; number: number; name: string; build: FigureBuild }[];
}

let loaded: Loaded;

beforeAll(async () => {
  const project = await readProject(root);
  const { registry, datasets, edition } = loadInputs(project, 2020);
  if (!edition) throw new Error('the 2020 edition does not load');
  const { numbers } = numberFloats(edition);
  const placed = edition.figures.filter((f) => numbers.figures.has(f.id)).sort((a, b) => numbers.figures.get(a.id)! - numbers.figures.get(b.id)!);
  const figures = [];
  for (const def of placed) {
    const number = numbers.figures.get(def.id)!;
    const { figure } = await buildFigure(def, number, datasets, registry);
    figures.push({ def, number, name: `figur-${String(number).padStart(2, '0')}`, build: figure });
  }
  loaded = { registry, datasets, edition, figures };
}, 120_000);

/** Compares `text` with the golden file, writing it when missing (not under CI) or when updating. */
function golden(file: string, text: string): void {
  const path = join(dir, file);
  if (update || (!existsSync(path) && !ci)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing (not written under CI=true; run UPDATE_GOLDEN=1 locally)`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('golden charts of the 2020 edition', () => {
  it('has figures to check', () => {
    expect(loaded.figures.length).toBeGreaterThan(0);
  });

  it('matches each figure’s Vega-Lite spec and SVG', () => {
    const failures: string[] = [];
    for (const f of loaded.figures) {
      for (const [file, text] of [
        [`${f.name}.vl.json`, f.build.spec === null ? null : `${JSON.stringify(f.build.spec, null, 2)}\n`],
        [`${f.name}.svg`, `${f.build.view.svg}\n`],
      ] as const) {
        if (text === null) continue;
        try {
          golden(file, text);
        } catch (error) {
          const missing = error instanceof Error && error.message.includes('is missing');
          failures.push(`${file} (${f.def.id}) ${missing ? 'is missing (CI=true: run UPDATE_GOLDEN=1 locally)' : 'differs from its golden file'}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps no golden file of a figure that no longer exists', () => {
    if (!existsSync(dir)) return;
    const expected = new Set(loaded.figures.flatMap((f) => [`${f.name}.svg`, ...(f.build.spec === null ? [] : [`${f.name}.vl.json`])]));
    const stale = readdirSync(dir).filter((file) => !expected.has(file));
    if (update) for (const file of stale) unlinkSync(join(dir, file));
    else expect(stale).toEqual([]);
  });
});

describe('what the figures draw', () => {
  it('every spec compiles without a warning', async () => {
    for (const f of loaded.figures) if (f.build.spec !== null) await expect(compileSpec(f.build.spec as TopLevelSpec)).resolves.toBeTruthy();
  });

  it('every value a figure definition selects appears in its spec, and a missing value never as 0', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const f of loaded.figures) {
      if (f.build.spec === null) continue;
      const rows = specRows(f.build.spec);
      const values = rows.map((r) => r['v']);
      const dots = f.def.chart === 'dot-matrix';
      for (const selection of f.def.data) {
        const observations = selectObservations(loaded.datasets, selection);
        const years = resolveYears(f.def.years, loaded.datasets.year, observations);
        for (const o of observations.filter((o) => years.includes(o.year))) {
          if (o.value !== null) {
            // dot-matrix rows carry the state ("Visas") instead of the number
            if (!dots && !values.includes(o.value)) problems.push(`${f.name}: ${o.indicator} ${o.year} ${JSON.stringify(o.dims)} = ${o.value} is not drawn`);
          }
        }
      }
      // every mark the chart makes: values as drawn, gaps as null with a reason, never 0 for a gap
      for (const d of f.build.data) {
        const matching = rows.filter((r) => (r['c'] as string | undefined)?.replace(/\n/g, ' ') === d.xLabel || r['c'] === `${d.x}-01`);
        if (dots) continue;
        checked++;
        if (d.value === null) {
          if (!matching.some((r) => r['v'] === null && r['m'])) problems.push(`${f.name}: the gap ${d.xLabel} ${d.seriesLabel} has no missing mark`);
        } else if (!matching.some((r) => r['v'] === d.value)) {
          problems.push(`${f.name}: ${d.xLabel} ${d.seriesLabel} = ${d.value} is not in the spec`);
        }
      }
      const gaps = f.build.data.filter((d) => d.value === null).length;
      expect(rows.filter((r) => r['v'] === null).length).toBeGreaterThanOrEqual(dots ? 0 : gaps);
      for (const r of rows) if (r['v'] === 0 && r['m']) problems.push(`${f.name}: a missing value is drawn as 0`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('every figure has a text alternative and a data table', () => {
    for (const f of loaded.figures) {
      expect(f.build.view.alt.length).toBeGreaterThan(20);
      expect(f.build.view.svg).toContain(`<title id="${f.name.replace('figur-0', 'figur-')}-svg-title">`);
      expect(f.build.view.data.columns.length).toBeGreaterThan(1);
    }
  });
});
