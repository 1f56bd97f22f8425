import { sourceWorker } from '../support/source-worker.js';

/** What a fuzz worker posts: `{ type: 'case', … }` before each case, `{ type: 'done', … }` at the end. */
export interface WorkerMessage {
  type: string;
  [key: string]: unknown;
}

/**
 * Runs a fuzz worker on the sources (a synchronous parser cannot be interrupted in its own thread; see
 * test/support/source-worker.ts) and stops it when
 * a case gives no answer within `limitMs`. Resolves with every message and, when a case hung, that
 * case's own message. Loading (the sources transpiled in the worker, on a loaded machine) is no case:
 * it has LOAD_LIMIT_MS.
 */
const LOAD_LIMIT_MS = 120_000;

export function runWatched(file: string, workerData: unknown, limitMs: number): Promise<{ messages: WorkerMessage[]; hung: WorkerMessage | null }> {
  return new Promise((resolve, reject) => {
    const worker = sourceWorker(file, { workerData });
    const messages: WorkerMessage[] = [];
    let current: WorkerMessage = { type: 'case', name: '(loading)', index: -1, input: null };
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolve({ messages, hung: current });
      }, ms);
    };
    arm(LOAD_LIMIT_MS);
    worker.on('message', (m: WorkerMessage) => {
      messages.push(m);
      if (m.type === 'case') {
        current = m;
        arm(limitMs);
      } else if (m.type === 'done') {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ messages, hung: null });
      }
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
