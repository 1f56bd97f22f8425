import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot, type CliResult } from '../support/cli.js';

/**
 * The asynchronous twin of test/support/cli.ts runCli (same program, same environment), so that many
 * corpus cases can run at once without blocking the test process. A run that outlasts `timeoutMs` is
 * killed and reported with status null. `preload` is a module imported before the CLI (the file-system
 * faults of test/reliability/fs-faults.mjs).
 */
export function runCliAsync(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; preload?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const preload = options.preload ? [`--import=${pathToFileURL(options.preload).href}`] : [];
    const child = spawn(process.execPath, [...preload, join(projectRoot, 'bin', 'ehalsa.js'), ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
