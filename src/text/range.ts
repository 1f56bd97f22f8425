/**
 * Ranges. Years and numbers are joined with an EN DASH (U+2013) and no spaces, as the report prints
 * them: "2017–2020", "55–95 %", "130 000–160 000". A hyphen is never right here.
 */
import type { Unit } from '../model/registry.js';
import { formatYear } from './number.js';
import { pickScale } from './scale.js';
import { displayValue, isCounted } from './unit.js';
import type { ValueFormatOptions } from './unit.js';

export const EN_DASH = '\u2013';

/** 2017, 2020 → "2017–2020"; one year → "2020". */
export function formatYearRange(from: number, to: number): string {
  assertOrdered(from, to);
  return from === to ? formatYear(from) : `${formatYear(from)}${EN_DASH}${formatYear(to)}`;
}

/** 2017, 2020 → "år 2017 till 2020" (running text and source lines); one year → "år 2020". */
export function formatYearSpan(from: number, to: number): string {
  assertOrdered(from, to);
  return from === to ? `år ${formatYear(from)}` : `år ${formatYear(from)} till ${formatYear(to)}`;
}

/**
 * 55, 95, procent with percentSign → "55–95 %"; 8, 33, procent → "8–33 procent"; 130 000, 160 000,
 * antal → "130 000–160 000"; counts share the larger end's scale word ("1,2–1,5 miljoner").
 * With a negative end a dash would read as a minus sign, so it says "−5 till 10".
 */
export function formatNumberRange(from: number, to: number, options: ValueFormatOptions & { unit: Unit }): string {
  assertOrdered(from, to);
  const counted = isCounted(options.unit);
  const scale = options.scale ?? (counted ? pickScale(Math.max(Math.abs(from), Math.abs(to)), options) : undefined);
  const a = displayValue(from, options.unit, { ...options, scale });
  const b = displayValue(to, options.unit, { ...options, scale });
  const joiner = from < 0 || to < 0 ? ' till ' : EN_DASH;
  // "1,2–1,5 miljoner": the scale word and the unit are printed once, after the second number.
  const aNumber = a.number.replace(/ (miljon|miljoner|miljard|miljarder|biljon|biljoner)$/, '');
  return `${aNumber}${joiner}${b.text}`;
}

function assertOrdered(from: number, to: number): void {
  if (!(from <= to)) throw new RangeError(`a range must run from low to high, got ${from} to ${to}`);
}
