import { existsSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PdfRenderError, openPrinter } from '../../src/pdf/index.js';
import { browserTests } from '../support/browser.js';
import { fixtureMeta, loadFixtureHtml } from './helpers.js';

const browser = await browserTests(import.meta.url);

browser.describe('a document that does not finish in time', () => {
  it('is retried once in a fresh browser, then fails with PdfRenderError, leaving nothing running', async () => {
    const printer = await openPrinter({ timeoutMs: 250 });
    const firstPid = printer.pid;
    const firstProfile = printer.profileDir;
    try {
      const error = await printer.print(await loadFixtureHtml(), fixtureMeta).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfRenderError);
      expect(error).toMatchObject({ attempts: 2, message: expect.stringMatching(/after 2 attempts: .*did not finish within/) });
      // The hung browser was replaced (a timeout may mean a hung renderer) and cleaned up.
      expect(printer.pid).not.toBe(firstPid);
      expect(isRunning(firstPid ?? -1)).toBe(false);
      expect(existsSync(firstProfile)).toBe(false);
    } finally {
      await printer.close();
    }
    expect(isRunning(printer.pid ?? -1)).toBe(false);
    expect(existsSync(printer.profileDir)).toBe(false);
  }, 60_000);
});

describe('PdfRenderError', () => {
  it("gives each attempt's reason, once when they were the same", () => {
    expect(new PdfRenderError(['the browser closed while printing', 'the browser closed while printing'])).toMatchObject({
      attempts: 2,
      message: 'Printing the PDF failed after 2 attempts: the browser closed while printing',
    });
    expect(new PdfRenderError(['the browser closed while printing', 'Paged.js could not paginate the document: x'])).toMatchObject({
      attempts: 2,
      message: 'Printing the PDF failed after 2 attempts: attempt 1: the browser closed while printing; attempt 2: Paged.js could not paginate the document: x',
    });
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
