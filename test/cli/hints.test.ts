import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, runCli } from '../support/cli.js';

/**
 * Hints lead somewhere: each mistake below is made in a copy of the project, the commands its messages
 * suggest (`ehalsa …` in backticks, with no placeholder in them) are taken from what was printed, and
 * each is run as the user would: it must succeed. (A report is asked for as Markdown only, so that no
 * browser is needed; what it builds is the same.)
 */
const suggested = (text: string): string[][] =>
  [...text.matchAll(/`ehalsa ([^`<>]+)`/g)].map((m) => m[1]!.trim().split(/\s+/)).map((args) => (args[0] === 'report' ? [...args, '--format', 'md', '--quiet'] : args));

describe('a hint that names a command', () => {
  const cases: { name: string; mistake: (root: string) => string[]; expectHint: RegExp }[] = [
    { name: 'a report for a year before the first edition', mistake: () => ['report', '--year', '2019', '--format', 'md'], expectHint: /`ehalsa report --year 2022`/ },
    { name: 'a report for a year with data and no edition yet', mistake: () => ['report', '--year', '2023', '--format', 'md'], expectHint: /`ehalsa new-year 2023`/ },
    {
      name: 'a data file naming an indicator that does not exist',
      mistake: (root) => {
        const file = join(root, 'datasets', '2020', '2-10.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/indicator: ['"]?2:10['"]?/, 'indicator: "99:99"'));
        return ['validate', '--year', '2020'];
      },
      expectHint: /`ehalsa indicators`/,
    },
    { name: 'an indicator that does not exist', mistake: () => ['indicators', 'show', '77:1'], expectHint: /`ehalsa indicators`/ },
  ];

  it.each(cases)('$name: what it suggests runs', ({ mistake, expectHint }) => {
    const root = copyProject();
    try {
      const failed = runCli(['--root', root, ...mistake(root)]);
      expect(failed.status).not.toBe(0);
      const printed = failed.stdout + failed.stderr;
      expect(printed).toMatch(expectHint);
      const commands = suggested(printed);
      expect(commands.length).toBeGreaterThan(0);
      for (const args of commands) {
        const r = runCli(['--root', root, ...args]);
        expect([args.join(' '), r.status, r.stderr]).toEqual([args.join(' '), 0, r.status === 0 ? r.stderr : '']);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
