import { Worker, type WorkerOptions } from 'node:worker_threads';

const register = new URL('./ts-register.mjs', import.meta.url).href;

/**
 * A worker thread that runs the TypeScript sources (src/ and test/) directly, through the module hooks
 * of ts-hooks.mjs: for tests that need a thread of their own (a synchronous parser that hangs can only
 * be stopped from outside its thread), without the compiled dist/.
 */
export function sourceWorker(file: string | URL, options: WorkerOptions = {}): Worker {
  return new Worker(file, { ...options, execArgv: [...(options.execArgv ?? []), '--import', register] });
}
