/**
 * Property tests: what a sentence may rely on, checked on the printed text read back without src/text.
 * - the direction word agrees with the two numbers as printed (never "ökat" next to equal numbers);
 * - "drygt X" is never below the value's X, "knappt X" never above, no word means X is the value rounded;
 * - the same data gives the same text, whatever order the observations come in.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Qualifier } from '../../src/model/observation.js';
import { datasetsOf, fact, o } from './fixture.js';

const RUNS = { numRuns: 300 };
const SCALES: Record<string, number> = { miljon: 6, miljoner: 6, miljard: 9, miljarder: 9, biljon: 12, biljoner: 12 };

/** The first number of a phrase as a reader takes it: "knappt 0,9 miljoner" → 900 000. */
function readShown(text: string): number {
  const m = /(\d{1,3}(?:\u00A0\d{3})*(?:,\d+)?)(?: (miljon|miljoner|miljard|miljarder|biljon|biljoner))?/.exec(text);
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(`${m[1]!.replace(/\u00A0/g, '').replace(',', '.')}e${m[2] ? SCALES[m[2]] : 0}`);
}

/** One unit of the last printed digit: "38,6 procent" → 0,1; "1,8 miljoner" → 100 000. */
function lastDigit(text: string): number {
  const m = /\d+(?:,(\d+))?(?: (miljon|miljoner|miljard|miljarder|biljon|biljoner))?/.exec(text.replace(/\u00A0(?=\d)/g, ''));
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(`1e${(m[2] ? SCALES[m[2]]! : 0) - (m[1]?.length ?? 0)}`);
}

const share = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), fc.double({ min: 0, max: 100, noNaN: true }));
const count = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0, max: 5e10, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }));
const qualifier = fc.constantFrom<Qualifier | null>(null, null, null, 'drygt', 'knappt', 'cirka');
const form = fc.constantFrom('perfect', 'past', 'short');
const spec = (value: number, q: Qualifier | null) => (q ? { value, qualifier: q } : value);

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };
const unitCases = [
  { name: 'shares', indicator: '1:1', where: W, value: share },
  { name: 'counts', indicator: '9:1', where: {}, value: count },
] as const;

