/**
 * `report` replaces only what it made: an --out among the inputs is refused before anything is read
 * (exit 2), a year folder holding anything its manifest does not list is refused (exit 7), and a run
 * of some formats keeps the others and marks them stale. Each refusal is checked against a listing of
 * the whole sandbox (project, output and all) with a hash per file: nothing changed, nothing deleted.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { MANIFEST } from '../../src/pipeline/manifest.js';
import { inSandbox, litter, manifestProblems, snapshot, type Sandbox } from '../corpus/project.js';
import { runCliAsync } from '../corpus/run.js';

/** Every entry under `dir`: path → sha256 of the file, "<dir>" or "-> target". */
function tree(dir: string): Map<string, string> {
  return new Map(
    [...snapshot(dir)].map(([path, v]) => [path, v === '<dir>' || v.startsWith('-> ') ? v : createHash('sha256').update(Buffer.from(v, 'base64')).digest('hex')]),
  );
}

const report = (box: Sandbox, out: string, formats = 'md,html,json') => ['--root', box.root, 'report', '--year', '2020', '--format', formats, '--out', out];

interface Manifest {
  inputs: string;
  files: Array<{ name: string; sha256: string; stale?: { inputs: string } }>;
}
const manifestOf = (box: Sandbox): Manifest => JSON.parse(readFileSync(join(box.out, '2020', MANIFEST), 'utf8')) as Manifest;

