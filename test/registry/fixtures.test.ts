/**
 * Golden tests for bad input: one folder per case under test/fixtures/registry/<case>/ holding the bad
 * file(s) and expected.txt, the exact formatted diagnostics. Each case is loaded together with the
 * real indicators/goals.yaml and dimensions.yaml (a case's own file of that name replaces the real
 * one; names listed in omit.txt are left out). A missing expected.txt is written when CI is unset,
 * and fails the test under CI=true.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import type { SourceFile } from '../../src/yaml/source.js';
import { loadRegistry } from '../../src/registry/load.js';
import { fixturesDir, readIndicatorFiles, readYamlFiles } from './files.js';

const BASE_FILES = ['goals.yaml', 'dimensions.yaml'];

const cases = readdirSync(fixturesDir)
  .filter((name) => statSync(join(fixturesDir, name)).isDirectory())
  .sort();

function caseFiles(dir: string): SourceFile[] {
  const own = readYamlFiles(dir, 'indicators');
  const omitPath = join(dir, 'omit.txt');
  const omit = existsSync(omitPath) ? readFileSync(omitPath, 'utf8').split(/\s+/).filter(Boolean) : [];
  const base = readIndicatorFiles().filter((f) => {
    const name = f.path.split('/').pop() ?? '';
    return BASE_FILES.includes(name) && !omit.includes(name) && !own.some((o) => o.path === f.path);
  });
  return [...base, ...own];
}

describe('registry diagnostics (golden)', () => {
  it('has the required bad cases', () => {
    for (const name of [
      'wrong-type',
      'unknown-key',
      'duplicate-id',
      'yaml-syntax',
      'unknown-malomrade',
      'unknown-dimension',
      'missing-field',
      'malformed-id',
    ]) {
      expect(cases).toContain(name);
    }
  });

  it.each(cases)('%s', (name) => {
    const dir = join(fixturesDir, name);
    const files = caseFiles(dir);
    const { diagnostics } = loadRegistry(files);
    expect(diagnostics.length).toBeGreaterThan(0);
    const actual = formatDiagnostics(diagnostics, new Map(files.map((f) => [f.path, f.text]))) + '\n';
    const expectedPath = join(dir, 'expected.txt');
    if (!existsSync(expectedPath)) {
      if (process.env['CI'] === 'true') throw new Error(`${expectedPath} is missing (not written under CI=true)`);
      writeFileSync(expectedPath, actual);
    }
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
