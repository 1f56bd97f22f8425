import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { copyProject, projectRoot } from '../support/cli.js';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once `test` holds, checking every 50 ms; rejects after `ms`. */
async function until(what: string, test: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('ehalsa preview', () => {
  it('serves the edition, reloads open pages on a change, shows a broken input in the page, and stops on Ctrl-C with a page open', async () => {
    const root = copyProject();
    const port = await freePort();
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'ehalsa.js'), '--root', root, 'preview', '--year', '2020', '--port', String(port)], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let events: IncomingMessage | undefined;
    try {
      await until('the server', () => stdout.includes(`http://127.0.0.1:${port}/`));
      const url = `http://127.0.0.1:${port}/`;
      const first = await (await fetch(url)).text();
      expect(first).toContain('Uppföljning Vision e-hälsa 2025');
      expect(first).toContain("new EventSource('/events')");

      // An open page: its event stream says when to reload.
      let stream = '';
      events = await new Promise<IncomingMessage>((resolve) => get(`${url}events`, resolve));
      events.on('data', (chunk: Buffer) => (stream += chunk.toString()));
      await until('the event stream', () => stream.includes(': connected'));

      const forord = join(root, 'templates/editions/2020/sections/00-forord.md');
      writeFileSync(forord, readFileSync(forord, 'utf8').replace('Generaldirektör', 'Generaldirektör Provmarkör'));
      await until('a reload', () => stream.includes('data: reload'));
      expect(await (await fetch(url)).text()).toContain('Provmarkör');

      const edition = join(root, 'templates/editions/2020/edition.yaml');
      writeFileSync(edition, `${readFileSync(edition, 'utf8')}\n: [\n`);
      const reloads = () => stream.split('data: reload').length - 1;
      await until('a second reload', () => reloads() >= 2);
      const broken = await (await fetch(url)).text();
      expect(broken).toContain('Utgåvan 2020 kan inte byggas');
      expect(broken).toContain('edition.yaml');

      // Ctrl-C while the page is still open (its event stream too).
      child.kill('SIGINT');
      const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
    } finally {
      events?.destroy();
      child.kill('SIGKILL');
      rmSync(root, { recursive: true, force: true });
    }
  }, 90_000);
});
