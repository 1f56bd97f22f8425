import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberFloats } from '../../src/edition/floats.js';
import { loadInputs } from '../../src/pipeline/build.js';
import { readProject } from '../../src/pipeline/project.js';
import { charts, closeCharts, root } from './helpers.js';

/**
 * How long drawing every figure of the 2020 edition takes — only with BENCH=1 (timings depend on the
 * machine; a test run should not):
 *
 *   BENCH=1 npm test -- test/charts/bench.test.ts
 *
 * Three rounds in one worker: cold (vega loaded, nothing cached), warm (compiled code, no cache),
 * and from the disk cache (see src/charts/cache.ts). The aim is all figures under one second.
 */

const run = process.env['BENCH'] === '1' ? it : it.skip;

afterAll(closeCharts);

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
        const cold = await charts('bench', items, datasets, registry, 'off');
        const warm = await charts('bench', items, datasets, registry, 'off');
        await charts('bench', items, datasets, registry, dir); // fills the cache
        const cached = await charts('bench', items, datasets, registry, dir);
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
