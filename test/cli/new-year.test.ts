import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { copyProject, runCli } from '../support/cli.js';

describe('ehalsa new-year', () => {
  it('starts the 2023 edition from the latest earlier one and prints the checklist', () => {
    const root = copyProject();
    try {
      const r = runCli(['--root', root, 'new-year', '2023']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('# Data att samla in för 2023');
      expect(existsSync(join(root, 'templates/editions/2023/edition.yaml'))).toBe(true);
      expect(readFileSync(join(root, 'datasets/2023/README.md'), 'utf8')).toContain('Data att samla in för 2023');
      const edition = readFileSync(join(root, 'templates/editions/2023/edition.yaml'), 'utf8');
      expect(edition).toMatch(/^year: 2023$/m);
      expect(edition).toMatch(/^unrevised:$/m);
      // No values are copied: the new year's folder holds the checklist and a placeholder line per value to enter.
      expect(readFileSync(join(root, 'datasets/2023/README.md'), 'utf8')).not.toMatch(/value:/);
      const placeholders = readFileSync(join(root, 'datasets/2023/1-1.yaml'), 'utf8');
      expect(placeholders).toContain('  - { teknik: nattillsyn, boendeform: ordinart, missing: not-available }  # Nattillsyn med digital teknik; Ordinärt boende — Figur 6');
      expect(placeholders).not.toMatch(/^ *- .*value:/m);
      // a file that was there keeps its lines
      expect(readFileSync(join(root, 'datasets/2023/NY-20.yaml'), 'utf8')).toContain('  - value: 99.4');
      const valid = runCli(['--root', root, 'validate', '--year', '2023']);
      expect(valid.status).toBe(0);
      expect(valid.stdout).toContain('ehalsa: valid');
      const status = runCli(['--root', root, 'status', '--year', '2023']);
      expect(status.status).toBe(0);
      expect(status.stdout).toMatch(/^Sammanfattning: \d+ värden, ej inmatade\.$/m);

      const draft = runCli(['--root', root, 'report', '--year', '2023', '--format', 'md', '--out', join(root, 'reports'), '--quiet']);
      expect(draft.status).toBe(0);
      const md = readFileSync(join(root, 'reports/2023/report.md'), 'utf8');
      expect(md).toContain('UTKAST');
      expect(md).toContain('[Texten är kopierad från utgåvan');
      // the placeholders read as missing values
      expect(md).toContain('[uppgift saknas: 1:1 Nattillsyn med digital teknik, Ordinärt boende 2023]');

      const final = runCli(['--root', root, 'report', '--year', '2023', '--final', '--format', 'md', '--out', join(root, 'final')]);
      expect(final.status).toBe(EXIT.input);
      expect(final.stderr).toContain('is not final');
      expect(existsSync(join(root, 'final/2023'))).toBe(false);

      const again = runCli(['--root', root, 'new-year', '2023']);
      expect(again.status).toBe(EXIT.usage);
      expect(again.stderr).toContain('already exists');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
