import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { runCli } from '../support/cli.js';

describe('ehalsa CLI', () => {
  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('report');
    const reportHelp = runCli(['report', '--help']);
    expect(reportHelp.stdout).toContain('--format <list>');
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects an unknown option with one line and the usage exit code', () => {
    const r = runCli(['report', '--year', '2020', '--colour']);
    expect(r.status).toBe(EXIT.usage);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/unknown option '--colour'/);
  });

  it('says there is no data for a year without data', () => {
    const r = runCli(['report', '--year', '1999', '--format', 'md', '--out', join(tmpdir(), 'ehalsa-none')]);
    expect(r.status).toBe(EXIT.input);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('there is no data for 1999');
  });

  it('writes only Markdown for --format md, without looking for a browser', () => {
    const out = mkdtempSync(join(tmpdir(), 'ehalsa-md-'));
    try {
      // A browser path that does not exist: any attempt to find or launch one would fail the run.
      const r = runCli(['report', '--year', '2020', '--format', 'md', '--out', out, '--quiet'], {
        env: { EHALSA_CHROME: '/nonexistent/chrome' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(existsSync(join(out, '2020', 'report.md'))).toBe(true);
      expect(existsSync(join(out, '2020', 'report.pdf'))).toBe(false);
      expect(readFileSync(join(out, '2020', 'report.md'), 'utf8')).toContain('# Uppföljning Vision e-hälsa 2025');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('gives byte-identical text outputs for the same inputs', () => {
    const a = mkdtempSync(join(tmpdir(), 'ehalsa-a-'));
    const b = mkdtempSync(join(tmpdir(), 'ehalsa-b-'));
    try {
      for (const out of [a, b]) {
        const r = runCli(['report', '--year', '2020', '--format', 'md,html,json,figures', '--out', out, '--quiet']);
        expect(r.status).toBe(0);
      }
      for (const f of ['report.md', 'report.html', 'report.json']) {
        expect(readFileSync(join(a, '2020', f))).toEqual(readFileSync(join(b, '2020', f)));
      }
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
