import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { readPrintCss } from './helpers.js';

/** The print flavour's styles (src/assets/styles.ts: report.css then print.css), comments taken out. */
async function printRules(): Promise<string> {
  const report = await readFile(new URL('../../templates/layout/report.css', import.meta.url), 'utf8');
  return `${report}\n${await readPrintCss()}`.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * print.css's "Numbers" section: no CSS counters, since any element that sets one makes Chromium recount
 * the whole document at the next layout, and Paged.js lays out several times per page. The numbers are
 * written in by src/pdf/printing/paged.ts instead (print.test.ts checks that they come out right).
 */
describe('the print styles', () => {
  it('uses no CSS counters and no list-item footnote markers', async () => {
    const rules = await printRules();
    for (const pattern of [/counter\s*\(/, /counters\s*\(/, /counter-(increment|reset|set)\s*:/, /::footnote-marker/, /display\s*:\s*list-item/]) {
      expect({ pattern: String(pattern), found: pattern.exec(rules)?.[0] }).toEqual({ pattern: String(pattern), found: undefined });
    }
  });

  it('shows the numbers the printer writes in', async () => {
    const rules = await printRules();
    expect(rules).toContain('var(--ehalsa-folio');
    expect(rules).toContain('var(--ehalsa-target-page');
    expect(rules).toContain('attr(data-footnote-number)');
  });
});
