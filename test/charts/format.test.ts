import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatProblem } from '../../src/charts/format.js';

/**
 * `format` of a figure is checked when the edition loads, with d3-format's own grammar: what the check
 * accepts, d3-format reads and prints a number with; what d3-format cannot read, the check refuses.
 */
// d3-format has no type declarations here (it comes with vega); a name in a variable imports it untyped.
const d3FormatModule = 'd3-format';
const d3 = (await import(d3FormatModule)) as { formatSpecifier: (s: string) => unknown; format: (s: string) => (n: number) => string };

const pieces = ['', ',', '.', '.1', '.20', '~', 'f', 'r', 's', '%', 'e', 'd', 'c', 'z', 'zz', '%%', '0', '08', '999', '$', '#', '+', '-', '(', ' ', '<', '>', '^', '=', '*', 'x', 'X', 'n'];

describe('formatProblem', () => {
  it('accepts only what d3-format reads, and never what it throws on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const specifier = parts.join('');
        let d3Reads = true;
        try {
          d3.formatSpecifier(specifier);
        } catch {
          d3Reads = false;
        }
        if (formatProblem(specifier) === null) expect(typeof d3.format(specifier)(1234.5)).toBe('string');
        if (!d3Reads) expect(formatProblem(specifier)).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what d3 reads but prints no number with, or pads without end', () => {
    expect(formatProblem('zz%%')).toMatch(/cannot read/);
    expect(formatProblem(',.1c')).toMatch(/"c" is not a type/);
    expect(formatProblem('q')).toMatch(/"q" is not a type/);
    expect(formatProblem('999999999,.0f')).toMatch(/width/);
    for (const ok of [',.1f', ',.2f', ',~r', ',.0f', '.0%', '', '~s', '$,.2f']) expect(formatProblem(ok)).toBeNull();
  });
});
