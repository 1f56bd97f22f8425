import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PdfPostPassError, describeError } from '../errors.js';
import type { PdfMeta } from '../meta.js';
import type { FinishRequest, FinishResponse } from './finish-worker.js';
import type { LinkDescriptions } from './links.js';

/**
 * Runs the post-pass (finish.ts) off the main thread. It takes a quarter to half a second of CPU and
 * never yields, and the main thread is what feeds the browser: in a worker, other documents keep
 * moving through the browser meanwhile. Its own small heap also makes it faster than in the main
 * thread, whose garbage collector has the whole report to walk. The worker starts when the first
 * document goes to the browser, and loads what a draft's mark takes as soon as a draft does.
 *
 * The same bytes come out either way. Where the compiled worker script is absent (the TypeScript
 * sources run directly, as under the test runner), the post-pass runs in this thread. Either way a
 * failure is a PdfPostPassError.
 */
export interface Finisher {
  /** Gets ready for a document on its way (starts the worker) without waiting; finish() does it too. */
  start(meta: PdfMeta): void;
  finish(pdf: Uint8Array, meta: PdfMeta, links: LinkDescriptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function openFinisher(): Finisher {
  const script = new URL('./finish-worker.js', import.meta.url);
  return existsSync(fileURLToPath(script)) ? workerFinisher(script) : inThreadFinisher();
}

function inThreadFinisher(): Finisher {
  let module: Promise<typeof import('./finish.js')> | undefined;
  const load = () => (module ??= import('./finish.js'));
  return {
    start(meta) {
      load().catch(() => undefined);
      if (meta.draft) import('./watermark.js').then((watermark) => watermark.loadDraftTools()).catch(() => undefined);
    },
    async finish(pdf, meta, links) {
      const { finishPdf } = await load();
      try {
        return await finishPdf(pdf, meta, links);
      } catch (error) {
        throw new PdfPostPassError(describeError(error), { cause: error });
      }
    },
    async close() {},
  };
}

function workerFinisher(script: URL): Finisher {
  const pending = new Map<number, { resolve(pdf: Uint8Array): void; reject(error: Error): void }>();
  let nextId = 1;
  let failure: Error | null = null;
  let started: Worker | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    if (started) return started;
    const worker = new Worker(script);
    // An idle worker must not keep the process alive.
    worker.unref();
    worker.on('message', (response: FinishResponse) => {
      const request = pending.get(response.id);
      if (!request) return;
      pending.delete(response.id);
      if (pending.size === 0) worker.unref();
      if ('error' in response) request.reject(new PdfPostPassError(response.error));
      else request.resolve(response.pdf);
    });
    worker.on('error', (error) => failAll(new PdfPostPassError(`its worker thread failed: ${describeError(error)}`, { cause: error })));
    worker.on('exit', (code) => failAll(new PdfPostPassError(`its worker thread stopped unexpectedly (exit code ${code})`)));
    started = worker;
    return worker;
  };
  let draftAhead = false;
  return {
    start(meta) {
      const worker = start();
      if (meta.draft && !draftAhead) {
        draftAhead = true;
        worker.postMessage({ draftAhead: true } satisfies FinishRequest);
      }
    },
    finish(pdf, meta, links) {
      if (failure) return Promise.reject(failure);
      const worker = start();
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        // A copy of our own, handed over without another copy (the browser's bytes may share a pooled buffer).
        const bytes = pdf.slice();
        worker.postMessage({ id, pdf: bytes, meta, links } satisfies FinishRequest, [bytes.buffer]);
      });
    },
    async close() {
      failure ??= new Error('The PDF post-pass is closed.');
      await started?.terminate();
    },
  };
}
