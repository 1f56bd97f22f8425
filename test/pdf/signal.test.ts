import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from '@jest/globals';
import { browserTests } from '../support/browser.js';

/**
 * Ctrl-C while a browser is open must not leave Chromium running. Runs the real module in a child
 * Node process (signal-child.ts, the sources run through test/support/ts-register.mjs), sends it
 * SIGINT, and checks that the browser process and its profile folder are gone.
 */

const browser = await browserTests(import.meta.url);
const childScript = fileURLToPath(new URL('./signal-child.ts', import.meta.url));
const register = new URL('../support/ts-register.mjs', import.meta.url);

browser.describe('SIGINT while a browser is open', () => {
  it('kills the browser, removes its profile and ends the process', async () => {
    const child = spawn(process.execPath, ['--import', register.href, childScript], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const started = await new Promise<{ pid: number; profileDir: string }>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line) as { pid: number; profileDir: string });
      });
      child.once('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
    });
    expect(isRunning(started.pid)).toBe(true);
    expect(existsSync(started.profileDir)).toBe(true);

    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isRunning(started.pid)).toBe(false);
    expect(existsSync(started.profileDir)).toBe(false);
  }, 60_000);
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie still answers signal 0; on Linux look at its state.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
}
