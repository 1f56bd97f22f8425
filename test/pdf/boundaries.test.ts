import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

/**
 * `ehalsa report --format md,html` must never load puppeteer: only src/pdf may mention it, and there
 * only as `import type` or a dynamic `import()`.
 */
const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const staticImport = /^\s*import\s+(?!type\b)[^;]*from\s+['"](puppeteer(-core)?|@sparticuz\/chromium)['"]/m;
const anyMention = /['"](puppeteer(-core)?|@sparticuz\/chromium)['"]/;

describe('puppeteer stays behind src/pdf', () => {
  it('no static import anywhere, no mention outside src/pdf', () => {
    const offenders = sourceFiles(src).filter((file) => {
      const text = readFileSync(file, 'utf8');
      const inPdf = relative(src, file).startsWith('pdf/');
      return staticImport.test(text) || (!inPdf && anyMention.test(text));
    });
    expect(offenders.map((file) => relative(src, file))).toEqual([]);
  });
});
