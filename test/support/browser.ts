import { describe, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../src/pdf/printing/browser.js';
import { launchBrowser } from '../../src/pdf/printing/launch.js';
import { projectRoot } from './cli.js';

/**
 * The tests that need a browser (printing PDFs, axe-core in Chromium, the CLI making a PDF) run in the
 * default `npm test`. Where no browser can start, they are skipped, and say so: their titles end in
 * "[skipped: no browser can start]" and the file prints why on stderr. With EHALSA_TEST_BROWSER=required
 * (for a machine that must have one, such as CI's) a missing browser fails them instead.
 *
 *   const browser = await browserTests(import.meta.url);
 *   browser.describe('printing', () => { … });      // or browser.it(…) beside tests that need none
 *
 * Whether a browser starts is found out once per test run (test/support/global-setup.js names a folder
 * for the answer): the first file that asks launches the browser the CLI would use, and closes it.
 */

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => Promise<unknown> | void, timeout?: number) => void;

export interface BrowserTests {
  /** Why no browser can start here; null when one can. */
  unavailable: string | null;
  describe: Describe;
  it: It;
}

const SKIPPED = '[skipped: no browser can start]';

export async function browserTests(testFile: string): Promise<BrowserTests> {
  const unavailable = await noBrowser();
  if (unavailable === null) return { unavailable, describe, it };
  const file = relative(projectRoot, fileURLToPath(testFile));
  if (process.env['EHALSA_TEST_BROWSER'] === 'required') {
    throw new Error(`${file}: no browser can start, and EHALSA_TEST_BROWSER=required: ${unavailable}`);
  }
  process.stderr.write(`${file}: the tests that need a browser are skipped — no browser can start here: ${unavailable}\n`);
  return {
    unavailable,
    describe: (name, fn) => describe.skip(`${name} ${SKIPPED}`, fn),
    it: (name, fn, timeout) => it.skip(`${name} ${SKIPPED}`, fn, timeout),
  };
}

let probed: Promise<string | null> | undefined;

/** Why no browser can start (the one the CLI would find, launched and closed), or null. */
export function noBrowser(): Promise<string | null> {
  return (probed ??= probe());
}

async function probe(): Promise<string | null> {
  const dir = process.env['EHALSA_TEST_RUN'];
  const answer = dir ? join(dir, 'browser.json') : null;
  if (answer) {
    try {
      return (JSON.parse(readFileSync(answer, 'utf8')) as { unavailable: string | null }).unavailable;
    } catch {
      // not asked yet in this run
    }
  }
  const why = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));
  let unavailable: string | null = null;
  try {
    const candidate = await findBrowser();
    try {
      await (await launchBrowser(candidate, 60_000)).close();
    } catch (error) {
      unavailable = `${candidate.executablePath} (found through ${candidate.source}) would not start: ${why(error)}`;
    }
  } catch (error) {
    unavailable = why(error);
  }
  if (answer) writeFileSync(answer, JSON.stringify({ unavailable }));
  return unavailable;
}
