import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startCli, waitFor } from '../reliability/child.js';
import { copyProject } from '../support/cli.js';

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

describe('ehalsa preview', () => {
  it('serves the edition, reloads open pages on a change, shows a broken input in the page, and stops on Ctrl-C with a page open', async () => {
    const root = copyProject();
    const port = await freePort();
    const { child, done, output } = startCli(['--root', root, 'preview', '--year', '2020', '--port', String(port)]);
    const url = `http://127.0.0.1:${port}/`;
    let events: IncomingMessage | undefined;
    try {
      expect(await waitFor(() => output().stdout.includes(url), 30_000)).toBe(true);
      const first = await (await fetch(url)).text();
      expect(first).toContain('Uppföljning Vision e-hälsa 2025');
      expect(first).toContain("new EventSource('/events')");

      // An open page: its event stream says when to reload.
      let stream = '';
      events = await new Promise<IncomingMessage>((resolve) => get(`${url}events`, resolve));
      events.on('data', (chunk: Buffer) => (stream += chunk.toString()));
      expect(await waitFor(() => stream.includes(': connected'), 30_000)).toBe(true);

      const forord = join(root, 'templates/editions/2020/sections/00-forord.md');
      writeFileSync(forord, readFileSync(forord, 'utf8').replace('Generaldirektör', 'Generaldirektör Provmarkör'));
      expect(await waitFor(() => stream.includes('data: reload'), 30_000)).toBe(true);
      expect(await (await fetch(url)).text()).toContain('Provmarkör');

      const edition = join(root, 'templates/editions/2020/edition.yaml');
      writeFileSync(edition, `${readFileSync(edition, 'utf8')}\n: [\n`);
      expect(await waitFor(() => stream.split('data: reload').length - 1 >= 2, 30_000)).toBe(true);
      const broken = await (await fetch(url)).text();
      expect(broken).toContain('Utgåvan 2020 kan inte byggas');
      expect(broken).toContain('edition.yaml');

      // Ctrl-C while the page is still open (its event stream too).
      child.kill('SIGINT');
      const result = await Promise.race([done, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
      expect(result).toMatchObject({ status: 0, stderr: '' });
    } finally {
      events?.destroy();
      child.kill('SIGKILL');
      rmSync(root, { recursive: true, force: true });
    }
  }, 90_000);
});