describe.each(unitCases)('the direction word agrees with the printed numbers ($name)', ({ indicator, where, value }) => {
  it('trend', () => {
    fc.assert(
      fc.property(value, value, qualifier, qualifier, form, (a, b, qa, qb, f) => {
        const d = datasetsOf(2020, [o(indicator, 2019, where, spec(a, qa)), o(indicator, 2020, where, spec(b, qb))]);
        const t = fact(d, 'trend', { indicator, where, form: f });
        const from = readShown(t.parts['from']!);
        const to = readShown(t.parts['to']!);
        const expected = to > from ? 'ökat' : to < from ? 'minskat' : 'oförändrat';
        expect(t.parts['direction']).toBe(expected);
        if (expected === 'oförändrat') {
          expect(t.text).not.toMatch(/ökat|ökade|minskat|minskade/);
          expect(readShown(t.parts['difference']!)).toBe(0);
        } else {
          if (f !== 'short') expect(t.text).toMatch(expected === 'ökat' ? /^(har ökat|ökade) / : /^(har minskat|minskade) /);
          expect(readShown(t.parts['difference']!)).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('change', () => {
    fc.assert(
      fc.property(value, value, form, (a, b, f) => {
        const d = datasetsOf(2020, [o(indicator, 2019, where, a), o(indicator, 2020, where, b)]);
        const c = fact(d, 'change', { indicator, where, form: f });
        const from = readShown(c.parts['from']!);
        const to = readShown(c.parts['to']!);
        if (from === to) {
          expect(c.parts['direction']).toBe('oförändrat');
          expect(c.text).toMatch(/legat kvar|låg kvar|ingen förändring|^oförändrat$/);
        } else {
          const up = to > from;
          expect(c.parts['direction']).toBe(up ? 'ökat' : 'minskat');
          // The short form is the amount alone: the sentence's verb (or `after`) gives the direction.
          if (f !== 'short') expect(c.text).toMatch(up ? /ökat|ökade|ökning/ : /minskat|minskade|minskning/);
          // The printed difference is the difference of the printed numbers.
          expect(Math.abs(readShown(c.parts['difference']!) - Math.abs(to - from))).toBeLessThanOrEqual(lastDigit(c.parts['difference']!) / 2 + 1e-9 * Math.max(1, to, from));
        }
      }),
      RUNS,
    );
  });
});

describe('approximation words never misstate the value', () => {
  it.each(unitCases)('value ($name)', ({ indicator, where, value }) => {
    fc.assert(
      fc.property(value, fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), (v, decimals) => {
        const d = datasetsOf(2020, [o(indicator, 2020, where, v)]);
        const f = fact(d, 'value', { indicator, where, ...(decimals === undefined ? {} : { decimals }) });
        const shown = readShown(f.text);
        const tolerance = 1e-9 * Math.max(1, v);
        if (f.text.startsWith('drygt ')) expect(v).toBeGreaterThan(shown - tolerance);
        else if (f.text.startsWith('knappt ') || f.text.startsWith('under ')) expect(v).toBeLessThan(shown + tolerance);
        else expect(Math.abs(v - shown)).toBeLessThanOrEqual(lastDigit(f.text) / 2 + tolerance);
      }),
      RUNS,
    );
  });

  it('a published qualifier is printed as published, and stays true when the display rounds further', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }).map((n) => n / 10), fc.constantFrom<Qualifier>('drygt', 'knappt'), fc.integer({ min: 0, max: 1 }), (v, q, decimals) => {
        const f = fact(datasetsOf(2020, [o('1:1', 2020, W, { value: v, qualifier: q })]), 'value', { indicator: '1:1', where: W, decimals });
        const shown = readShown(f.text);
        // The true value lies a little above (drygt) or below (knappt) the published v.
        if (f.text.startsWith('drygt ')) expect(q === 'drygt' ? v >= shown : v > shown).toBe(true);
        if (f.text.startsWith('knappt ')) expect(q === 'knappt' ? v <= shown : v < shown).toBe(true);
        if (shown === v) expect(f.text.startsWith(`${q} `)).toBe(true);
      }),
      RUNS,
    );
  });

  it('ratio: "drygt X procent mer" is never more than the ratio says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const d = datasetsOf(2020, [o('9:1', 2019, {}, b), o('9:1', 2020, {}, a)]);
        const f = fact(d, 'ratio', { indicator: '9:1' });
        const percent = Math.abs((a / b - 1) * 100);
        const rel = f.parts['relative']!;
        if (rel === 'lika mycket') return;
        const shown = readShown(rel);
        if (rel.startsWith('drygt ')) expect(percent).toBeGreaterThan(shown);
        else if (rel.startsWith('knappt ') || rel.startsWith('under ')) expect(percent).toBeLessThan(shown);
        else expect(Math.abs(percent - shown)).toBeLessThanOrEqual(0.5 + 1e-9);
        expect(rel.endsWith(a > b ? ' mer' : ' mindre')).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('formatting is stable', () => {
  it('the same data in any order gives the same facts', () => {
    fc.assert(
      fc.property(fc.array(share, { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 1000 }), (values, seed) => {
        const observations = [2017, 2018, 2019, 2020].map((y, i) => o('1:1', y, W, values[i]!));
        const shuffled = [...observations].sort((x, y) => ((x.year * 7919 + seed) % 13) - ((y.year * 7919 + seed) % 13));
        for (const [kind, params] of [
          ['trend', { indicator: '1:1', where: W }],
          ['change', { indicator: '1:1', where: W, compare: 'first' }],
          ['value', { indicator: '1:1', where: W, year: 'previous' }],
          ['ratio', { indicator: '1:1', where: W }],
        ] as const) {
          const a = fact(datasetsOf(2020, observations), kind, params);
          const b = fact(datasetsOf(2020, shuffled), kind, params);
          expect(b).toEqual(a);
          expect(fact(datasetsOf(2020, observations), kind, params)).toEqual(a);
        }
      }),
      { numRuns: 200 },
    );
  });
});