describe('--out among the inputs', () => {
  // [--out as given (relative to the project folder, the working folder here), what the message says]
  const places: Array<[string, string]> = [
    ['datasets', 'is the input folder datasets/'],
    ['datasets/2020', 'is inside the input folder datasets/'],
    ['datasets/not-yet/deeper', 'is inside the input folder datasets/'],
    ['indicators', 'is the input folder indicators/'],
    ['templates', 'is the input folder templates/'],
    ['templates/editions', 'is inside the input folder templates/'],
    ['templates/editions/2020', 'is inside the input folder templates/'],
    ['templates/layout', 'is inside the input folder templates/'],
    ['.', 'is the project folder'],
    ['./', 'is the project folder'],
    ['..', 'is a parent of the project folder'],
    ['/', 'is a parent of the project folder'],
    ['reports/../datasets', 'is the input folder datasets/'],
    ['../link-to-datasets', 'is the input folder datasets/ (it resolves to'],
    ['../link-to-2020/new', 'is inside the input folder datasets/ (it resolves to'],
    ['../link-to-project', 'is the project folder (it resolves to'],
    ['../dangling-into-templates', 'is inside the input folder templates/ (it resolves to'],
  ];
  it.each(places)('--out %s is refused (exit 2), nothing anywhere changed', async (out, says) => {
    await inSandbox({}, async (box) => {
    symlinkSync(join(box.root, 'datasets'), join(box.tmp, 'link-to-datasets'));
    symlinkSync(join(box.root, 'datasets', '2020'), join(box.tmp, 'link-to-2020'));
    symlinkSync(box.root, join(box.tmp, 'link-to-project'));
    symlinkSync(join(box.root, 'templates', 'editions', '2099'), join(box.tmp, 'dangling-into-templates'));
    const before = tree(box.tmp);
    const r = await runCliAsync(report(box, out), { cwd: box.root });
    expect(r.status).toBe(EXIT.usage);
    expect(r.stderr).toContain(`ehalsa: --out ${out} ${says}`);
    expect(r.stderr).toMatch(/; a report may not be written among the project's inputs\n {2}hint: give the reports a folder of their own, e\.g\. --out reports \(the default\)\n$/);
    expect(tree(box.tmp)).toEqual(before);
    });
  });

  it('a folder of its own inside the project (reports/, the default) is fine', async () => {
    await inSandbox({ previous: false }, async (box) => {
    const r = await runCliAsync(['--root', box.root, 'report', '--year', '2020', '--format', 'md'], { cwd: box.root });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(manifestProblems(join(box.root, 'reports', '2020'))).toEqual([]);
    });
  });
});

describe('a year folder that is not only ehalsa’s', () => {
  const folders: Array<[string, (box: Sandbox) => void, string[]]> = [
    ['a foreign file', (box) => writeFileSync(join(box.out, '2020', 'notes.txt'), 'mine'), ['  notes.txt']],
    ['a foreign folder', (box) => mkdirSync(join(box.out, '2020', 'drafts', 'old'), { recursive: true }), ['  drafts/']],
    [
      'a foreign file among the figures',
      (box) => {
        mkdirSync(join(box.out, '2020', 'figures'));
        writeFileSync(join(box.out, '2020', 'figures', 'logo.png'), 'png');
      },
      ['  figures/logo.png'],
    ],
    ['a report file changed by hand', (box) => writeFileSync(join(box.out, '2020', 'report.md'), 'edited by hand\n'), ['  report.md (changed since ehalsa wrote it)']],
    ['a symbolic link', (box) => symlinkSync(join(box.root, 'datasets'), join(box.out, '2020', 'data')), ['  data (a symbolic link)']],
  ];
  it.each(folders)('%s: refused (exit 7), named, nothing changed', async (_, spoil, listed) => {
    await inSandbox({}, async (box) => {
    spoil(box);
    const before = tree(box.tmp);
    const r = await runCliAsync(report(box, box.out));
    expect(r.status).toBe(EXIT.output);
    expect(r.stderr).toBe(
      [
        `ehalsa: ${join(box.out, '2020')} holds files ehalsa did not write; nothing was changed:`,
        ...listed,
        `  hint: ehalsa replaces only the files its ${MANIFEST} lists; move these away, or write the report to another folder with --out`,
        '',
      ].join('\n'),
    );
    expect(tree(box.tmp)).toEqual(before);
    expect(litter(box.out)).toEqual([]);
    });
  });

  it('a folder without a manifest (not written by ehalsa, or before manifests): refused, nothing changed', async () => {
    await inSandbox({ previous: false }, async (box) => {
    mkdirSync(join(box.out, '2020', 'figures'), { recursive: true });
    writeFileSync(join(box.out, '2020', 'report.md'), 'someone’s report\n');
    writeFileSync(join(box.out, '2020', 'figures', 'figur-01.svg'), '<svg/>');
    const before = tree(box.tmp);
    const r = await runCliAsync(report(box, box.out));
    expect(r.status).toBe(EXIT.output);
    expect(r.stderr).toBe(
      [
        `ehalsa: ${join(box.out, '2020')} was not written by ehalsa (it has no ${MANIFEST}); nothing was changed:`,
        '  figures/',
        '  report.md',
        '  hint: move its contents away (a report of an ehalsa version before manifests can be deleted), or write the report to another folder with --out',
        '',
      ].join('\n'),
    );
    expect(tree(box.tmp)).toEqual(before);
    });
  });

  it('an empty year folder is taken', async () => {
    await inSandbox({ previous: false }, async (box) => {
    mkdirSync(join(box.out, '2020'));
    const r = await runCliAsync(report(box, box.out));
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(manifestProblems(join(box.out, '2020'))).toEqual([]);
    });
  });
});

describe('--format after a full build', () => {
  it('keeps the other formats byte for byte, marks them stale when the inputs changed, and says so', async () => {
    await inSandbox({ previous: false }, async (box) => {
    const full = 'md,html,json,figures';
    expect((await runCliAsync(report(box, box.out, full))).status).toBe(0);
    const built = tree(join(box.out, '2020'));
    const first = manifestOf(box);
    expect(first.files.some((f) => f.stale)).toBe(false);

    // The same inputs: md is written again (same bytes); nothing is stale, nothing is said.
    const same = await runCliAsync(report(box, box.out, 'md'));
    expect([same.status, same.stderr]).toEqual([0, '']);
    expect(tree(join(box.out, '2020'))).toEqual(built);

    // Other inputs: the new md, the rest kept as it was and marked stale with the build it came from.
    const section = join(box.root, 'templates', 'editions', '2020', 'sections');
    const [name] = readdirSync(section).sort();
    writeFileSync(join(section, name!), `${readFileSync(join(section, name!), 'utf8')}\nEn ny mening.\n`);
    const changed = await runCliAsync(report(box, box.out, 'md'));
    expect(changed.status).toBe(0);
    const figures = first.files.filter((f) => f.name.startsWith('figures/')).length;
    expect(changed.stderr).toBe(
      `ehalsa: note: ${join(box.out, '2020')} keeps report.html, report.json and figures/ (${figures} files) from an earlier build that no longer matches the inputs, marked stale in ${MANIFEST} (--format html,json,figures rebuilds them)\n`,
    );
    const after = tree(join(box.out, '2020'));
    for (const [path, hash] of built) if (path !== 'report.md' && path !== MANIFEST) expect([path, after.get(path)]).toEqual([path, hash]);
    expect(after.get('report.md')).not.toBe(built.get('report.md'));
    const second = manifestOf(box);
    expect(second.inputs).not.toBe(first.inputs);
    for (const f of second.files) expect([f.name, f.stale?.inputs]).toEqual([f.name, f.name === 'report.md' ? undefined : first.inputs]);
    expect(manifestProblems(join(box.out, '2020'))).toEqual([]);

    // A full build again: nothing stale, no note.
    const again = await runCliAsync(report(box, box.out, full));
    expect([again.status, again.stderr]).toEqual([0, '']);
    expect(manifestOf(box).files.some((f) => f.stale)).toBe(false);
    expect(manifestProblems(join(box.out, '2020'))).toEqual([]);
    expect(litter(box.out)).toEqual([]);
    });
  });

  it('--quiet keeps the note to itself; the manifest still marks the files stale', async () => {
    await inSandbox({}, async (box) => {
    const r = await runCliAsync([...report(box, box.out, 'md'), '--quiet']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(manifestOf(box).files.filter((f) => f.stale).map((f) => f.name)).toEqual(['report.html', 'report.json']);
    });
  });
});
