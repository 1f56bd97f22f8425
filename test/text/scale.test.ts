import { describe, expect, it } from '@jest/globals';
import { formatScaled, pickScale, scaleNumber } from '../../src/text/scale.js';
import { nb } from './helpers.js';

describe('formatScaled', () => {
  it.each([
    [191_342_000, '191 miljoner'],
    [96_000_000, '96 miljoner'],
    [51_000_000, '51 miljoner'],
    [1_200_000_000, '1,2 miljarder'],
    [4_200_000_000, '4,2 miljarder'],
    [2_300_000, '2,3 miljoner'],
    [1_790_000, '1,8 miljoner'],
    [1_000_000, '1 miljon'],
    [1_040_000, '1 miljon'],
    [1_000_000_000, '1 miljard'],
    [8_000_000, '8 miljoner'],
    [12_400_000_000, '12 miljarder'],
    [100_000, nb('100_000')],
    [750_000, nb('750_000')],
    [62_241, nb('62_241')],
    [999_999, nb('999_999')],
    [999_999.96, '1 miljon'],
    [999_600_000, '1 miljard'],
    [9_960_000, '10 miljoner'],
    [-2_300_000, '\u22122,3 miljoner'],
    [-1_000_000, '\u22121 miljon'],
    [0, '0'],
    [0.04, '0'],
    [1_500_000_000_000, '1,5 biljoner'],
  ])('%p → %p', (n, expected) => {
    expect(formatScaled(n)).toBe(expected);
  });

  it('takes explicit decimals ("12,4 miljarder kronor")', () => {
    expect(formatScaled(12_400_000_000, { decimals: 1 })).toBe('12,4 miljarder');
    expect(formatScaled(191_342_000, { decimals: 1 })).toBe('191,3 miljoner');
  });

  it('takes a forced scale so two numbers print alike', () => {
    expect(formatScaled(900_000, { scale: 'miljon' })).toBe('0,9 miljoner');
    expect(formatScaled(999_600_000, { scale: 'miljon' })).toBe(nb('1_000 miljoner'));
    expect(formatScaled(1_200_000, { scale: 'none' })).toBe(nb('1_200_000'));
  });
});

describe('scaleNumber', () => {
  it('reports the shown value in the original unit and the rounding step', () => {
    expect(scaleNumber(191_342_000)).toEqual({ shown: 191_000_000, scale: 'miljon', step: 1_000_000, text: '191 miljoner' });
    expect(scaleNumber(2_345_678)).toEqual({ shown: 2_300_000, scale: 'miljon', step: 100_000, text: '2,3 miljoner' });
    expect(scaleNumber(62_241.4)).toEqual({ shown: 62_241.4, scale: 'none', step: 0.1, text: nb('62_241,4') });
  });
});

describe('pickScale', () => {
  it.each([
    [999_999, 'none'],
    [1_000_000, 'miljon'],
    [-5_000_000, 'miljon'],
    [4_200_000_000, 'miljard'],
    [0, 'none'],
  ])('%p → %p', (n, expected) => {
    expect(pickScale(n)).toBe(expected);
  });
});
