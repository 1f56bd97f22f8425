import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReportDocument } from '../../src/model/document.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The 2020 document as `ehalsa report --year 2020` builds it, from dist/ in a worker (see
 * build-2020.mjs); `from` another project folder (a changed copy) instead of this one.
 */
export function build2020(from: string = root): Promise<ReportDocument> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build-2020.mjs', import.meta.url), { workerData: { root: from } });
    worker.once('message', (doc: ReportDocument) => {
      resolve(doc);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the build worker exited with ${code}`)));
  });
}
