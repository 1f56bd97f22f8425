import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftLine } from '../../src/pdf/messages.js';
import { gitCommit, UNCOMMITTED } from '../../src/pipeline/git.js';

/** The commit a draft's mark prints, on a git repository made for the test. */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ehalsa-git-'));
  dirs.push(dir);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid', GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env }).toString().trim();
  git('init', '-q');
  mkdirSync(join(dir, 'datasets', '2021'), { recursive: true });
  writeFileSync(join(dir, 'datasets', '2021', 'NY-2.yaml'), 'indicator: "NY:2"\n');
  writeFileSync(join(dir, '.gitignore'), 'reports/\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  return { dir, git };
}

describe('gitCommit', () => {
  it('a clean tree: the short commit alone', () => {
    const { dir, git } = repo();
    expect(gitCommit(dir)).toBe(git('rev-parse', '--short', 'HEAD'));
  });

  it('an edited, a new or a deleted file: the commit + "ändringar som inte är incheckade"; ignored files do not count', () => {
    const { dir, git } = repo();
    const head = git('rev-parse', '--short', 'HEAD');
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'report.pdf'), '%PDF');
    expect(gitCommit(dir)).toBe(head);

    writeFileSync(join(dir, 'datasets', '2021', 'NY-2.yaml'), 'indicator: "NY:2"\nyear: 2021\n');
    expect(gitCommit(dir)).toBe(`${head} + ${UNCOMMITTED}`);
    expect(draftLine('2021-03-01', gitCommit(dir))).toBe(`Utkast – byggt 2021-03-01 från ${head} + ändringar som inte är incheckade`);
    git('checkout', '-q', '--', '.');
    expect(gitCommit(dir)).toBe(head);

    writeFileSync(join(dir, 'datasets', '2021', 'NY-20.yaml'), 'indicator: "NY:20"\n');
    expect(gitCommit(dir)).toBe(`${head} + ${UNCOMMITTED}`);
    unlinkSync(join(dir, 'datasets', '2021', 'NY-20.yaml'));
    expect(gitCommit(dir)).toBe(head);

    unlinkSync(join(dir, 'datasets', '2021', 'NY-2.yaml'));
    expect(gitCommit(dir)).toBe(`${head} + ${UNCOMMITTED}`);
  });

  it('a project folder inside a larger repository: only its own changes count', () => {
    const { dir, git } = repo();
    const head = git('rev-parse', '--short', 'HEAD');
    writeFileSync(join(dir, 'elsewhere.txt'), 'not the project\n');
    expect(gitCommit(join(dir, 'datasets'))).toBe(head);
    expect(gitCommit(dir)).toBe(`${head} + ${UNCOMMITTED}`);
  });

  it('outside a repository: "okänd"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehalsa-nogit-'));
    dirs.push(dir);
    expect(gitCommit(dir)).toBe('okänd');
  });
});
