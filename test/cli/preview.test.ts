import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { findBrowser, offlineArgs } from '../../src/pdf/printing/browser.js';
import { launchBrowser } from '../../src/pdf/printing/launch.js';
import { startCli, waitFor } from '../reliability/child.js';
import { runCliAsync } from '../corpus/run.js';
import { browserTests } from '../support/browser.js';
import { copyProject, projectRoot } from '../support/cli.js';

const browser = await browserTests(import.meta.url);

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
      // The page's policy lets exactly this script and its event stream through.
      const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(first)?.[1] ?? '';
      expect(policy).toMatch(/^default-src 'none'; .*; script-src 'sha256-[A-Za-z0-9+/=]+'; connect-src 'self'$/);

      // An open page: its event stream says when to reload.
      let stream = '';
      events = await new Promise<IncomingMessage>((resolve) => get(`${url}events`, resolve));
      events.on('data', (chunk: Buffer) => (stream += chunk.toString()));
      expect(await waitFor(() => stream.includes(': connected'), 30_000)).toBe(true);

      const forord = join(root, 'templates/editions/2020/sections/00-forord.md');
      writeFileSync(forord, readFileSync(forord, 'utf8').replace('Generaldirektör', 'Generaldirektör Provmarkör'));
      expect(await waitFor(() => stream.includes('data: reload'), 30_000)).toBe(true);
      expect(await (await fetch(url)).text()).toContain('Provmarkör');

      expect(await waitFor(() => output().stdout.includes('rebuilt '), 30_000)).toBe(true);

      // A broken input: shown in the page, and printed in the terminal instead of "rebuilt".
      const rebuiltBefore = output().stdout.split('rebuilt ').length;
      const edition = join(root, 'templates/editions/2020/edition.yaml');
      writeFileSync(edition, `${readFileSync(edition, 'utf8')}\n: [\n`);
      expect(await waitFor(() => stream.split('data: reload').length - 1 >= 2, 30_000)).toBe(true);
      const broken = await (await fetch(url)).text();
      expect(broken).toContain('Utgåvan 2020 kan inte byggas');
      expect(broken).toContain('edition.yaml');
      expect(await waitFor(() => output().stderr.includes('ehalsa preview: the 2020 edition could not be built'), 30_000)).toBe(true);
      expect(output().stderr).toMatch(/templates\/editions\/2020\/edition\.yaml:\d+:\d+ - error /);
      expect(output().stdout.split('rebuilt ').length).toBe(rebuiltBefore);

      // Ctrl-C while the page is still open (its event stream too).
      child.kill('SIGINT');
      const result = await Promise.race([done, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
      expect(result).toMatchObject({ status: 0 });
    } finally {
      events?.destroy();
      child.kill('SIGKILL');
      rmSync(root, { recursive: true, force: true });
    }
  }, 90_000);

  it('follows a file saved by rename (sed -i, editors) again and again, and a file added; a failed rebuild is printed in the terminal', async () => {
    const root = copyProject();
    const port = await freePort();
    const { child, output } = startCli(['--root', root, 'preview', '--year', '2020', '--port', String(port)]);
    const url = `http://127.0.0.1:${port}/`;
    const rebuilt = () => output().stdout.split('rebuilt ').length - 1;
    try {
      expect(await waitFor(() => output().stdout.includes(url), 30_000)).toBe(true);
      const forord = join(root, 'templates/editions/2020/sections/00-forord.md');
      // sed -i writes a new file and renames it over the old one; twice, each seen.
      for (const word of ['Första', 'Andra']) {
        const before = rebuilt();
        execFileSync('sed', ['-i', `s/Generaldirektör\\( [A-ZÅÄÖ][a-zåäö]*\\)\\?$/Generaldirektör ${word}/`, forord]);
        expect(readFileSync(forord, 'utf8')).toContain(`Generaldirektör ${word}`);
        expect(await waitFor(() => rebuilt() > before, 30_000)).toBe(true);
        expect(await (await fetch(url)).text()).toContain(`Generaldirektör ${word}`);
      }
      // An editor's atomic save (a temporary file renamed over the original) after those.
      const before = rebuilt();
      writeFileSync(`${forord}.tmp`, readFileSync(forord, 'utf8').replace('Generaldirektör Andra', 'Generaldirektör Tredje'));
      renameSync(`${forord}.tmp`, forord);
      expect(await waitFor(() => rebuilt() > before, 30_000)).toBe(true);
      expect(await (await fetch(url)).text()).toContain('Generaldirektör Tredje');

      // A file added that breaks the build: printed in the terminal, located, and shown in the page.
      const stray = join(root, 'datasets/2020/anteckningar.csv');
      writeFileSync(stray, 'a;b\n');
      expect(await waitFor(() => output().stderr.includes('ehalsa preview: the 2020 edition could not be built'), 30_000)).toBe(true);
      expect(output().stderr).toMatch(/datasets\/2020\/anteckningar\.csv:1:1 - error dataset\/stray-file: /);
      expect(await (await fetch(url)).text()).toContain('Utgåvan 2020 kan inte byggas');
      // Removed again: built again.
      const fixed = rebuilt();
      rmSync(stray);
      expect(await waitFor(() => rebuilt() > fixed, 30_000)).toBe(true);
      expect(await (await fetch(url)).text()).toContain('Generaldirektör Tredje');
    } finally {
      child.kill('SIGKILL');
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  browser.it('an open page in a browser reloads itself under the page policy (its script and event stream allowed)', async () => {
    // A browser as a reader has it: without ehalsa's offline switches.
    const found = await findBrowser();
    const chromium = await launchBrowser({ ...found, args: found.args.filter((a) => !offlineArgs.includes(a)) }, 60_000);
    const root = copyProject();
    const port = await freePort();
    const { child, output } = startCli(['--root', root, 'preview', '--year', '2020', '--port', String(port)]);
    try {
      const url = `http://127.0.0.1:${port}/`;
      expect(await waitFor(() => output().stdout.includes(url), 30_000)).toBe(true);
      const page = await chromium.browser.newPage();
      const refused: string[] = [];
      page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && refused.push(m.text())));
      await page.goto(url, { waitUntil: 'load' });
      const forord = join(root, 'templates/editions/2020/sections/00-forord.md');
      // Once the page holds its event stream open, a change must reach it.
      await new Promise((r) => setTimeout(r, 500));
      writeFileSync(forord, readFileSync(forord, 'utf8').replace('Generaldirektör', 'Generaldirektör Omladdad'));
      // Polled (the bundled browser draws no frames, so the default per-frame polling never runs).
      await page.waitForFunction(() => document.body.textContent?.includes('Omladdad'), { timeout: 30_000, polling: 100 });
      expect(refused).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      await chromium.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it.each(['99999', 'abc', '0', '1.5'])('--port %s: exit 2 with a clear message, at once', async (port) => {
    const r = await runCliAsync(['--root', projectRoot, 'preview', '--year', '2020', '--port', port], { timeoutMs: 30_000 });
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: `ehalsa: option '--port <n>' argument '${port}' is invalid. a port is a whole number from 1 to 65535, e.g. 4173\n`,
    });
  });

  it('a port in use: exit 2 with a clear message (no stack trace), and the process ends', async () => {
    const busy = createServer();
    const port = await new Promise<number>((resolve) => busy.listen(0, '127.0.0.1', () => resolve((busy.address() as AddressInfo).port)));
    try {
      const r = await runCliAsync(['--root', projectRoot, 'preview', '--year', '2020', '--port', String(port)], { timeoutMs: 30_000 });
      expect(r).toEqual({
        status: 2,
        stdout: '',
        stderr: `ehalsa: port ${port} on 127.0.0.1 is in use (another preview, or another program)\n  hint: choose another port with --port <n>\n`,
      });
    } finally {
      busy.close();
    }
  });
});
