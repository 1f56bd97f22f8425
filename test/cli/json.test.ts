import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedShare, diffSentences, diffWords } from '../../src/pipeline/diff.js';
import { copyProject, projectRoot, runCli } from '../support/cli.js';

const schema = (name: string) => new Ajv({ allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(projectRoot, 'src', 'pipeline', name), 'utf8')) as object);

describe('validate', () => {
  const check = schema('validate.schema.json');

  it('prints the warnings first and the verdict last, with counts in the right number', () => {
    const r = runCli(['validate', '--year', '2020']);
    expect(r.status).toBe(0);
    const warnings = Number(/(\d+) warnings?\n$/.exec(r.stderr)?.[1] ?? 0);
    expect(r.stdout).toMatch(warnings ? /^ehalsa: valid, with \d+ warnings? \(\d+ registry files, \d+ dataset files, 1 mapping, 1 year\)\n$/ : /^ehalsa: valid \(/);
    expect(r.stdout).not.toMatch(/\b1 (years|mappings|warnings)\b/);
  });

  it('--json: the verdict and every problem, valid against its schema; an error is valid: false and exit 3', () => {
    const ok = runCli(['validate', '--json']);
    expect(ok.status).toBe(0);
    const good = JSON.parse(ok.stdout) as { valid: boolean; errors: number };
    expect(check(good)).toBe(true);
    expect(good).toMatchObject({ valid: true, errors: 0 });
    const root = copyProject();
    try {
      const file = join(root, 'datasets', '2020', '2-10.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2020', 'year: twenty'));
      const bad = runCli(['--root', root, 'validate', '--json']);
      expect(bad.status).toBe(3);
      expect(bad.stderr).toBe('');
      const verdict = JSON.parse(bad.stdout) as { valid: boolean; diagnostics: { file: string; severity: string }[] };
      expect(check(verdict)).toBe(true);
      expect(verdict.valid).toBe(false);
      expect(verdict.diagnostics.some((d) => d.severity === 'error' && d.file === 'datasets/2020/2-10.yaml')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('diff', () => {
  it('--exit-code: 0 for the same edition, 1 for two that differ (as git diff)', () => {
    const same = runCli(['diff', '2021', '2021', '--exit-code']);
    expect(same.status).toBe(0);
    const differ = runCli(['diff', '2020', '2021', '--exit-code', '--stat']);
    expect(differ.status).toBe(1);
    expect(differ.stderr).toBe('');
    // --stat: a line per section, the total last
    const lines = differ.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1).every((l) => / \| ~\d+ \+\d+ -\d+$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^ Utgåva 2020 → 2021: \d+ meningar i \d+ avsnitt \(~\d+ \+\d+ -\d+\)$/);
    expect(runCli(['diff', '2020', '2021']).status).toBe(0);
  });

  it('--json: valid against its schema', () => {
    const r = runCli(['diff', '2020', '2021', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { a: number; sections: unknown[] };
    expect(schema('diff.schema.json')(json)).toBe(true);
    expect(json.a).toBe(2020);
    expect(json.sections.length).toBeGreaterThan(0);
  });

  it('shows a sentence rewritten by more than half as replaced, a small change word by word', () => {
    const before = 'Andelen kommuner som erbjuder digital nattillsyn har ökat från 37 procent till 66 procent.';
    const small = 'Andelen kommuner som erbjuder digital nattillsyn har ökat från 40 procent till 70 procent.';
    const rewritten = 'Digital nattillsyn erbjuds nu av 66 procent av kommunerna, mot 37 procent tidigare, en ökning.';
    // a sentence with little in common is another sentence: removed, and one added
    expect(diffSentences([before], ['Kommunerna satsar på trygghetslarm.']).map((c) => c.kind)).toEqual(['removed', 'added']);
    expect(diffSentences([before], [small])).toEqual([{ kind: 'changed', before, after: small, words: diffWords(before, small) }]);
    expect(diffSentences([before], [rewritten])).toEqual([{ kind: 'replaced', before, after: rewritten }]);
    expect(changedShare(diffWords(before, before))).toBe(0);
    expect(changedShare(diffWords('a b', 'c d'))).toBe(1);
  });
});
