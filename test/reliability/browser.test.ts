/**
 * Browser faults while printing the PDF: a browser killed mid-print is retried in a fresh one (or the
 * run fails with a clear message, exit 5); either way the previous report.pdf survives until a
 * complete new one replaces it, and no Chromium of ours is left running. A browser that is missing or
 * will not start exits 6 with a how-to.
 *
 * The print tests need a browser (@sparticuz/chromium on Linux x64, or one installed); where none can
 * start they are skipped (test/support/browser.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit.js';
import { PREVIOUS_REPORT, litter, makeProject, snapshot, writePrevious, type Sandbox } from '../corpus/project.js';
import { runCliAsync } from '../corpus/run.js';
import { browserTests } from '../support/browser.js';
import { alive, descendants, isBrowser, staging, startCli, waitFor, type Proc } from './child.js';

const browser = await browserTests(import.meta.url);

const PREVIOUS_PDF = '%PDF-1.7\n% the previous good report (written by the test, must survive)\n%%EOF\n';

const pdfReport = (box: Sandbox) => ['--root', box.root, 'report', '--year', '2020', '--format', 'pdf,md', '--out', box.out];

function withPreviousPdf(): Sandbox {
  const box = makeProject();
  writePrevious(box.out, { ...PREVIOUS_REPORT, 'report.pdf': PREVIOUS_PDF });
  return box;
}

/**
 * Runs `report --format pdf,md` and SIGKILLs browsers of the run once it is printing (its staging
 * folder exists): the first one only, or every one it starts. Returns the result and every browser
 * process seen.
 */
