import { describe, expect, it } from '@jest/globals';
import type { Conjunction } from '../../src/text/list.js';
import { formatRespective, joinList, joinRespective } from '../../src/text/list.js';
import { nb } from './helpers.js';

describe('joinList', () => {
  it.each<[string[], Conjunction, string]>([
    [['A'], 'och', 'A'],
    [['A', 'B'], 'och', 'A och B'],
    [['A', 'B', 'C'], 'och', 'A, B och C'],
    [['Stockholm', 'Gotland', 'Kalmar'], 'samt', 'Stockholm, Gotland samt Kalmar'],
    [['2017', '2018'], 'eller', '2017 eller 2018'],
  ])('%p %p → %p', (items, conjunction, expected) => {
    expect(joinList(items, conjunction)).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => joinList([])).toThrow(RangeError);
  });
});

describe('respektive', () => {
  it('joins with respektive', () => {
    expect(joinRespective(['73 procent', '65 procent'])).toBe('73 procent respektive 65 procent');
    expect(joinRespective(['18', '10', '5'])).toBe('18, 10 respektive 5');
  });

  it('formats values with the unit repeated or once', () => {
    expect(formatRespective([73, 65], { unit: 'procent' })).toBe('73 procent respektive 65 procent');
    expect(formatRespective([31, 25], { unit: 'procent', repeatUnit: false })).toBe('31 respektive 25 procent');
    expect(formatRespective([14, 11], { unit: 'antal', repeatUnit: false })).toBe('14 respektive 11');
    expect(formatRespective([62_241, 46_596], { unit: 'antal' })).toBe(nb('62_241 respektive 46_596'));
  });
});
