/**
 * The build's one cache (src/pipeline/memo.ts): a value is found again only under the same inputs, the
 * same code and the same dependency versions; the loaded inputs and the drawn figures are kept in it
 * side by side.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedVersions, openCache, type CacheVersions } from '../../src/pipeline/memo.js';
import { runCli } from '../support/cli.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ehalsa-cache-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const VERSIONS: CacheVersions = { code: 'c0de', dependencies: { node: 'v20.0.0', vega: '6.4.0', 'vega-lite': '6.4.3', yaml: '2.9.1', ajv: '8.20.0' } };
const FILES = [{ path: 'datasets/2020/1-1.yaml', text: 'indicator: "1:1"\n' }];

/** Keeps a value under `versions`, then looks it up under `other`. */
function roundTrip(versions: CacheVersions, other: CacheVersions, files = FILES, otherFiles = FILES): unknown {
  const dir = tempDir();
  const first = openCache({}, { dir, versions })!;
  first.set(first.key('datasets', files, 2020), { kept: true });
  const second = openCache({}, { dir, versions: other })!;
  return second.get(second.key('datasets', otherFiles, 2020));
}

const withDependency = (name: string, version: string): CacheVersions => ({ ...VERSIONS, dependencies: { ...VERSIONS.dependencies, [name]: version } });

describe('the cache key', () => {
  it('finds a value again under the same inputs, code and versions', () => {
    expect(roundTrip(VERSIONS, { code: 'c0de', dependencies: { ...VERSIONS.dependencies } })).toEqual({ kept: true });
  });

  it.each([
    ['vega', '6.4.1'],
    ['vega-lite', '6.5.0'],
    ['yaml', '2.9.2'],
    ['ajv', '8.21.0'],
    ['node', 'v22.0.0'],
  ])('misses when the version of %s changes', (name, version) => {
    expect(roundTrip(VERSIONS, withDependency(name, version))).toBeUndefined();
  });

  it('misses when a dependency is added', () => {
    expect(roundTrip(VERSIONS, withDependency('d3-format', '3.1.0'))).toBeUndefined();
  });

  it("misses when the project's code changes", () => {
    expect(roundTrip(VERSIONS, { ...VERSIONS, code: 'c0df' })).toBeUndefined();
  });

  it('misses when an input changes', () => {
    expect(roundTrip(VERSIONS, VERSIONS, FILES, [{ path: FILES[0]!.path, text: 'indicator: "1:2"\n' }])).toBeUndefined();
  });

  it('reads the installed versions: the code, Node.js, vega, vega-lite, yaml, ajv and what they depend on', () => {
    const { code, dependencies } = installedVersions();
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(dependencies['node']).toBe(process.version);
    for (const name of ['vega', 'vega-lite', 'yaml', 'ajv', 'vega-scenegraph', 'd3-format']) expect(dependencies[name]).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('opening it', () => {
  it('is off with EHALSA_CACHE=off, and with the older EHALSA_CHART_CACHE=off', () => {
    expect(openCache({ EHALSA_CACHE: 'off' })).toBeNull();
    expect(openCache({ EHALSA_CHART_CACHE: 'off' })).toBeNull();
    expect(openCache({ EHALSA_CACHE: '0' })).toBeNull();
  });

  it('keeps the loaded inputs and the drawn figures in the one folder EHALSA_CACHE names', () => {
    const dir = tempDir();
    const out = tempDir();
    const r = runCli(['report', '--year', '2020', '--format', 'md', '--out', out, '--quiet'], { env: { EHALSA_CACHE: dir } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const kinds = new Set(readdirSync(dir).map((f) => f.replace(/-[0-9a-f]+\.json$/, '')));
    expect([...kinds].sort()).toEqual(['datasets', 'edition', 'figure', 'registry']);
  });
});