async function printKillingBrowsers(box: Sandbox, which: 'first' | 'every') {
  const { child, done } = startCli(pdfReport(box), { timeoutMs: 240_000 });
  const seen = new Map<number, Proc>();
  const killed: number[] = [];
  let finished = false;
  const result = done.finally(() => (finished = true));
  while (!finished) {
    const browsers = child.pid ? descendants(child.pid).filter(isBrowser) : [];
    for (const b of browsers) seen.set(b.pid, b);
    if (staging(box.out) && (which === 'every' || killed.length === 0)) {
      // The browser itself: the one whose parent is the ehalsa process.
      for (const b of browsers.filter((p) => p.ppid === child.pid && !killed.includes(p.pid))) {
        process.kill(b.pid, 'SIGKILL');
        killed.push(b.pid);
      }
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { result: await result, seen: [...seen.values()], killed };
}

/**
 * Runs `report --format pdf,md`, sends it `signal` once it prints (its staging folder and a browser
 * exist) and waits for it to end.
 */
async function signalWhilePrinting(box: Sandbox, signal: NodeJS.Signals) {
  const before = snapshot(box.out);
  const { child, done } = startCli(pdfReport(box), { timeoutMs: 240_000 });
  const browsers = await waitFor(() => {
    const found = child.pid && staging(box.out) ? descendants(child.pid).filter(isBrowser) : [];
    return found.length ? found : null;
  }, 120_000);
  if (!browsers) {
    child.kill('SIGKILL');
    const r = await done;
    throw new Error(`the run never printed (no staging folder with a browser within 120 s): exit ${r.status}\n${r.stderr}`);
  }
  child.kill(signal);
  return { before, browsers, result: await done };
}

/** The profile folders of browser processes. */
function profilesOf(procs: readonly Proc[]): string[] {
  return procs.map((p) => /--user-data-dir=(\S+)/.exec(p.args)?.[1]).filter((d): d is string => Boolean(d));
}

function expectNoBrowserLeft(seen: readonly Proc[]): void {
  expect(seen.filter((p) => alive(p.pid)).map((p) => p.pid)).toEqual([]);
  // Their profile folders are gone too.
  expect(profilesOf(seen).filter((d) => existsSync(d))).toEqual([]);
}

describe('browser faults', () => {
  it('EHALSA_CHROME pointing nowhere: exit 6 with how to fix it, previous report kept', async () => {
    const box = withPreviousPdf();
    try {
      const before = snapshot(box.out);
      const r = await runCliAsync(pdfReport(box), { env: { EHALSA_CHROME: '/nonexistent' } });
      expect(r.status).toBe(EXIT.browser);
      expect(r.stderr).toBe(
        'ehalsa: EHALSA_CHROME is set to "/nonexistent", but there is no executable file there. ' +
          'Point EHALSA_CHROME at a Chrome or Chromium binary, or unset it to let ehalsa find one.\n',
      );
      expect(snapshot(box.out)).toEqual(before);
      expect(litter(box.out)).toEqual([]);
    } finally {
      box.cleanup();
    }
  });

  it('a browser that will not start: exit 6 with a hint, previous report kept', async () => {
    const box = withPreviousPdf();
    try {
      const before = snapshot(box.out);
      const r = await runCliAsync(pdfReport(box), { env: { EHALSA_CHROME: '/bin/true' } });
      expect(r.status).toBe(EXIT.browser);
      expect(r.stderr).toMatch(/^ehalsa: the browser for the PDF could not be started: .+\n {2}hint: point EHALSA_CHROME at a working Chrome or Chromium/);
      expect(snapshot(box.out)).toEqual(before);
      expect(litter(box.out)).toEqual([]);
    } finally {
      box.cleanup();
    }
  });

  browser.it('the browser killed mid-print: retried in a fresh browser (or a clear error); no Chromium left', async () => {
    const box = withPreviousPdf();
    try {
      const before = snapshot(box.out);
      const { result: r, seen, killed } = await printKillingBrowsers(box, 'first');
      expect(killed).toHaveLength(1);
      expect([EXIT.ok, EXIT.pdf]).toContain(r.status);
      if (r.status === EXIT.ok) {
        // The retry printed a complete PDF, which replaced the previous one.
        const pdf = readFileSync(join(box.out, '2020', 'report.pdf'));
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.toString('latin1')).not.toContain('the previous good report');
        expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
      } else {
        expect(r.stderr).toMatch(/^ehalsa: Printing the PDF failed after 2 attempts: /);
        expect(snapshot(box.out)).toEqual(before);
      }
      expect(litter(box.out)).toEqual([]);
      expectNoBrowserLeft(seen);
    } finally {
      box.cleanup();
    }
  }, 240_000);

  browser.it('every browser killed mid-print: exit 5 with a clear message, previous PDF intact, no Chromium left', async () => {
    const box = withPreviousPdf();
    try {
      const before = snapshot(box.out);
      const { result: r, seen, killed } = await printKillingBrowsers(box, 'every');
      expect(killed.length).toBeGreaterThanOrEqual(2);
      expect(r.status).toBe(EXIT.pdf);
      expect(r.stderr).toMatch(/^ehalsa: Printing the PDF failed after 2 attempts: .+\n$/);
      expect(snapshot(box.out)).toEqual(before);
      expect(readFileSync(join(box.out, '2020', 'report.pdf'), 'utf8')).toBe(PREVIOUS_PDF);
      expect(litter(box.out)).toEqual([]);
      expectNoBrowserLeft(seen);
    } finally {
      box.cleanup();
    }
  }, 240_000);

  browser.it('killed (SIGKILL) while printing: the previous report intact; the next run removes its staging folder and browser profile', async () => {
    const box = withPreviousPdf();
    try {
      const { before, browsers } = await signalWhilePrinting(box, 'SIGKILL');
      // Nothing of ours ran: the staging folder and the profile are left, the report is untouched.
      const left = litter(box.out);
      expect(left.some((n) => n.startsWith('.2020.tmp-'))).toBe(true);
      const withoutLitter = new Map([...snapshot(box.out)].filter(([path]) => !left.some((n) => path === n || path.startsWith(`${n}/`))));
      expect(withoutLitter).toEqual(before);
      const profiles = profilesOf(browsers);
      expect(profiles.length).toBeGreaterThan(0);

      const r = await runCliAsync(pdfReport(box), { timeoutMs: 240_000 });
      expect(r.status).toBe(EXIT.ok);
      expect(litter(box.out)).toEqual([]);
      expect(readFileSync(join(box.out, '2020', 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      expect(profiles.filter((d) => existsSync(d))).toEqual([]);
      expect(browsers.filter((b) => alive(b.pid)).map((b) => b.pid)).toEqual([]);
    } finally {
      box.cleanup();
    }
  }, 240_000);

  browser.it('interrupted (SIGINT) while printing: previous report kept, exit 130, the browser closed', async () => {
    const box = withPreviousPdf();
    try {
      const { before, browsers, result: r } = await signalWhilePrinting(box, 'SIGINT');
      expect(r.status).toBe(EXIT.interrupted);
      expect(r.stderr).toBe('ehalsa: interrupted; the unfinished report was discarded\n');
      expect(snapshot(box.out)).toEqual(before);
      expect(litter(box.out)).toEqual([]);
      expect(await waitFor(() => browsers.every((b) => !alive(b.pid)), 10_000)).toBe(true);
      expectNoBrowserLeft(browsers);
    } finally {
      box.cleanup();
    }
  }, 240_000);
});
