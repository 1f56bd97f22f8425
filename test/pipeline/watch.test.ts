import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchTree } from '../../src/pipeline/watch.js';

/** preview's file watch: every kind of save and every file or folder added is seen, again and again. */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `seen` has a path matching `pattern` (then forgets what was seen); false after 5 s. */
async function saw(seen: string[], pattern: RegExp): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (seen.some((p) => pattern.test(p))) {
      await sleep(50);
      seen.length = 0;
      return true;
    }
    await sleep(50);
  }
  return false;
}

describe('watchTree', () => {
  it('sees writes, saves by rename (each time), new files, new folders and what is in them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ehalsa-watch-'));
    dirs.push(root);
    mkdirSync(join(root, 'templates', 'editions', '2021', 'sections'), { recursive: true });
    mkdirSync(join(root, 'datasets'));
    mkdirSync(join(root, 'reports'));
    const file = join(root, 'templates', 'editions', '2021', 'sections', '10-inledning.md');
    writeFileSync(file, 'a\n');
    const seen: string[] = [];
    const watcher = watchTree(root, ['templates', 'datasets', 'indicators'], (p) => seen.push(p));
    try {
      await sleep(100);
      writeFileSync(file, 'b\n');
      expect(await saw(seen, /sections\/10-inledning\.md$/)).toBe(true);
      // An atomic save (a new file renamed over the old one), twice, then an ordinary write: each is seen.
      for (const text of ['c\n', 'd\n']) {
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
        expect(await saw(seen, /sections\/10-inledning\.md$/)).toBe(true);
      }
      writeFileSync(file, 'e\n');
      expect(await saw(seen, /sections\/10-inledning\.md$/)).toBe(true);
      // A file added, a folder added and a file in it, then written again.
      writeFileSync(join(root, 'templates', 'editions', '2021', 'sections', '20-ny.md'), 'x\n');
      expect(await saw(seen, /sections\/20-ny\.md$/)).toBe(true);
      mkdirSync(join(root, 'datasets', '2021'));
      expect(await saw(seen, /^datasets\/2021$/)).toBe(true);
      writeFileSync(join(root, 'datasets', '2021', 'NY-2.yaml'), 'indicator: "NY:2"\n');
      expect(await saw(seen, /^datasets\/2021\/NY-2\.yaml$/)).toBe(true);
      writeFileSync(join(root, 'datasets', '2021', 'NY-2.yaml'), 'indicator: "NY:2"\nyear: 2021\n');
      expect(await saw(seen, /^datasets\/2021\/NY-2\.yaml$/)).toBe(true);
      // A top folder that did not exist when the watch began.
      mkdirSync(join(root, 'indicators'));
      expect(await saw(seen, /^indicators$/)).toBe(true);
      writeFileSync(join(root, 'indicators', 'goals.yaml'), 'x: 1\n');
      expect(await saw(seen, /^indicators\/goals\.yaml$/)).toBe(true);
      // A file removed is a change too; what is outside the watched folders is not.
      unlinkSync(join(root, 'datasets', '2021', 'NY-2.yaml'));
      expect(await saw(seen, /^datasets\/2021\/NY-2\.yaml$/)).toBe(true);
      writeFileSync(join(root, 'reports', 'report.html'), '<html>');
      writeFileSync(join(root, 'notes.txt'), 'x');
      await sleep(300);
      expect(seen).toEqual([]);
    } finally {
      watcher.close();
    }
    // Closed: nothing more is reported.
    writeFileSync(file, 'f\n');
    await sleep(300);
    expect(seen).toEqual([]);
  }, 60_000);
});
