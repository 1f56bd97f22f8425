/**
 * A value with its unit, as prose prints it: "66 procent", "191 miljoner", "12,4 miljarder kronor",
 * "6,97 poäng", "andra plats", "14 per 1 000 invånare". Every other phrase builds on `displayValue`, so
 * the number a sentence shows and the number its approximation word is checked against are the same.
 */
import type { Unit } from '../model/registry.js';
import { NBSP, formatNumber, roundHalfAway, shiftDecimal } from './number.js';
import { scaleNumber } from './scale.js';
import type { Scale } from './scale.js';
import { formatPlace } from './words.js';

export interface ValueFormatOptions {
  /** Maximum decimals of the printed number (after scaling). Defaults: see `defaultDecimals`. */
  decimals?: number;
  minDecimals?: number;
  /** antal and kronor only: force a scale word ("0,9 miljoner" next to "1,8 miljoner"). */
  scale?: Scale;
  /** procent only: "95 %" (no-break space) instead of "95 procent". */
  percentSign?: boolean;
}

export interface DisplayedValue {
  /** The value the text shows, in the original unit: what a reader would read back. */
  shown: number;
  /** One unit in the last shown digit, in the original unit (0,1 for "38,6 procent"). */
  step: number;
  /** The number with its unit word. */
  text: string;
  /** Only the number part ("191 miljoner" for antal, "66" for procent): for "31 respektive 25 procent". */
  number: string;
  /** The unit word after the number ("procent", "kronor", "" for plain counts). */
  unitWord: string;
}

/** Counts and sums of money: printed with a scale word ("191 miljoner"), never with fixed decimals. */
export function isCounted(unit: Unit): boolean {
  return unit === 'antal' || unit === 'antal-forandring' || unit === 'kronor';
}

/** Changes rather than levels: signed values, worded from their sign ("ökade med", "minskade med"). */
export function isChangeUnit(unit: Unit): boolean {
  return unit === 'procent-forandring' || unit === 'antal-forandring';
}

/** Maximum decimals when the caller gives none: DESI scores have two ("6,97"), ranks none, the rest one. */
export function defaultDecimals(unit: Unit): number | undefined {
  if (unit === 'poang') return 2;
  if (unit === 'rang') return 0;
  if (isCounted(unit)) return undefined; // the scale decides
  return 1;
}

/** Formats `value` in `unit` and reports what it shows. */
export function displayValue(value: number, unit: Unit, options: ValueFormatOptions = {}): DisplayedValue {
  const decimals = options.decimals ?? defaultDecimals(unit);
  const numberOptions = { decimals, minDecimals: options.minDecimals };
  if (isCounted(unit)) {
    const scaled = scaleNumber(value, { ...numberOptions, scale: options.scale });
    const unitWord = unit === 'kronor' ? kronorWord(scaled.shown, scaled.text) : '';
    const { shown, step } = scaled;
    return { shown, step, number: scaled.text, unitWord, text: join(scaled.text, unitWord) };
  }
  const shown = roundHalfAway(value, decimals ?? 1);
  const step = shiftDecimal(1, -(decimals ?? 1));
  if (unit === 'rang') {
    const text = formatPlace(shown);
    return { shown, step, number: text, unitWord: '', text };
  }
  const number = formatNumber(value, numberOptions);
  const unitWord = unitWordFor(unit, options.percentSign ?? false);
  const text = unitWord === '%' ? `${number}${NBSP}%` : join(number, unitWord);
  return { shown, step, number, unitWord, text };
}

/** `displayValue(...).text`. */
export function formatValue(value: number, unit: Unit, options: ValueFormatOptions = {}): string {
  return displayValue(value, unit, options).text;
}

/** The word after a number of this unit (plural form; "krona" is handled where the number is known). */
export function unitWordFor(unit: Unit, percentSign = false): string {
  switch (unit) {
    case 'procent':
    case 'procent-forandring':
      return percentSign ? '%' : 'procent';
    case 'antal':
    case 'antal-forandring':
    case 'rang':
      return '';
    case 'poang':
      return 'poäng';
    case 'kronor':
      return 'kronor';
    case 'per-invanare':
      return 'per invånare';
    case 'per-1000-invanare':
      return `per 1${NBSP}000 invånare`;
  }
}

/** "1 krona" but "1 miljon kronor" and "2 kronor". */
function kronorWord(shown: number, numberText: string): string {
  return Math.abs(shown) === 1 && !/[a-z]/.test(numberText) ? 'krona' : 'kronor';
}

function join(number: string, word: string): string {
  return word ? `${number} ${word}` : number;
}
