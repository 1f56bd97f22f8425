/**
 * Last-resort cleanup for browsers we launched: if the process exits or is interrupted (Ctrl-C in
 * the CLI) while a browser is open, kill it and delete its profile folder, so no Chromium is left
 * running. Tasks must be synchronous: on 'exit' nothing asynchronous runs any more.
 */

type Task = () => void;

const tasks = new Set<Task>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

/** Registers a task; the returned function unregisters it (call it after a normal close). */
export function registerCleanup(task: Task): () => void {
  tasks.add(task);
  installHandlers();
  return () => {
    tasks.delete(task);
  };
}

function runTasks(): void {
  for (const task of [...tasks]) {
    tasks.delete(task);
    try {
      task();
    } catch {
      // Cleanup is best effort: one failure must not keep the others from running.
    }
  }
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runTasks);
  for (const signal of signals) process.on(signal, onSignal);
}

function onSignal(signal: NodeJS.Signals): void {
  runTasks();
  // Our listener replaced Node's default "exit on signal". If nobody else (the CLI) handles the
  // signal, restore the default and raise it again so the process ends the way the user asked.
  if (process.listenerCount(signal) === 1) {
    for (const s of signals) process.removeListener(s, onSignal);
    installed = false;
    process.kill(process.pid, signal);
  }
}

/** Kills a browser and its helpers: puppeteer starts Chromium as a process-group leader on POSIX. */
export function killProcessTree(pid: number): void {
  try {
    if (process.platform !== 'win32') process.kill(-pid, 'SIGKILL');
    else process.kill(pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
