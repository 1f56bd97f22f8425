import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in a child process. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'ehalsa.js'), ...args], {
    cwd: options.cwd ?? projectRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the project's inputs, so that tests never modify the repository itself. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ehalsa-project-'));
  for (const d of ['indicators', 'datasets', 'templates']) cpSync(join(projectRoot, d), join(dir, d), { recursive: true });
  return dir;
}
