import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFigure } from '../../src/charts/figure.js';
import { clearSvgCache } from '../../src/charts/render.js';
import { numberFloats } from '../../src/edition/floats.js';
import type { FigureDef } from '../../src/model/edition.js';
import type { Datasets } from '../../src/model/observation.js';
import type { Registry } from '../../src/model/registry.js';
import { loadInputs } from '../../src/pipeline/build.js';
import { readProject } from '../../src/pipeline/project.js';
import { root } from './helpers.js';

/**
 * How long drawing every figure of the 2020 edition takes — only with BENCH=1 (timings depend on the
 * machine; a test run should not):
 *
 *   BENCH=1 npm test -- test/charts/bench.test.ts
 *
 * Three rounds in this process: cold (vega loaded, nothing cached), warm (compiled code, no cache),
 * and from the disk cache (see src/charts/cache.ts). The aim is all figures under one second.
 */

const run = process.env['BENCH'] === '1' ? it : it.skip;

/** Builds every figure, timing each (ms) and the whole; `cache`: a disk cache folder or 'off'. */
async function bench(items: { def: FigureDef; number: number }[], datasets: Datasets, registry: Registry, cache: string) {
  process.env['EHALSA_CHART_CACHE'] = cache;
  clearSvgCache();
  const started = performance.now();
  const times: number[] = [];
  for (const { def, number } of items) {
    const t = performance.now();
    await buildFigure(def, number, datasets, registry);
    times.push(performance.now() - t);
  }
  process.env['EHALSA_CHART_CACHE'] = 'off';
  return { total: performance.now() - started, times };
}

describe('drawing the 2020 edition', () => {
  run(
    'reports cold, warm and cached timings',
    async () => {
      const project = await readProject(root);
      const { registry, datasets, edition } = loadInputs(project, 2020);
      const { numbers } = numberFloats(edition!);
      const items = edition!.figures.filter((f) => numbers.figures.has(f.id)).map((def) => ({ def, number: numbers.figures.get(def.id)! }));
      const dir = mkdtempSync(join(tmpdir(), 'ehalsa-charts-'));
      try {
        const cold = await bench(items, datasets, registry, 'off');
        const warm = await bench(items, datasets, registry, 'off');
        await bench(items, datasets, registry, dir); // fills the cache
        const cached = await bench(items, datasets, registry, dir);
        const ms = (n: number) => `${Math.round(n)} ms`;
        const slowest = [...warm.times.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([i, t]) => `${items[i]!.def.id} ${ms(t)}`);
        process.stdout.write(
          `${items.length} figures: cold ${ms(cold.total)}, warm ${ms(warm.total)}, cached ${ms(cached.total)}; slowest warm: ${slowest.join(', ')}\n`,
        );
        expect(cached.total).toBeLessThan(warm.total);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
