import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { projectRoot, runCli } from '../support/cli.js';

/**
 * `ehalsa import`, per format, run as a user runs it (the built CLI in a child process) on a small
 * project: the real registry and a fixture's datasets/ (test/fixtures/import/<format>/project/).
 *
 *   expected/                the dataset files the import writes, and its stdout (golden files)
 *   conflict/                files laid over the project so that a hand-entered value disagrees, and stderr.txt
 *   bad-<name>/              a bad source or mapping laid over the project, and the exact stderr.txt
 *
 * Golden files are written when missing (not under CI=true); after a deliberate change regenerate them
 * with UPDATE_GOLDEN=1 and review the diff.
 */
const fixtures = join(projectRoot, 'test', 'fixtures', 'import');
const update = process.env['UPDATE_GOLDEN'] === '1';
const ci = process.env['CI'] === 'true';

interface Format {
  name: string;
  mapping: string;
  source: string;
  bad: string[];
}

const formats: Format[] = [
  { name: 'csv', mapping: 'datasets/mappings/kommuner-2020.yaml', source: 'datasets/sources/2020/kommuner-2020.csv', bad: ['bad-number', 'bad-code', 'bad-mapping', 'bad-nothing'] },
  { name: 'xlsx', mapping: 'datasets/mappings/kommuner-2020-xlsx.yaml', source: 'datasets/sources/2020/kommuner-2020.xlsx', bad: ['bad-sheet', 'bad-cell', 'bad-header'] },
  { name: 'json-stat', mapping: 'datasets/mappings/eurostat-internet.yaml', source: 'datasets/sources/2019/isoc_ci_ifp_iu.json', bad: ['bad-json', 'bad-select', 'bad-flag'] },
];

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A project: the repository's registry, the format's fixture datasets, and the overlays' files. */
function project(format: string, ...overlays: string[]): string {
  const root = mkdtempSync(join(tmpdir(), `ehalsa-import-${format}-`));
  roots.push(root);
  cpSync(join(projectRoot, 'indicators'), join(root, 'indicators'), { recursive: true });
  cpSync(join(fixtures, format, 'project'), root, { recursive: true });
  for (const o of overlays) cpSync(join(fixtures, format, o, 'datasets'), join(root, 'datasets'), { recursive: true });
  return root;
}

function importCli(root: string, f: Format, ...extra: string[]) {
  return runCli(['--root', root, 'import', join(root, f.source), '--mapping', join(root, f.mapping), ...extra]);
}

