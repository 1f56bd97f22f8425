/**
 * Property tests: the promises the text module makes to a sentence generator, checked against the
 * printed text read back by test helpers that do not use src/text.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Unit } from '../../src/model/registry.js';
import { approximate } from '../../src/text/approximate.js';
import { describeChange, phraseFromTo, showChange } from '../../src/text/change.js';
import { formatNumber, parseNumber } from '../../src/text/number.js';
import { describeRatio } from '../../src/text/ratio.js';
import { formatScaled } from '../../src/text/scale.js';
import { ordinalNumeric, ordinalWord } from '../../src/text/words.js';
import { lastDigitUnit, readShown } from './helpers.js';

const RUNS = { numRuns: 2000 };
/** Mostly small values (where rounding to zero happens), some huge ones. */
const anyValue = fc.oneof(
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.double({ min: -5e12, max: 5e12, noNaN: true }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 20), // exact halves and twentieths
);
const decimals = fc.integer({ min: 0, max: 3 });
const measuredUnit = fc.constantFrom<Unit>('procent', 'antal', 'kronor', 'poang', 'per-invanare', 'per-1000-invanare');
/** Float slack when comparing a value with a number read back from text. */
const slack = (x: number): number => Math.max(1, Math.abs(x)) * 1e-12;

describe('formatNumber properties', () => {
  it('is stable: format(parse(format(x))) === format(x)', () => {
    fc.assert(
      fc.property(anyValue, decimals, (x, d) => {
        const text = formatNumber(x, { decimals: d });
        expect(formatNumber(parseNumber(text), { decimals: d })).toBe(text);
      }),
      RUNS,
    );
  });

  it('prints Swedish digits only: comma decimals, NBSP groups, U+2212 minus, never "−0"', () => {
    fc.assert(
      fc.property(anyValue, decimals, (x, d) => {
        const text = formatNumber(x, { decimals: d });
        expect(text).not.toContain('.');
        expect(text).not.toMatch(/[ \u2009\u202F-]/);
        expect(text).toMatch(/^\u2212?\d{1,3}(\u00A0\d{3})*(,\d+)?$/);
        expect(text).not.toMatch(/^\u22120(,0*)?$/);
      }),
      RUNS,
    );
  });

  it('is within half a unit of the last digit of the value', () => {
    fc.assert(
      fc.property(anyValue, decimals, (x, d) => {
        const shown = readShown(formatNumber(x, { decimals: d }));
        expect(Math.abs(shown - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + slack(x));
      }),
      RUNS,
    );
  });
});

describe('scale properties', () => {
  it('shows a scaled count within half its last digit and keeps numbers unbroken', () => {
    fc.assert(
      fc.property(anyValue, (x) => {
        const text = formatScaled(x);
        const number = text.replace(/ (miljon|miljoner|miljard|miljarder|biljon|biljoner)$/, '');
        expect(number).not.toMatch(/[ .]/);
        expect(Math.abs(readShown(text) - x)).toBeLessThanOrEqual(lastDigitUnit(text) / 2 + slack(x));
        if (/ miljon$| miljard$| biljon$/.test(text)) expect(Math.abs(readShown(text))).toBe(10 ** (text.endsWith('miljon') ? 6 : text.endsWith('miljard') ? 9 : 12));
      }),
      RUNS,
    );
  });
});

describe('approximate properties', () => {
  it('drygt X ⇒ value > X, knappt X ⇒ value < X, under X ⇒ value < X, no word ⇒ value = X', () => {
    fc.assert(
      fc.property(anyValue, measuredUnit, fc.option(decimals, { nil: undefined }), (value, unit, d) => {
        const result = approximate(value, { unit, decimals: d });
        const shown = readShown(result.text);
        const digit = lastDigitUnit(result.text);
        switch (result.word) {
          case 'drygt':
            expect(value).toBeGreaterThan(shown);
            expect(value - shown).toBeLessThanOrEqual(digit / 2 + slack(value));
            expect(result.text.startsWith('drygt ')).toBe(true);
            break;
          case 'knappt':
            expect(value).toBeLessThan(shown);
            expect(shown - value).toBeLessThanOrEqual(digit / 2 + slack(value));
            break;
          case 'under':
            expect(value).toBeGreaterThan(0);
            expect(value).toBeLessThan(shown);
            expect(result.text).toMatch(/^under /);
            break;
          case 'cirka':
            expect(value).toBeLessThan(0); // directional words are only used for positive values
            break;
          case null:
            expect(Math.abs(value - shown)).toBeLessThanOrEqual(digit * 1e-6 + slack(value));
            expect(result.text).not.toMatch(/^(drygt|knappt|cirka|under) /);
            break;
          default:
            throw new Error(`unexpected word ${String(result.word)}`);
        }
      }),
      RUNS,
    );
  });
});

describe('change properties', () => {
  it('the direction word agrees with the sign of the change as displayed', () => {
    fc.assert(
      fc.property(anyValue, measuredUnit, decimals, fc.boolean(), (d, unit, places, relative) => {
        const words = describeChange(d, unit, { decimals: places, relative });
        const amount = readShown(words.amount);
        const verbs = [words.perfect, words.past, words.present, words.noun].join(' | ');
        if (amount === 0) {
          expect(verbs).toMatch(/legat kvar|låg kvar|oförändrad|ingen förändring/);
          expect(verbs).not.toMatch(/ök|minsk/);
        } else if (d > 0) {
          expect(verbs).toBe('har ökat | ökade | ökar | en ökning');
        } else {
          expect(d).toBeLessThan(0);
          expect(verbs).toBe('har minskat | minskade | minskar | en minskning');
        }
      }),
      RUNS,
    );
  });

  it('never says ökat for a change that rounds to zero at the displayed precision', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.4999, max: 0.4999, noNaN: true }), decimals, (frac, places) => {
        const d = frac * 10 ** -places; // strictly less than half a unit of the last digit
        expect(describeChange(d, 'procent', { decimals: places }).direction).toBe('unchanged');
      }),
      RUNS,
    );
  });

  it('from–to phrases agree with the two numbers they print', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        decimals,
        (from, to, places) => {
          const c = showChange({ value: from, qualifier: null }, { value: to, qualifier: null }, 'procent', { decimals: places });
          const text = phraseFromTo({ from: c.from, to: c.to, fromYear: 2019, toYear: 2020 }, c).perfect;
          const kept = /^har legat kvar på (.+) procent sedan år 2019$/.exec(text);
          if (kept) {
            // Equal as printed: the same number, whatever word stands before it ("under 1" and "knappt 1").
            expect(c.from.shown).toBe(c.to.shown);
            return;
          }
          const m = /^har (ökat|minskat) från (.+) procent år 2019 till (.+) procent år 2020$/.exec(text);
          expect(m).not.toBeNull();
          const a = readShown(m?.[2] ?? '');
          const b = readShown(m?.[3] ?? '');
          expect(m?.[1] === 'ökat' ? b > a : b < a).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('ratio properties', () => {
  it('nästan means below the multiple, drygt above, ökning above 1, minskning below 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 12, noNaN: true }), (ratio) => {
        const words = describeRatio(ratio);
        if (words.startsWith('nästan')) expect(ratio).toBeLessThan(words.includes('halvering') ? 1 : Math.round(ratio));
        if (words.startsWith('drygt')) expect(ratio).toBeGreaterThan(Math.round(ratio));
        if (words.startsWith('en ökning')) expect(ratio).toBeGreaterThan(1);
        if (words.startsWith('en minskning')) expect(ratio).toBeLessThan(1);
        if (words === 'en fördubbling') expect(Math.abs(ratio - 2)).toBeLessThanOrEqual(0.005 + 1e-12);
        if (words.startsWith('nästan en fördubbling')) expect(ratio).toBeGreaterThanOrEqual(1.9);
      }),
      RUNS,
    );
  });
});

describe('ordinal properties', () => {
  it('the numeric suffix ends like the Swedish ordinal word', () => {
    for (let n = 1; n <= 12; n += 1) {
      expect(ordinalNumeric(n).slice(-1)).toBe(ordinalWord(n).slice(-1));
    }
  });

  it('the suffix depends on the last two digits only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        const tail = (n % 100) + 100; // same last two digits, at least three digits
        expect(ordinalNumeric(n).slice(-1)).toBe(ordinalNumeric(tail).slice(-1));
      }),
    );
  });
});
