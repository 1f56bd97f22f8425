import { describe, expect, it } from '@jest/globals';
import { CHART_WIDTH, FONT_SIZE, LINE_COLORS, LINE_DASHES, MUTED, OUTLINE, contrastRatio, inkOn, lightness, rampColors } from '../../src/charts/theme.js';

/** The palette survives greyscale print and colour-blind readers; text and marks keep their contrast. */

describe('bar colours', () => {
  it.each([1, 2, 3, 4, 5, 6])('%i series are ordered light to dark, far enough apart in lightness', (n) => {
    const colors = rampColors(n);
    expect(colors).toHaveLength(n);
    const l = colors.map(lightness);
    for (let i = 1; i < n; i++) {
      expect(l[i - 1]! - l[i]!).toBeGreaterThanOrEqual(n <= 5 ? 15 : 12); // distinguishable in greyscale
    }
  });

  it('outlines every bar with at least 3:1 against the page', () => {
    expect(contrastRatio(OUTLINE, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('puts labels inside segments with at least 4.5:1', () => {
    for (let n = 1; n <= 6; n++) {
      for (const c of rampColors(n)) expect(contrastRatio(inkOn(c), c)).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('line colours', () => {
  it('each line has at least 3:1 against the page and its own dash pattern', () => {
    for (const c of LINE_COLORS) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(new Set(LINE_DASHES.map((d) => d.join(','))).size).toBe(LINE_DASHES.length);
    expect(LINE_DASHES.length).toBe(LINE_COLORS.length);
  });
});

describe('text', () => {
  it('is readable when printed at the 160 mm text width', () => {
    // one SVG unit prints as one point at 160 mm = 453.5 pt
    expect(Math.abs(CHART_WIDTH - (160 / 25.4) * 72)).toBeLessThan(1);
    expect(FONT_SIZE).toBeGreaterThanOrEqual(9);
    expect(contrastRatio(MUTED, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
