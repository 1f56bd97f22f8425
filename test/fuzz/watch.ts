import { Worker } from 'node:worker_threads';

/** What a fuzz worker posts: `{ type: 'case', … }` before each case, `{ type: 'done', … }` at the end. */
export interface WorkerMessage {
  type: string;
  [key: string]: unknown;
}

/**
 * Runs a fuzz worker (a synchronous parser cannot be interrupted in its own thread) and stops it when
 * a case gives no answer within `limitMs`. Resolves with every message and, when a case hung, that
 * case's own message.
 */
export function runWatched(file: string, workerData: unknown, limitMs: number): Promise<{ messages: WorkerMessage[]; hung: WorkerMessage | null }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData });
    const messages: WorkerMessage[] = [];
    let current: WorkerMessage = { type: 'case', name: '(loading)', index: -1, input: null };
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolve({ messages, hung: current });
      }, limitMs);
    };
    arm();
    worker.on('message', (m: WorkerMessage) => {
      messages.push(m);
      if (m.type === 'case') {
        current = m;
        arm();
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
