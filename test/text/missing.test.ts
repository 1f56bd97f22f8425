import { describe, expect, it } from '@jest/globals';
import type { MissingReason } from '../../src/model/observation.js';
import { describeMissing, missingMarker } from '../../src/text/missing.js';

describe('describeMissing', () => {
  it.each<[MissingReason, number | number[], string]>([
    ['not-asked', 2017, 'frågan ställdes inte år 2017'],
    ['not-collected', 2017, 'uppgiften samlades inte in år 2017'],
    ['not-available', 2021, 'uppgift saknas för år 2021'],
    ['not-asked', [2018, 2017], 'frågan ställdes inte år 2017 eller 2018'],
    ['not-available', [], 'uppgift saknas'],
    ['not-asked', [], 'frågan ställdes inte'],
  ])('%p %p → %p', (reason, years, expected) => {
    expect(describeMissing(reason, years)).toBe(expected);
  });

  it('says "uppgift saknas" without a year', () => {
    expect(describeMissing('not-available')).toBe('uppgift saknas');
  });
});

describe('missingMarker', () => {
  it('prints a visible, searchable marker', () => {
    expect(missingMarker('2:10', 'inloggningar', 2021)).toBe('[uppgift saknas: 2:10 inloggningar 2021]');
  });
});
