import { describe, expect, it } from '@jest/globals';
import type { Unit } from '../../src/model/registry.js';
import { displayValue, formatValue } from '../../src/text/unit.js';
import { nb } from './helpers.js';

describe('formatValue', () => {
  it.each<[number, Unit, string]>([
    [66, 'procent', '66 procent'],
    [38.6, 'procent', '38,6 procent'],
    [191_342_000, 'antal', '191 miljoner'],
    [3000, 'antal', nb('3_000')],
    [1, 'kronor', '1 krona'],
    [2, 'kronor', '2 kronor'],
    [1_000_000, 'kronor', '1 miljon kronor'],
    [6.97, 'poang', '6,97 poäng'],
    [2, 'rang', 'andra plats'],
    [6, 'rang', 'sjätte plats'],
    [14, 'per-invanare', '14 per invånare'],
    [3.25, 'per-1000-invanare', nb('3,3 per 1_000 invånare')],
  ])('%p %p → %p', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it('prints the percent sign with a no-break space on request', () => {
    expect(formatValue(95, 'procent', { percentSign: true })).toBe('95\u00A0%');
  });

  it('prints "12,4 miljarder kronor" with one decimal', () => {
    expect(formatValue(12_400_000_000, 'kronor', { decimals: 1 })).toBe('12,4 miljarder kronor');
  });
});

describe('displayValue', () => {
  it('separates the number and the unit word', () => {
    expect(displayValue(31, 'procent')).toEqual({ shown: 31, step: 0.1, text: '31 procent', number: '31', unitWord: 'procent' });
  });
  it('reports what a rounded percent shows', () => {
    expect(displayValue(65.96, 'procent', { decimals: 0 }).shown).toBe(66);
  });
});
