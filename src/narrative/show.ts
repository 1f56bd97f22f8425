/**
 * One value as a sentence shows it, with the right approximation word:
 * - the data's `qualifier` when the value is a rounded published number ("drygt 86 procent",
 *   "knappt 1,8 miljoner", "över 98 procent");
 * - otherwise computed from what the display rounds away ("drygt 191 miljoner" for 191 342 000);
 * - ranks as places ("andra plats").
 * Every kind shows values through here, so "drygt X" is never below the value and "knappt X" never above.
 */
import type { Qualifier } from '../model/observation.js';
import type { Unit } from '../model/registry.js';
import { approximate, displayValue, formatPlace, qualifierWord, roundHalfAway, type ValueFormatOptions } from '../text/index.js';
import { decimalPlaces } from '../compute/decimal.js';

export interface ShownValue {
  /** "drygt 191 miljoner", "66 procent", "andra plats". */
  text: string;
  /** The number with its approximation word, without the unit word: "drygt 86", "191 miljoner", "2". */
  number: string;
  /** The number alone, without the approximation word: "86", "191 miljoner". */
  bare: string;
  /** "procent", "poäng", "" for counts, "plats" for ranks. */
  unitWord: string;
  /** The value the text shows, in the original unit (191 000 000). */
  shown: number;
  /** The approximation word printed, if any. */
  word: Qualifier | null;
}

export function showValue(value: number, qualifier: Qualifier | null, unit: Unit, options: ValueFormatOptions = {}): ShownValue {
  if (unit === 'rang') {
    const place = roundHalfAway(value, 0);
    return { text: formatPlace(Math.max(1, place)), number: String(place), bare: String(place), unitWord: 'plats', shown: place, word: null };
  }
  if (qualifier === 'over' || qualifier === 'under') {
    // ">98": shown with the published digits; re-rounding "över 98,5" to "över 99" would claim too much.
    const decimals = Math.max(options.decimals ?? 0, decimalPlaces(value));
    const d = displayValue(value, unit, { ...options, decimals });
    return withWord(d, qualifier);
  }
  const d = displayValue(value, unit, options);
  if (qualifier !== null && d.shown === value) return withWord(d, qualifier);
  if (qualifier === 'cirka') return withWord(d, 'cirka');
  // Exact data, or a published drygt/knappt value rounded further: the word compares value and display
  // (a published "drygt 38,6" shown as 39 is "knappt 39", which stays true of the unrounded value).
  const a = approximate(value, { unit, ...options });
  if (a.word === null) return withWord(d, null);
  if (a.word === 'under') {
    const u = displayValue(a.shown, unit, { ...options, decimals: Math.max(0, decimalPlaces(a.shown)) });
    return withWord(u, 'under');
  }
  return withWord(d, a.word);
}

function withWord(d: ReturnType<typeof displayValue>, word: Qualifier | null): ShownValue {
  const prefix = word ? `${qualifierWord(word)} ` : '';
  return { text: `${prefix}${d.text}`, number: `${prefix}${d.number}`, bare: d.number, unitWord: d.unitWord, shown: d.shown, word };
}
