import { describe, expect, it } from '@jest/globals';
import { changeOverSpan, type SeriesPoint } from '../../src/compute/span.js';

const v = (year: number, value: number): SeriesPoint => ({ year, value, reason: null });
const gap = (year: number, reason: SeriesPoint['reason']): SeriesPoint => ({ year, value: null, reason });

describe('changeOverSpan', () => {
  it('runs from the first to the last year with a value, reporting what it skipped', () => {
    const s = changeOverSpan([v(2017, 37), gap(2018, 'not-asked'), gap(2019, 'absent'), v(2020, 66)], { share: true });
    expect(s).toEqual({
      ok: true,
      fromYear: 2017,
      toYear: 2020,
      change: { from: 37, to: 66, absolute: 29, relative: expect.any(Number), percentagePoints: 29 },
      skipped: [
        { year: 2018, reason: 'not-asked' },
        { year: 2019, reason: 'absent' },
      ],
    });
  });

  it.each<[string, SeriesPoint[], Parameters<typeof changeOverSpan>[1], Record<string, unknown>]>([
    ['first skips a year not asked', [gap(2017, 'not-asked'), v(2018, 10), v(2020, 20)], {}, { ok: true, fromYear: 2018, toYear: 2020 }],
    ['last skips a missing report year', [v(2017, 10), v(2019, 12), gap(2020, 'not-available')], {}, { ok: true, fromYear: 2017, toYear: 2019 }],
    ['a given year', [v(2017, 10), v(2018, 11), v(2020, 20)], { from: 2018, to: 2020 }, { ok: true, fromYear: 2018, toYear: 2020 }],
    ['decrease', [v(2018, 87), v(2020, 67)], {}, { ok: true, change: expect.objectContaining({ absolute: -20 }) }],
    ['no change', [v(2019, 55), v(2020, 55)], {}, { ok: true, change: expect.objectContaining({ absolute: 0 }) }],
    ['points in any order', [v(2020, 66), v(2017, 37)], {}, { ok: true, fromYear: 2017, toYear: 2020 }],
  ])('%s', (_name, points, options, expected) => {
    expect(changeOverSpan(points, options)).toEqual(expect.objectContaining(expected));
  });

  it.each<[string, SeriesPoint[], Parameters<typeof changeOverSpan>[1], object[]]>([
    ['the end year is missing', [v(2017, 37), gap(2021, 'not-available')], { to: 2021 }, [{ year: 2021, reason: 'not-available' }]],
    ['the end year was never entered', [v(2017, 37)], { to: 2021 }, [{ year: 2021, reason: 'absent' }]],
    ['the start year was not asked', [gap(2017, 'not-asked'), v(2020, 66)], { from: 2017, to: 2020 }, [{ year: 2017, reason: 'not-asked' }]],
    ['both ends missing', [gap(2017, 'not-collected'), gap(2020, 'absent')], { from: 2017, to: 2020 }, [
      { year: 2017, reason: 'not-collected' },
      { year: 2020, reason: 'absent' },
    ]],
    ['nothing before the end', [gap(2019, 'not-asked'), v(2020, 5)], { to: 2020 }, [{ year: 2019, reason: 'not-asked' }]],
    ['a single year of data', [v(2020, 5)], { to: 2020 }, [{ year: 2019, reason: 'absent' }]],
    ['no values at all', [gap(2019, 'not-asked'), gap(2020, 'not-available')], {}, [
      { year: 2019, reason: 'not-asked' },
      { year: 2020, reason: 'not-available' },
    ]],
    ['nothing before the end but years nobody entered: only the latest of them', [gap(2010, 'absent'), gap(2013, 'absent'), v(2020, 5)], { to: 2020 }, [
      { year: 2013, reason: 'absent' },
    ]],
    ['a reason given beats years nobody entered', [gap(2010, 'absent'), gap(2017, 'not-asked'), gap(2018, 'absent'), v(2020, 5)], { to: 2020 }, [
      { year: 2017, reason: 'not-asked' },
    ]],
  ])('gap: %s', (_name, points, options, gaps) => {
    expect(changeOverSpan(points, options)).toEqual({ ok: false, gaps });
  });

  it('refuses a span that runs backwards and a year given twice', () => {
    expect(() => changeOverSpan([v(2017, 1), v(2020, 2)], { from: 2020, to: 2017 })).toThrow(RangeError);
    expect(() => changeOverSpan([v(2017, 1), v(2017, 2)])).toThrow(RangeError);
  });
});
