import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { runCli } from '../support/cli.js';

/** The 2021 edition: a draft with honest gaps, refused by --final, and its text compared with 2020's. */
describe('the 2021 edition', () => {
  it('is a draft whose markers name the missing observations, and --final refuses naming the same', () => {
    const out = mkdtempSync(join(tmpdir(), 'ehalsa-2021-'));
    try {
      const draft = runCli(['report', '--year', '2021', '--format', 'md', '--out', out, '--quiet']);
      expect(draft.status).toBe(0);
      const md = readFileSync(join(out, '2021', 'report.md'), 'utf8');
      expect(md).toContain('UTKAST');
      const markers = [...new Set([...md.matchAll(/\[(?:uppgift saknas|frågan ställdes inte): ([^\]]+)\]/g)].map((m) => m[1]!))];
      expect(markers.length).toBeGreaterThan(0);

      const final = runCli(['report', '--year', '2021', '--final', '--format', 'md', '--out', join(out, 'final')]);
      expect(final.status).toBe(EXIT.input);
      expect(final.stderr).toContain('the 2021 edition is not final');
      for (const m of markers) expect(final.stderr).toContain(m);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('diff 2020 2021 shows the nattillsyn sentence, rewritten by more than half, as replaced: the 2020 sentence, then the 2021 one', () => {
    const r = runCli(['diff', '2020', '2021']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('- Andel kommuner som') && l.includes('nattillsyn'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at]).toContain('från 37 procent år 2017 till 66 procent år 2020');
    expect(lines[at + 1]).toMatch(/^\+ Andel kommuner som .*tillsyn.* 76 procent år 2021/);
  });

  it('diff --data lists the 2021 observation', () => {
    const r = runCli(['diff', '--data', '2020', '2021']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('+ 1:1@2021[teknik=digital-tillsyn]: 76');
  });
});

/**
 * The 2020 edition: its prose has all its data, but some figures cannot be drawn offline (Figur 3, the
 * fibre map, has no map data; others have no values at all). A placeholder in place of a figure makes
 * the report a draft: UTKAST with the reason, and --final refuses, naming each placeholder.
 */
describe('the 2020 edition with placeholder figures', () => {
  it('is a draft that names its placeholders, and --final refuses listing each', () => {
    const out = mkdtempSync(join(tmpdir(), 'ehalsa-2020-'));
    try {
      const draft = runCli(['report', '--year', '2020', '--format', 'md,json', '--out', out, '--quiet']);
      expect(draft.status).toBe(0);
      const report = JSON.parse(readFileSync(join(out, '2020', 'report.json'), 'utf8')) as { figures: { number: number; placeholder: boolean }[] };
      const placeholders = report.figures.filter((f) => f.placeholder).map((f) => f.number);
      expect(placeholders).toContain(3);
      const md = readFileSync(join(out, '2020', 'report.md'), 'utf8');
      expect(md).toContain('> UTKAST');
      expect(md).toContain(`> Figur ${placeholders.slice(0, -1).join(', ')} och ${placeholders[placeholders.length - 1]} visas som platshållare: uppgifterna saknas.`);

      const final = runCli(['report', '--year', '2020', '--final', '--format', 'md', '--out', join(out, 'final')]);
      expect(final.status).toBe(EXIT.input);
      expect(final.stderr).toContain('the 2020 edition is not final');
      const listed = [...final.stderr.matchAll(/^ {2}placeholder: Figur (\d+)\b/gm)].map((m) => Number(m[1]));
      expect(listed).toEqual(placeholders);
      // nothing else keeps it from being final
      expect(final.stderr.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('  placeholder: '))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
