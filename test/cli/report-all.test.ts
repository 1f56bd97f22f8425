import { afterAll, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserTests } from '../support/browser.js';
import { runCli } from '../support/cli.js';

/**
 * `report --all` prints its editions two at a time (a renderer process each, the post-pass in a
 * worker thread): every edition gets its PDF, and the 2020 one is the same bytes as when it is
 * printed alone, one document at a time in this thread. Skipped where no browser can start.
 */
const browser = await browserTests(import.meta.url);
const all = mkdtempSync(join(tmpdir(), 'ehalsa-all-'));
const one = mkdtempSync(join(tmpdir(), 'ehalsa-one-'));
afterAll(() => {
  rmSync(all, { recursive: true, force: true });
  rmSync(one, { recursive: true, force: true });
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

browser.describe('report --all', () => {
  it('writes a complete PDF for every edition, the same bytes as one edition printed alone', () => {
    const r = runCli(['report', '--all', '--out', all, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const years = readdirSync(all).filter((name) => /^\d{4}$/.test(name));
    expect(years.length).toBeGreaterThanOrEqual(2);
    for (const year of years) {
      const pdf = readFileSync(join(all, year, 'report.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
    }
    const alone = runCli(['report', '--year', '2020', '--format', 'pdf', '--out', one, '--quiet']);
    expect(alone.status).toBe(0);
    expect(sha(join(all, '2020', 'report.pdf'))).toBe(sha(join(one, '2020', 'report.pdf')));
  }, 240_000);
});
