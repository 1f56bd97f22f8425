import { Worker } from 'node:worker_threads';
import type { FigureDatum } from '../../src/charts/data.js';
import type { ChartKind } from '../../src/model/edition.js';
import type { FigureView } from '../../src/model/document.js';

/** What the chart tests read of one figure of an edition as `ehalsa report` builds it. */
export interface EditionFigure {
  view: FigureView;
  data: FigureDatum[];
  spec: unknown;
  def: { chart: ChartKind; x: string; color: string | null };
}

/** Every figure of the `year` edition, built from dist/ in a worker (see edition-worker.mjs). */
export function editionFigures(root: string, year: number): Promise<EditionFigure[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./edition-worker.mjs', import.meta.url), { workerData: { root, year } });
    worker.once('message', (figures: EditionFigure[]) => {
      resolve(figures);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the build worker exited with ${code}`)));
  });
}
