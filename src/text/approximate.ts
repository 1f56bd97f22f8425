/**
 * Approximation words. Two jobs:
 * 1. `approximate`: we know the exact value and print a rounded one; say how they relate, as the report
 *    does: "drygt 191 miljoner" (a little above what is shown), "knappt 3 procent" (a little below),
 *    "cirka 100 000" (either way), nothing when the shown number is the value.
 * 2. `formatQualified`: the source printed a rounded value with a qualifier (`Qualifier` in the data);
 *    render it: "drygt 86 procent", "över 98 procent" or ">98 procent", "under 5 procent".
 *
 * Guarantees (property-tested against the printed text): "drygt X" ⇒ value > X, "knappt X" ⇒ value < X,
 * "under X" ⇒ value < X, no word ⇒ |value − X| ≤ tolerance.
 */
import type { Qualifier } from '../model/observation.js';
import type { Unit } from '../model/registry.js';
import { decimalExponent, roundSignificant, shiftDecimal } from './number.js';
import { displayValue } from './unit.js';
import type { ValueFormatOptions } from './unit.js';

export interface ApproximateOptions extends ValueFormatOptions {
  unit: Unit;
  /** Round to this many significant digits first (98 765 with 1 → "knappt 100 000"). */
  significant?: number;
  /** 'directional' (default) picks drygt/knappt; 'cirka' says "cirka" whichever way the rounding went. */
  words?: 'directional' | 'cirka';
  /**
   * Differences up to this (in the value's unit) count as exact, so no word is printed. Default: a
   * millionth of the last shown digit, which only absorbs binary noise (0.1 + 0.2 shows "0,3").
   */
  tolerance?: number;
}

export interface Approximation {
  /** null when the text shows the value itself. */
  word: Qualifier | null;
  /** The number the text shows, in the original unit (191 000 000 for "drygt 191 miljoner"). */
  shown: number;
  /** "drygt 191 miljoner", "knappt 3 procent", "66 procent". */
  text: string;
}

/** Picks the approximation word for an exact `value` printed at the given precision. */
export function approximate(value: number, options: ApproximateOptions): Approximation {
  const rounded = options.significant === undefined ? value : roundSignificant(value, options.significant);
  const shownValue = displayValue(rounded, options.unit, options);
  const shown = shownValue.shown;
  const step = Math.max(shownValue.step, significantStep(value, options.significant));
  const tolerance = options.tolerance ?? step * 1e-6;
  if (Math.abs(value - shown) <= tolerance) return { word: null, shown, text: shownValue.text };
  // Rounded to zero: "drygt 0 procent" says nothing; "under 1 procent" does, and stays true.
  if (shown === 0 && value > 0) {
    const under = displayValue(step, options.unit, { ...options, decimals: Math.max(0, -decimalExponent(step)) });
    return { word: 'under', shown: under.shown, text: `under ${under.text}` };
  }
  // For negative numbers "drygt" would mean "a little more" in size but less in value; avoid the doubt.
  const word: Qualifier = options.words === 'cirka' || value < 0 ? 'cirka' : value > shown ? 'drygt' : 'knappt';
  return { word, shown, text: `${word} ${shownValue.text}` };
}

export interface QualifiedOptions extends ValueFormatOptions {
  unit: Unit;
  /** 'word' (default): "över 98 procent", "under 5 procent"; 'symbol': ">98 procent", "<5 procent". */
  comparator?: 'word' | 'symbol';
}

/** Renders a value the source printed with a qualifier; null prints the value alone. */
export function formatQualified(value: number, qualifier: Qualifier | null, options: QualifiedOptions): string {
  const text = displayValue(value, options.unit, options).text;
  if (qualifier === null) return text;
  if (options.comparator === 'symbol' && (qualifier === 'over' || qualifier === 'under')) {
    return `${qualifier === 'over' ? '>' : '<'}${text}`;
  }
  return `${qualifierWord(qualifier)} ${text}`;
}

/** 'over' → "över", 'under' → "under", 'drygt'/'knappt'/'cirka' as they are. */
export function qualifierWord(qualifier: Qualifier): string {
  return qualifier === 'over' ? 'över' : qualifier;
}

/** One unit in the last significant digit kept (98 765 at 1 significant digit: 10 000). */
function significantStep(value: number, significant: number | undefined): number {
  if (significant === undefined || value === 0) return 0;
  return shiftDecimal(1, decimalExponent(value) - significant + 1);
}
