import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../support/cli.js';

/**
 * The CI workflow (.github/workflows/reports.yml) and its comparison with the change's base
 * (.ci/diff-base), run on a git repository made of the project: a base commit, then a change.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

describe('.github/workflows/reports.yml', () => {
  const workflow = parse(readFileSync(join(projectRoot, '.github', 'workflows', 'reports.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const runs = steps.map((s) => s.run ?? '');
  const index = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));

  it('runs the tests, validates, builds the drafts, then compares with the base, in that order', () => {
    const order = [/^bash \.ci\/run$/, /^npx ehalsa validate$/, /^npx ehalsa report --all --draft --out reports$/, /\.ci\/diff-base "\$base" reports\/diff-base/];
    const at = order.map(index);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(readFileSync(join(projectRoot, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });

  it('checks out the whole history (the base must be there) and keeps the reports even when a step fails', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact')) as Step & { if?: string };
    expect(upload.if).toBe('always()');
    expect(upload.with?.['path']).toBe('reports/');
  });
});

describe('.ci/diff-base', () => {
  it("builds the base's and the change's editions and diffs their text, word by word", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehalsa-ci-'));
    dirs.push(dir);
    for (const p of ['src', 'bin', 'dist', 'indicators', 'datasets', 'templates', '.ci', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', '.gitignore']) {
      cpSync(join(projectRoot, p), join(dir, p), { recursive: true });
    }
    // The installed packages, shared (a link, which .gitignore's "node_modules/" would not keep out).
    symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, '.gitignore'), `${readFileSync(join(dir, '.gitignore'), 'utf8')}node_modules\nsummary.md\n`);
    const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid', GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
    const git = (...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env }).toString().trim();
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const forord = join(dir, 'templates', 'editions', '2020', 'sections', '00-forord.md');
    writeFileSync(forord, readFileSync(forord, 'utf8').replace('Generaldirektör', 'Generaldirektör Provmarkör'));
    git('commit', '-q', '-am', 'change');

    const r = spawnSync('bash', [join(dir, '.ci', 'diff-base'), 'HEAD^', 'reports/diff-base'], { cwd: dir, env: { ...env, YEARS: '2020 2021', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') }, encoding: 'utf8', timeout: 600_000 });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const out = join(dir, 'reports', 'diff-base');
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toBe(`### Utgåvorna mot basen (${git('rev-parse', '--short', 'HEAD^')})\n\n- 2020: ändrad i 1 fil (2020.diff)\n- 2021: oförändrad\n`);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(summary);
    const diff = readFileSync(join(out, '2020.diff'), 'utf8');
    expect(diff).toMatch(/^diff --git base\/2020\/report\.md change\/2020\/report\.md$/m);
    expect(diff).toContain('Generaldirektör {+Provmarkör+}');
    // An edition the change leaves alone: an empty diff.
    expect(readFileSync(join(out, '2021.diff'), 'utf8')).toBe('');
    // The base was built in a worktree of its own, removed afterwards.
    expect(git('worktree', 'list').split('\n')).toHaveLength(1);

  }, 900_000);
});
