/**
 * The swap and what killed runs leave: a swap cut off by SIGKILL is rolled back by the next run, a swap
 * that fails half-way is rolled back at once, a cleanup that fails after the commit point is no
 * failure, and staging folders and locks of runs that are gone (or whose pid now belongs to another
 * program) are removed or taken over at once.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { MANIFEST } from '../../src/pipeline/manifest.js';
import { PREVIOUS_REPORT, inSandbox, litter, manifestProblems, snapshot, type Sandbox } from '../corpus/project.js';
import { runCliAsync } from '../corpus/run.js';
import { startCli } from './child.js';

const report = (box: Sandbox, formats = 'md,html,json') => ['--root', box.root, 'report', '--year', '2020', '--format', formats, '--out', box.out];

function breakLayout(box: Sandbox): void {
  writeFileSync(join(box.root, 'templates', 'layout', 'partials', 'block-paragraph.hbs'), '{{#if inlines}}\n<p>…</p>\n');
}

/** A process's start time as /proc records it (what ehalsa writes beside a pid). */
function startOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

/** A pid that is certainly not running: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('the swap', () => {
  it('killed (SIGKILL) half-way through the swap: the next run puts the previous report back, then writes its own', async () => {
    await inSandbox({}, async (box) => {
    const before = snapshot(box.out);
    // The second staged file renamed into place, then SIGKILL: the folder holds old and new files.
    const killed = await startCli(report(box), { faults: true, env: { EHALSA_TEST_SWAP_FAULT: '2:kill' } }).done;
    expect(killed.status).toBe(-1);
    expect(litter(box.out).some((n) => n.startsWith('.2020.old-'))).toBe(true);
    expect(snapshot(box.out)).not.toEqual(before);

    // A run that then fails at the layout still recovers first: the previous report, whole.
    const layout = join(box.root, 'templates', 'layout', 'partials', 'block-paragraph.hbs');
    const good = readFileSync(layout, 'utf8');
    breakLayout(box);
    const failed = await runCliAsync(report(box));
    expect(failed.status).toBe(EXIT.render);
    expect(snapshot(box.out)).toEqual(before);
    expect(litter(box.out)).toEqual([]);

    writeFileSync(layout, good);
    const next = await runCliAsync(report(box));
    expect([next.status, next.stderr]).toEqual([0, '']);
    expect(manifestProblems(join(box.out, '2020'))).toEqual([]);
    expect(readFileSync(join(box.out, '2020', 'report.md'), 'utf8')).not.toBe(PREVIOUS_REPORT['report.md']);
    expect(litter(box.out)).toEqual([]);
    });
  });

  it('a swap that fails half-way is rolled back: exit 7, the previous report as it was, no litter', async () => {
    await inSandbox({}, async (box) => {
    const before = snapshot(box.out);
    const r = await startCli(report(box), { faults: true, env: { EHALSA_TEST_SWAP_FAULT: '2:fail' } }).done;
    expect(r.status).toBe(EXIT.output);
    expect(r.stderr).toBe(`ehalsa: cannot write the 2020 report to ${join(box.out, '2020')}: EIO\n  hint: check the folder given with --out, or choose another\n`);
    expect(snapshot(box.out)).toEqual(before);
    expect(litter(box.out)).toEqual([]);
    });
  });

  it('a cleanup that fails after the commit point is no failure: exit 0, the new report in place; the next run removes the rest', async () => {
    await inSandbox({}, async (box) => {
    const r = await startCli(report(box), { faults: true, env: { EHALSA_TEST_FAIL_CLEANUP: '1' } }).done;
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(manifestProblems(join(box.out, '2020'))).toEqual([]);
    expect(readFileSync(join(box.out, '2020', 'report.md'), 'utf8')).not.toBe(PREVIOUS_REPORT['report.md']);
    const after = snapshot(join(box.out, '2020'));
    // The backup the cleanup could not remove holds no journal: it is never rolled back.
    const left = litter(box.out);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.2020\.old-/);
    expect(snapshot(join(box.out, left[0]!)).has('journal.json')).toBe(false);

    breakLayout(box);
    expect((await runCliAsync(report(box))).status).toBe(EXIT.render);
    expect(litter(box.out)).toEqual([]);
    expect(snapshot(join(box.out, '2020'))).toEqual(after);
    });
  });
});

describe('what runs that are gone left behind', () => {
  it('staging folders of dead runs are removed (any year), a live run’s staging folder is kept', async () => {
    await inSandbox({}, async (box) => {
    const dead = await deadPid();
    const live = `${process.pid}.${startOf(process.pid)}`;
    const leftovers = [`.2020.tmp-${dead}.12345-0a1b2c3d`, `.2021.tmp-${dead}-00ff00ff`, `.2020.tmp-${live}-deadbeef`];
    for (const name of leftovers) {
      mkdirSync(join(box.out, name, 'figures'), { recursive: true });
      writeFileSync(join(box.out, name, 'report.md'), 'half-written');
    }
    const r = await runCliAsync(report(box));
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(litter(box.out)).toEqual([`.2020.tmp-${live}-deadbeef`]);
    });
  });

  // The owner: a pid that has exited, or a living process that is not ehalsa (`sleep`).
  const stale: Array<[string, 'dead' | 'other', (pid: number) => string]> = [
    ['whose owner is gone', 'dead', (pid) => `${pid}.${startOf(process.pid)}\n`],
    ['whose pid now belongs to another program (another start time)', 'other', (pid) => `${pid}.1\n`],
    ['of an earlier version (a bare pid) whose pid belongs to another program', 'other', (pid) => `${pid}\n`],
    ['that is empty (its owner died before writing it)', 'dead', () => ''],
  ];
  it.each(stale)('a lock %s is taken over at once', async (_, owner, content) => {
    const other = spawn('sleep', ['60']);
    try {
      await inSandbox({}, async (box) => {
        const lock = join(box.out, '.2020.lock');
        writeFileSync(lock, content(owner === 'dead' ? await deadPid() : other.pid!));
        // An empty lock is trusted for 2 s (its owner may be about to write it): this one is older.
        const old = new Date(Date.now() - 10_000);
        utimesSync(lock, old, old);
        const started = Date.now();
        const r = await runCliAsync(report(box));
        expect([r.status, r.stderr]).toEqual([0, '']);
        // Taken over, not waited for: the wait for a live owner is 60 s.
        expect(Date.now() - started).toBeLessThan(30_000);
        expect(litter(box.out)).toEqual([]);
        const names = (JSON.parse(readFileSync(join(box.out, '2020', MANIFEST), 'utf8')) as { files: Array<{ name: string }> }).files.map((f) => f.name);
        expect(names).toEqual(['report.html', 'report.json', 'report.md']);
      });
    } finally {
      other.kill('SIGKILL');
    }
  });
});
