import { describe, expect, it } from '@jest/globals';
import fontkit from '@pdf-lib/fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADVANCES, METRIC_CHARS, textWidth } from '../../src/charts/metrics.js';
import { linesWidth, wrapText } from '../../src/charts/wrap.js';
import { root } from './helpers.js';

/**
 * The advance widths in src/charts/metrics.ts are Source Sans 3's own, read here from the font files
 * the HTML embeds. After a font update run `UPDATE_METRICS=1 npm test -- test/charts/metrics.test.ts`
 * to rewrite the table.
 */

const WEIGHTS = [400, 600, 700] as const;

interface HmtxFont {
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number };
  hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
  unitsPerEm: number;
}

function fontAdvances(weight: number): number[] {
  const file = join(root, 'node_modules', '@fontsource', 'source-sans-3', 'files', `source-sans-3-latin-${weight}-normal.woff`);
  const font = fontkit.create(readFileSync(file)) as unknown as HmtxFont;
  expect(font.unitsPerEm).toBe(1000);
  const metrics = font.hmtx.metrics;
  return [...METRIC_CHARS].map((c) => {
    const cp = c.codePointAt(0)!;
    expect(font.hasGlyphForCodePoint(cp)).toBe(true);
    const id = font.glyphForCodePoint(cp).id;
    return metrics.get(Math.min(id, metrics.length - 1)).advance;
  });
}

describe('Source Sans 3 metrics', () => {
  it.each(WEIGHTS)('weight %i matches the font file', (weight) => {
    const actual = fontAdvances(weight);
    if (process.env['UPDATE_METRICS'] === '1' && JSON.stringify(actual) !== JSON.stringify(ADVANCES[weight])) {
      const path = join(root, 'src', 'charts', 'metrics.ts');
      const rows: string[] = [];
      for (let i = 0; i < actual.length; i += 24) rows.push(`    ${actual.slice(i, i + 24).join(', ')},`);
      const text = readFileSync(path, 'utf8').replace(new RegExp(`(  ${weight}: \\[\\n)[\\s\\S]*?(\\n  \\],)`), `$1${rows.join('\n')}$2`);
      writeFileSync(path, text);
      return;
    }
    expect(ADVANCES[weight]).toEqual(actual);
  });

  it('measures text as the font sets it', () => {
    // "0" is 497 units: ten digits at 10 pt are 49.7 pt wide
    expect(textWidth('0123456789', 10)).toBeCloseTo(49.7, 5);
    expect(textWidth('66', 9)).toBeCloseTo(8.946, 3);
    // semibold is wider
    expect(textWidth('Region', 10, 600)).toBeGreaterThan(textWidth('Region', 10));
    // a character the table lacks counts as an average letter, never as nothing
    expect(textWidth('\u4e2d', 10)).toBeGreaterThan(3);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const lines = wrapText('SIP med stöd av video inför utskrivning från slutenvården', 90, 9);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('SIP med stöd av video inför utskrivning från slutenvården');
    expect(linesWidth(lines, 9)).toBeLessThanOrEqual(90);
  });

  it('ends a cut text with an ellipsis within the width', () => {
    const lines = wrapText('ett två tre fyra fem sex sju åtta nio tio elva tolv', 40, 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 9)).toBeLessThanOrEqual(40);
  });

  it('keeps a word wider than the line whole', () => {
    expect(wrapText('Informationssäkerhetsklassning', 20, 9)).toEqual(['Informationssäkerhetsklassning']);
  });
});
