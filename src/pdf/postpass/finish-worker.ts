import { parentPort } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { finishPdf } from './finish.js';
import type { LinkDescriptions } from './links.js';
import type { PdfMeta } from '../meta.js';
import { loadDraftTools } from './watermark.js';

/**
 * The post-pass in its own thread (see finisher.ts): requests answered with their id. A request
 * without a PDF only says a draft is on its way, so the tools for its mark can load meanwhile.
 */
export type FinishRequest = { id: number; pdf: Uint8Array; meta: PdfMeta; links: LinkDescriptions } | { draftAhead: true };

/** A failure comes back as its one-line reason. */
export type FinishResponse = { id: number; pdf: Uint8Array } | { id: number; error: string };

parentPort?.on('message', (request: FinishRequest) => {
  if ('draftAhead' in request) {
    loadDraftTools().catch(() => undefined);
    return;
  }
  finishPdf(request.pdf, request.meta, request.links).then(
    (pdf) => parentPort?.postMessage({ id: request.id, pdf } satisfies FinishResponse, [pdf.buffer as ArrayBuffer]),
    (error: unknown) =>
      parentPort?.postMessage({ id: request.id, error: describeError(error) } satisfies FinishResponse),
  );
});
