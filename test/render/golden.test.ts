import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, runCli } from '../support/cli.js';
import { matchGolden } from '../support/golden.js';

/**
 * Golden files of the outputs reviewers diff, as `ehalsa report` writes them:
 *
 *   test/fixtures/golden/small/report.md, report.html, report.json   a small made-up edition
 *                 (test/fixtures/golden/small/project/: every block of the dialect, facts of several
 *                 kinds, a gap that makes it a draft, a figure and a table) with the real layout
 *   test/fixtures/golden/2020/report.md                               the 2020 edition
 *
 * The build date is fixed (SOURCE_DATE_EPOCH) and no commit is found (GIT_DIR names no repository),
 * so a draft reads "byggt 2021-04-15 från okänd". In report.html each embedded font is written as its
 * SHA-256 and size instead of its 30–40 kB of base64: the golden file stays readable, and a font that
 * changes still changes it.
 *
 *   UPDATE_GOLDEN=1 npm test -- test/render/golden.test.ts     rewrites them (not under CI=true)
 */

const golden = join(projectRoot, 'test', 'fixtures', 'golden');
const tmp = mkdtempSync(join(tmpdir(), 'ehalsa-golden-'));
const env = { SOURCE_DATE_EPOCH: '1618444800', GIT_DIR: join(tmp, 'no-repository') };

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `ehalsa report` into a fresh folder; the folder of the year's files. */
function report(root: string, year: number, formats: string): string {
  const out = join(tmp, `out-${year}-${formats.replace(/,/g, '-')}-${root === projectRoot ? 'project' : 'fixture'}`);
  const r = runCli(['--root', root, 'report', '--year', String(year), '--format', formats, '--out', out, '--quiet'], { env });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  return join(out, String(year));
}

/** Each embedded font's base64 replaced by its hash and size. */
function fontsByHash(html: string): string {
  return html.replace(/(data:font\/[a-z0-9]+;base64,)([A-Za-z0-9+/=]+)/g, (_, prefix: string, data: string) => {
    const bytes = Buffer.from(data, 'base64');
    return `${prefix}[sha256:${createHash('sha256').update(bytes).digest('hex')}, ${bytes.length} bytes]`;
  });
}

describe('the small edition (test/fixtures/golden/small/project)', () => {
  let dir: string;
  beforeAll(() => {
    const root = join(tmp, 'project');
    cpSync(join(golden, 'small', 'project'), root, { recursive: true });
    cpSync(join(projectRoot, 'templates', 'layout'), join(root, 'templates', 'layout'), { recursive: true });
    dir = report(root, 2020, 'md,html,json');
  }, 120_000);

  it('report.md', () => matchGolden(join(golden, 'small', 'report.md'), readFileSync(join(dir, 'report.md'), 'utf8')));
  it('report.html (fonts by their hash)', () => matchGolden(join(golden, 'small', 'report.html'), fontsByHash(readFileSync(join(dir, 'report.html'), 'utf8'))));
  it('report.json', () => matchGolden(join(golden, 'small', 'report.json'), readFileSync(join(dir, 'report.json'), 'utf8')));

  it('is a draft because of its gap, and embeds its fonts', () => {
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('UTKAST – byggt 2021-04-15 från okänd');
    expect(fontsByHash(html).match(/\[sha256:[0-9a-f]{64}, \d+ bytes\]/g)?.length).toBeGreaterThan(0);
    expect(fontsByHash(html)).not.toMatch(/base64,[A-Za-z0-9+/]{100}/);
  });
});

describe('the 2020 edition', () => {
  it('report.md', () => {
    const dir = report(projectRoot, 2020, 'md');
    matchGolden(join(golden, '2020', 'report.md'), readFileSync(join(dir, 'report.md'), 'utf8'));
  }, 120_000);
});
