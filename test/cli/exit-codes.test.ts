import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { EXIT, EXIT_HELP } from '../../src/cli/exit.js';
import { postPassFailed } from '../../src/pdf/messages.js';
import { projectRoot, runCli } from '../support/cli.js';

const out = mkdtempSync(join(tmpdir(), 'ehalsa-postpass-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a PDF the post-pass cannot finish', () => {
  it('is exit 5 with the reason and a hint, and nothing written', () => {
    // The browser's PDF is cut in half before the post-pass sees it (the post-pass runs in its worker).
    const hook = join(projectRoot, 'test', 'fixtures', 'pdf', 'cut-short-print.mjs');
    const r = runCli(['report', '--year', '2020', '--format', 'pdf', '--out', out, '--quiet'], {
      env: { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${hook}`.trim() },
    });
    expect(r.status).toBe(EXIT.pdf);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^ehalsa: /);
    expect(lines[0]).toContain(postPassFailed('no "startxref" at the end'));
    expect(lines[1]).toMatch(/^ {2}hint: nothing was written; another Chrome or Chromium \(EHALSA_CHROME\)/);
    expect(lines).toHaveLength(2);
    expect(existsSync(join(out, '2020'))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('the exit codes', () => {
  const codes = Object.values(EXIT).map(String);

  it('are listed by --help, each once', () => {
    const help = runCli(['--help']).stdout;
    // The block under "Exit codes:", up to the blank line before the environment.
    const listed = help.slice(help.indexOf('Exit codes:')).split('\n\n')[0]!.split('\n').slice(1).filter(Boolean);
    expect(listed.map((line) => line.trim().split(/\s{2,}/)[0])).toEqual(EXIT_HELP.map(([code]) => code));
    expect(EXIT_HELP.map(([code]) => code.split(' ')[0])).toEqual(codes);
    expect(help).toMatch(/^ {2}5 +PDF: the browser failed to print, or the post-pass could not finish its PDF$/m);
  });

  it("have a row each in README's table", () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Exit codes'), readme.indexOf('Every input error is printed'));
    const rows = [...table.matchAll(/^\| ([\d /]+) \|/gm)].map((m) => m[1]!.trim().split(' ')[0]);
    expect(rows).toEqual(codes);
    expect(table).toMatch(/\| 5 \| PDF: the browser failed to print \(after one retry\), or the post-pass could not finish the PDF it printed/);
  });
});