/** Every file under datasets/, project-relative, with its bytes. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p).split('\\').join('/'), readFileSync(p).toString('base64'));
    }
  };
  walk(join(root, 'datasets'));
  return out;
}

function golden(path: string, text: string): void {
  if (update || (!existsSync(path) && !ci)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path)) throw new Error(`${path} is missing (not written under CI=true; run UPDATE_GOLDEN=1 locally)`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

/** The dataset files (datasets/<year>/*.yaml) of a project. */
function datasetFiles(root: string): string[] {
  return [...snapshot(root).keys()].filter((p) => /^datasets\/\d{4}\//.test(p));
}

describe.each(formats)('ehalsa import, $name', (f) => {
  it('writes the expected dataset files, and a second run changes nothing', () => {
    const root = project(f.name);
    const first = importCli(root, f);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    golden(join(fixtures, f.name, 'expected', 'stdout.txt'), first.stdout);
    for (const path of datasetFiles(root)) golden(join(fixtures, f.name, 'expected', path), readFileSync(join(root, path), 'utf8'));
    const written = readdirSync(join(fixtures, f.name, 'expected', 'datasets'), { recursive: true }).length;
    expect(written).toBeGreaterThan(0);

    const before = snapshot(root);
    const second = importCli(root, f);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/nothing to change/);
    expect(second.stdout).not.toMatch(/updated|written/);
    expect(snapshot(root)).toEqual(before);

    // What it wrote loads as every dataset file does, with the origins checked against the source.
    const valid = runCli(['--root', root, 'validate']);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
  });

  it('--dry-run shows the same table and writes nothing', () => {
    const root = project(f.name);
    const before = snapshot(root);
    const dry = importCli(root, f, '--dry-run');
    expect(dry.status).toBe(0);
    const real = readFileSync(join(fixtures, f.name, 'expected', 'stdout.txt'), 'utf8');
    expect(dry.stdout).toBe(real.replace(/: (updated|written) \(/g, ': would change ('));
    expect(snapshot(root)).toEqual(before);
  });

  it('reports a hand-entered value it would change as a conflict, naming the line and the cell, and writes nothing', () => {
    const root = project(f.name, 'conflict');
    const before = snapshot(root);
    const r = importCli(root, f);
    expect(r.status).toBe(EXIT.input);
    expect(r.stdout).toBe('');
    golden(join(fixtures, f.name, 'conflict', 'stderr.txt'), r.stderr);
    expect(r.stderr).toMatch(/error import\/conflict/);
    expect(snapshot(root)).toEqual(before);
  });

  it.each(f.bad)('refuses %s with a located error and writes nothing', (bad) => {
    const root = project(f.name, bad);
    const before = snapshot(root);
    const r = importCli(root, f);
    expect(r.status).toBe(EXIT.input);
    golden(join(fixtures, f.name, bad, 'stderr.txt'), r.stderr);
    expect(r.stderr).toMatch(/^datasets\/\S+:\d+:\d+ - error /);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('ehalsa import: plausibility between years', () => {
  it('warns at a value it brings that jumps from the year before, and imports it (exit 0)', () => {
    const f = formats.find((x) => x.name === 'csv')!;
    const root = project('csv', 'plausibility');
    for (const dry of [true, false]) {
      const r = importCli(root, f, ...(dry ? ['--dry-run'] : []));
      expect(r.status).toBe(0);
      // One warning (nattillsyn 30 → 66.5), at the line the import writes; none for passiva larm (90 → 93).
      expect(r.stderr.match(/ - warning /g)).toHaveLength(1);
      expect(r.stderr).toMatch(
        /^datasets\/2020\/1-1\.yaml:10:5 - warning plausibility\/share-jump: 1:1 nattillsyn, ordinart 2020: 66\.5 procent is 36\.5 procentenheter above 2019 \(30 procent\); more than 20 procentenheter a year\n/,
      );
      expect(r.stderr).toContain('  10 |   - teknik: nattillsyn');
    }
    expect(readFileSync(join(root, 'datasets/2020/1-1.yaml'), 'utf8')).toBe(readFileSync(join(fixtures, 'csv', 'expected', 'datasets/2020/1-1.yaml'), 'utf8'));
  });
});

describe('ehalsa import <url>', () => {
  it('saves the API response as the source file, then imports it as from the file', async () => {
    const f = formats.find((x) => x.name === 'json-stat')!;
    const body = readFileSync(join(fixtures, 'json-stat', 'project', f.source));
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const root = project('json-stat');
      rmSync(join(root, f.source));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/statistics/1.0/data/isoc_ci_ifp_iu?geo=SE&geo=NO&geo=IS&geo=EU27_2020`;
      const r = await cliAsync(['--root', root, 'import', url, '--mapping', join(root, f.mapping)]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(requests).toEqual([url.slice(url.indexOf('/statistics'))]);
      expect(readFileSync(join(root, f.source))).toEqual(body);
      expect(r.stdout).toContain(`ehalsa: ${f.source}: saved from ${url}`);
      for (const path of datasetFiles(root)) expect(readFileSync(join(root, path), 'utf8')).toBe(readFileSync(join(fixtures, 'json-stat', 'expected', path), 'utf8'));

      // The source is kept as delivered: a different answer later is refused, not written over it.
      const changed = Buffer.from(body.toString().replace('"updated":"2020-12-15', '"updated":"2021-01-15'));
      server.removeAllListeners('request');
      server.on('request', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(changed);
      });
      const again = await cliAsync(['--root', root, 'import', url, '--mapping', join(root, f.mapping)]);
      expect(again.status).toBe(EXIT.input);
      expect(again.stderr).toContain(`error import/source-kept: ${f.source} already holds another file`);
      expect(readFileSync(join(root, f.source))).toEqual(body);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

/** An HTTP server on 127.0.0.1 that answers every request with `answer`; its URL and the paths asked for. */
async function serve(answer: { status?: number; type: string; body: Buffer | string }) {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(answer.status ?? 200, { 'content-type': answer.type });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('ehalsa import <PxWeb URL>', () => {
  const pxweb = join(fixtures, 'pxweb');
  const mapping = 'datasets/mappings/scb-internet.yaml';
  const source = 'datasets/sources/2020/scb-internet-hushall.json';
  const path = '/api/v2/tables/TAB9999/data?lang=sv&outputFormat=json-stat2&valueCodes[Tid]=2018,2019,2020';

  it('saves the JSON-stat answer with its SHA-256 first, then imports it (a gap where SCB prints "..")', async () => {
    const body = readFileSync(join(pxweb, 'response.json'));
    const server = await serve({ type: 'application/json; charset=UTF-8', body });
    try {
      const root = project('pxweb');
      const url = `${server.base}${path}`;
      const r = await cliAsync(['--root', root, 'import', url, '--mapping', join(root, mapping)]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(server.requests).toEqual([path]);
      expect(readFileSync(join(root, source))).toEqual(body);
      const sha = createHash('sha256').update(body).digest('hex');
      expect(r.stdout).toContain(`ehalsa: ${source}: saved from ${url} (SHA-256 ${sha})\n`);
      golden(join(pxweb, 'expected', 'stdout.txt'), r.stdout.replace(server.base, 'http://127.0.0.1:<port>'));
      for (const p of datasetFiles(root)) golden(join(pxweb, 'expected', p), readFileSync(join(root, p), 'utf8'));
      expect(readFileSync(join(root, 'datasets/2019/NY-2.yaml'), 'utf8')).toContain('missing: not-available');
      expect(readFileSync(join(root, 'datasets/2020/NY-2.yaml'), 'utf8')).toContain(`sha256: ${sha}`);
      const valid = runCli(['--root', root, 'validate']);
      expect(valid.stderr).toBe('');
      expect(valid.status).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('keeps the answer when the mapping then fails, and says how to go on from the file', async () => {
    const body = readFileSync(join(pxweb, 'response.json'));
    const server = await serve({ type: 'application/json', body });
    try {
      const root = project('pxweb');
      const broken = readFileSync(join(root, mapping), 'utf8').replace('{ dimension: Tid }', '{ dimension: År }');
      writeFileSync(join(root, mapping), broken);
      const r = await cliAsync(['--root', root, 'import', `${server.base}${path}`, '--mapping', join(root, mapping)]);
      expect(r.status).toBe(EXIT.input);
      expect(r.stderr).toMatch(/^datasets\/mappings\/scb-internet\.yaml:\d+:\d+ - error /);
      expect(r.stderr).toContain(`ehalsa: ${source}: saved from ${server.base}${path} (SHA-256 `);
      expect(r.stderr).toContain(`ehalsa: nothing imported\n  hint: fix the mapping, then import the saved file: ehalsa import ${source} --mapping ${mapping}\n`);
      expect(readFileSync(join(root, source))).toEqual(body);
      expect(datasetFiles(root)).toEqual([]);
      // Fixed, it imports from the saved file, without the network.
      writeFileSync(join(root, mapping), broken.replace('{ dimension: År }', '{ dimension: Tid }'));
      const again = runCli(['--root', root, 'import', join(root, source), '--mapping', join(root, mapping)]);
      expect(again.status).toBe(0);
      expect(datasetFiles(root)).toEqual(['datasets/2018/NY-2.yaml', 'datasets/2019/NY-2.yaml', 'datasets/2020/NY-2.yaml']);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['an HTTP error', { status: 404, type: 'application/json', body: '{"error":"no such table"}' }, /error import\/fetch: could not fetch \S+: HTTP 404 Not Found/],
    ['an HTML page', { type: 'text/html', body: '<html>Logga in</html>' }, /error import\/fetch: \S+ answered with text\/html, not JSON-stat/],
    ['JSON that is not JSON-stat', { type: 'application/json', body: '{"error":"too many cells"}' }, /error import\/json-stat: /],
  ])('refuses %s, saves nothing, writes nothing (exit 3)', async (_what, answer, message) => {
    const server = await serve(answer);
    try {
      const root = project('pxweb');
      const before = snapshot(root);
      const r = await cliAsync(['--root', root, 'import', `${server.base}${path}`, '--mapping', join(root, mapping)]);
      expect(r.status).toBe(EXIT.input);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toContain('saved from');
      expect(snapshot(root)).toEqual(before);
    } finally {
      await server.close();
    }
  });

  it('--dry-run fetches, shows the table, and saves nothing', async () => {
    const server = await serve({ type: 'application/json', body: readFileSync(join(pxweb, 'response.json')) });
    try {
      const root = project('pxweb');
      const before = snapshot(root);
      const r = await cliAsync(['--root', root, 'import', `${server.base}${path}`, '--mapping', join(root, mapping), '--dry-run']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`ehalsa: ${source}: would be saved from `);
      expect(r.stdout).toContain('NY:2');
      expect(snapshot(root)).toEqual(before);
    } finally {
      await server.close();
    }
  });
});

/** The CLI in a child process without blocking this one (the test's HTTP server must answer it). */
function cliAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'ehalsa.js'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
