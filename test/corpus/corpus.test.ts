/**
 * The bad-input corpus: one folder per case under test/fixtures/corpus/<nn-name>/ (two or three digits) with
 *
 *   case.json     { "description", "exit", "args"?, "generate"?, "env"?, "html"?, "md"? }
 *                 (an EHALSA_TEST_* variable in "env" preloads test/reliability/fs-faults.mjs, which
 *                 reads it: EHALSA_TEST_UNREADABLE makes files and folders fail with EACCES)
 *   files/        an overlay copied over the base project (test/fixtures/corpus/base/ + templates/layout/)
 *   expected.txt  the exact stderr, the temporary folder written as <tmp>
 *
 * Each case runs the built CLI on its own copy of the project with a previous good report (and its
 * manifest) in the output folder, and must give its exit code and exactly its stderr; a failing run
 * must leave the output folder byte for byte as it was, a good one must replace the previous files of
 * the formats it writes and keep the others, and no run may leave staging folders, backups or locks.
 * A missing expected.txt is written when CI is unset, and fails the test under CI=true.
 *
 * Default args: report --year 2020 --format md,html,json --out <out>; "{out}" in args is the output
 * folder, "{tmp}" the case's temporary folder. Cases run concurrently (each is a separate process).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf } from '../../src/pipeline/manifest.js';
import { PREVIOUS_REPORT, corpusDir, litter, makeProject, manifestProblems, snapshot, type Generated } from './project.js';
import { runCliAsync } from './run.js';
import { projectRoot } from '../support/cli.js';

interface CaseSpec {
  description: string;
  exit: number;
  args?: string[];
  generate?: Generated[];
  env?: Record<string, string>;
  /** Checks on the written report.html / report.md of a successful case. */
  html?: { contains?: string[]; excludes?: string[] };
  md?: { contains?: string[]; excludes?: string[] };
}

const cases = readdirSync(corpusDir)
  .filter((name) => /^\d{2,3}-/.test(name) && statSync(join(corpusDir, name)).isDirectory())
  .sort();

const DEFAULT_ARGS = ['report', '--year', '2020', '--format', 'md,html,json', '--out', '{out}'];

function readCase(name: string): CaseSpec {
  return JSON.parse(readFileSync(join(corpusDir, name, 'case.json'), 'utf8')) as CaseSpec;
}

describe('bad-input corpus (golden)', () => {
  it('has enough cases, each complete', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const name of cases) {
      const spec = readCase(name);
      expect(typeof spec.description).toBe('string');
      expect(typeof spec.exit).toBe('number');
    }
  });

  it.concurrent.each(cases)('%s', async (name) => {
    const dir = join(corpusDir, name);
    const spec = readCase(name);
    const box = makeProject({ overlay: join(dir, 'files'), generate: spec.generate ?? [] });
    try {
      const before = snapshot(box.out);
      const args = (spec.args ?? DEFAULT_ARGS).map((a) => a.replaceAll('{out}', box.out).replaceAll('{tmp}', box.tmp));
      const env = spec.env ?? {};
      const faults = Object.keys(env).some((k) => k.startsWith('EHALSA_TEST_'));
      const preload = faults ? join(projectRoot, 'test', 'reliability', 'fs-faults.mjs') : undefined;
      const r = await runCliAsync(['--root', box.root, ...args], { env, cwd: box.tmp, ...(preload ? { preload } : {}) });
      const stderr = r.stderr.replaceAll(box.tmp, '<tmp>');

      const expectedPath = join(dir, 'expected.txt');
      if (!existsSync(expectedPath)) {
        if (process.env['CI'] === 'true') throw new Error(`${expectedPath} is missing (not written under CI=true)`);
        writeFileSync(expectedPath, stderr);
      }
      expect({ status: r.status, stderr }).toEqual({ status: spec.exit, stderr: readFileSync(expectedPath, 'utf8') });

      expect(litter(box.out)).toEqual([]);
      if (spec.exit !== 0) {
        expect(snapshot(box.out)).toEqual(before);
        return;
      }
      const written = (file: string) => readFileSync(join(box.out, '2020', file), 'utf8');
      if (args.includes('report')) {
        // The new report replaced every file of the previous one it wrote a format of and kept the others
        // byte for byte, and its manifest lists what is there.
        const formats = new Set(args.includes('--format') ? args[args.indexOf('--format') + 1]!.split(',') : ['pdf', 'html', 'md', 'json', 'figures']);
        for (const [name, text] of Object.entries(PREVIOUS_REPORT)) expect([name, written(name) === text]).toEqual([name, !formats.has(formatOf(name))]);
        expect(manifestProblems(join(box.out, '2020'))).toEqual([]);
      }
      for (const s of spec.html?.contains ?? []) expect(written('report.html')).toContain(s);
      for (const s of spec.html?.excludes ?? []) expect(written('report.html')).not.toContain(s);
      for (const s of spec.md?.contains ?? []) expect(written('report.md')).toContain(s);
      for (const s of spec.md?.excludes ?? []) expect(written('report.md')).not.toContain(s);
    } finally {
      box.cleanup();
    }
  }, 180_000);
});
