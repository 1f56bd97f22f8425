/**
 * Failures never destroy a good report: the report is staged in <out>/.<year>.tmp-* and swapped in
 * whole. A run that fails (at the layout, or after staging began), two runs on one folder at once,
 * and runs interrupted while writing or holding the lock for the swap all leave either the previous
 * report or one complete new one — and no staging folders, replaced folders or locks.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { PREVIOUS_REPORT, litter, makeProject, snapshot, type Sandbox } from '../corpus/project.js';
import { runCliAsync } from '../corpus/run.js';
import { staging, startCli, waitFor } from './child.js';

const report = (box: Sandbox, out = box.out) => ['--root', box.root, 'report', '--year', '2020', '--format', 'md,html,json', '--out', out];

/** Marks a project's output, so that a report can be traced to the run that wrote it. */
function variant(box: Sandbox, name: string): void {
  const path = join(box.root, 'templates', 'editions', '2020', 'edition.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace('subtitle: Rapport avseende år 2020', `subtitle: Rapport avseende år 2020 (${name})`));
}

/** Which variant wrote each file of <out>/2020; one name when the folder is one run's report. */
function writers(out: string, names: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of ['report.md', 'report.html', 'report.json']) {
    const text = readFileSync(join(out, '2020', file), 'utf8');
    const by = names.filter((n) => text.includes(`(${n})`));
    expect(by).toHaveLength(1);
    found.add(by[0]!);
  }
  return found;
}

describe('atomic output', () => {
  it('a run that fails at the layout leaves the previous report and no staging folder', async () => {
    const box = makeProject();
    try {
      writeFileSync(join(box.root, 'templates', 'layout', 'partials', 'block-paragraph.hbs'), '{{#if inlines}}\n<p>…</p>\n');
      const before = snapshot(box.out);
      const r = await runCliAsync(report(box));
      expect(r.status).toBe(EXIT.render);
      expect(r.stderr).toContain('the block {{#if}} is never closed');
      expect(snapshot(box.out)).toEqual(before);
      expect(litter(box.out)).toEqual([]);
    } finally {
      box.cleanup();
    }
  });

  it('a run that fails after staging began (disk full) leaves the previous report, exit 7', async () => {
    const box = makeProject();
    try {
      const before = snapshot(box.out);
      const { done } = startCli(report(box), { faults: true, env: { EHALSA_TEST_FAIL_WRITE: 'report.json' } });
      const r = await done;
      expect(r.status).toBe(EXIT.output);
      expect(r.stderr).toBe(`ehalsa: cannot write the 2020 report to ${join(box.out, '2020')}: the disk is full\n  hint: check the folder given with --out, or choose another\n`);
      expect(snapshot(box.out)).toEqual(before);
      expect(litter(box.out)).toEqual([]);
    } finally {
      box.cleanup();
    }
  });

  it('two runs at once on one output folder both succeed and leave one complete report', async () => {
    const a = makeProject();
    const b = makeProject({ previous: false });
    try {
      variant(a, 'A');
      variant(b, 'B');
      // Once as they come, once with slow writes and a slow swap, so that the runs overlap in staging
      // and one waits for the other's swap.
      for (const faults of [false, true]) {
        const env: Record<string, string> = faults ? { EHALSA_TEST_SLOW_WRITE_MS: '200', EHALSA_TEST_SLOW_SWAP_MS: '1500' } : {};
        const [ra, rb] = await Promise.all([startCli(report(a), { faults, env }).done, startCli(report(b, a.out), { faults, env }).done]);
        expect([ra.status, ra.stderr, rb.status, rb.stderr]).toEqual([0, '', 0, '']);
        expect(writers(a.out, ['A', 'B']).size).toBe(1);
        expect(litter(a.out)).toEqual([]);
      }
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  const interruptions: [string, NodeJS.Signals, Record<string, string>, (out: string) => boolean][] = [
    ['while the report is written', 'SIGINT', { EHALSA_TEST_SLOW_WRITE_MS: '1000' }, (out) => staging(out)],
    ['holding the lock, just before the swap', 'SIGINT', { EHALSA_TEST_SLOW_SWAP_MS: '5000' }, (out) => staging(out) && litter(out).includes('.2020.lock')],
    ['by SIGTERM while the report is written', 'SIGTERM', { EHALSA_TEST_SLOW_WRITE_MS: '1000' }, (out) => staging(out)],
  ];
  it.each(interruptions)('a run interrupted %s keeps the previous report, exits 128+signal, leaves no litter', async (_, signal, env, ready) => {
    const box = makeProject();
    try {
      const before = snapshot(box.out);
      const { child, done } = startCli(report(box), { faults: true, env });
      expect(await waitFor(() => ready(box.out))).toBe(true);
      child.kill(signal);
      const r = await done;
      expect(r.status).toBe(signal === 'SIGINT' ? EXIT.interrupted : 143);
      expect(r.stderr).toBe('ehalsa: interrupted; the unfinished report was discarded\n');
      expect(snapshot(box.out)).toEqual(before);
      expect(readFileSync(join(box.out, '2020', 'report.md'), 'utf8')).toBe(PREVIOUS_REPORT['report.md']);
      expect(litter(box.out)).toEqual([]);
    } finally {
      box.cleanup();
    }
  });
});
