/**
 * The words of a change between two shown values. The direction is read from the two numbers as the
 * text prints them, so a sentence never says "ökat" next to two equal numbers, and the difference it
 * prints is the one a reader computes from those numbers.
 */
import type { Qualifier } from '../model/observation.js';
import type { Unit } from '../model/registry.js';
import { exactDifference, decimalPlaces } from '../compute/decimal.js';
import { describeChange, directionOf, isCounted, pickScale, type Direction } from '../text/index.js';
import { showValue, type ShowOptions, type ShownValue } from './show.js';

export interface ShownChange {
  from: ShownValue;
  to: ShownValue;
  direction: Direction;
  /** shown to − shown from. */
  shownDifference: number;
  perfect: string;
  past: string;
  /** "en ökning", "en minskning", "ingen förändring". */
  noun: string;
  /** The size of the change without sign: "29 procentenheter", "0,9 miljoner". */
  difference: string;
  /** "ökat" | "minskat" | "oförändrat". */
  directionWord: string;
}

const DIRECTION_WORD: Record<Direction, string> = { increase: 'ökat', decrease: 'minskat', unchanged: 'oförändrat' };

/** Shows both values alike (counts share the larger one's scale word) and words the change between them. */
export function showChange(
  from: { value: number; qualifier: Qualifier | null },
  to: { value: number; qualifier: Qualifier | null },
  unit: Unit,
  display: ShowOptions = {},
): ShownChange {
  const counted = isCounted(unit);
  const scale = display.scale ?? (counted ? pickScale(Math.max(Math.abs(from.value), Math.abs(to.value)), display) : undefined);
  const a = showValue(from.value, from.qualifier, unit, { ...display, scale });
  const b = showValue(to.value, to.qualifier, unit, { ...display, scale });
  const shownDifference = exactDifference(a.shown, b.shown);
  const direction = directionOf(shownDifference);
  const decimals = counted ? undefined : Math.max(decimalPlaces(a.shown), decimalPlaces(b.shown));
  const words = describeChange(shownDifference, unit, { decimals });
  return {
    from: a,
    to: b,
    direction,
    shownDifference,
    perfect: words.perfect,
    past: words.past,
    noun: words.noun,
    difference: words.amount,
    directionWord: DIRECTION_WORD[direction],
  };
}
