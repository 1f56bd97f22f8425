import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { markRevised, type Revision } from '../../src/pipeline/revised.js';
import { copyProject, runCli } from '../support/cli.js';

const edition = `# Edition 2021, started by \`ehalsa new-year 2021\`.
year: 2021
sections:
  - 00-forord.md
  - toc
  - 33-inriktningsmal-1.md
  - 33b-inriktningsmal-1-forts.md
  - 34-inriktningsmal-2.md
copiedFrom: 2020
unrevised:
  - 00-forord.md
  - 33-inriktningsmal-1.md # the long one
  - 33b-inriktningsmal-1-forts.md
  - 34-inriktningsmal-2.md
`;

const revision = (names: string[], all = false): Revision => {
  const r = markRevised(edition, names, all);
  if ('kind' in r) throw new Error(`unexpected ${r.kind}`);
  return r;
};

describe('markRevised', () => {
  it('takes the named file off the list and keeps every comment and the rest of the file', () => {
    const r = revision(['34-inriktningsmal-2.md']);
    expect(r.marked).toEqual(['34-inriktningsmal-2.md']);
    // Only the list's line goes: the same file name under sections stays.
    const at = edition.lastIndexOf('  - 34-inriktningsmal-2.md\n');
    expect(r.text).toBe(edition.slice(0, at) + edition.slice(at + '  - 34-inriktningsmal-2.md\n'.length));
    expect(r.text).toContain('# the long one');
    expect(r.remaining).toEqual(['00-forord.md', '33-inriktningsmal-1.md', '33b-inriktningsmal-1-forts.md']);
  });

  it('finds a section by its name without .md, or by the start of its name; a whole number before the dash wins', () => {
    expect(revision(['34']).marked).toEqual(['34-inriktningsmal-2.md']);
    expect(revision(['33']).marked).toEqual(['33-inriktningsmal-1.md']);
    expect(revision(['33b']).marked).toEqual(['33b-inriktningsmal-1-forts.md']);
    expect(revision(['00-forord']).marked).toEqual(['00-forord.md']);
    expect(revision(['templates/editions/2021/sections/00-forord.md']).marked).toEqual(['00-forord.md']);
  });

  it('refuses a name that matches no section, or several, and a call that names none', () => {
    expect(markRevised(edition, ['99'], false)).toMatchObject({ kind: 'unknown', name: '99' });
    expect(markRevised(edition, ['3'], false)).toMatchObject({ kind: 'ambiguous', matches: ['33-inriktningsmal-1.md', '33b-inriktningsmal-1-forts.md', '34-inriktningsmal-2.md'] });
    expect(markRevised(edition, [], false)).toEqual({ kind: 'nothing-named' });
  });

  it('--all empties the list and removes it; a second run changes nothing', () => {
    const r = revision([], true);
    expect(r.remaining).toEqual([]);
    expect(r.text).not.toContain('unrevised');
    expect(r.text).toContain('copiedFrom: 2020');
    const again = markRevised(r.text, ['34'], false);
    expect(again).toMatchObject({ text: r.text, marked: [], already: ['34-inriktningsmal-2.md'] });
  });
});

describe('ehalsa revised', () => {
  it('marks sections revised so that they no longer make the edition a draft', () => {
    const root = copyProject();
    try {
      const final = () => runCli(['--root', root, 'report', '--year', '2021', '--final', '--format', 'md']);
      expect(final().stderr).toContain('not revised since 2020: 34-inriktningsmal-2.md');
      const r = runCli(['--root', root, 'revised', '--year', '2021', '34', '35']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^revised: 34-inriktningsmal-2\.md\nrevised: 35-inriktningsmal-3\.md\n\d+ sections are still unrevised: /);
      const unrevised = (parse(readFileSync(join(root, 'templates/editions/2021/edition.yaml'), 'utf8')) as { unrevised: string[] }).unrevised;
      expect(unrevised).not.toContain('34-inriktningsmal-2.md');
      expect(unrevised).not.toContain('35-inriktningsmal-3.md');
      expect(unrevised).toContain('36-inriktningsmal-4.md');
      expect(final().stderr).not.toContain('not revised since 2020: 34-inriktningsmal-2.md');
      const all = runCli(['--root', root, 'revised', '--year', '2021', '--all']);
      expect(all.stdout).toMatch(/every section of the 2021 edition is revised\n$/);
      expect(final().stderr).not.toContain('not revised');
      const unknown = runCli(['--root', root, 'revised', '--year', '2021', '77']);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('lists no section "77"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
