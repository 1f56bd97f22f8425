/**
 * One value as a sentence shows it, with the right approximation word:
 * - the data's `qualifier` when the value is a rounded published number ("drygt 86 procent",
 *   "knappt 1,8 miljoner", "över 98 procent");
 * - otherwise computed from what the display rounds away ("drygt 191 miljoner" for 191 342 000);
 * - ranks as places ("andra plats").
 * Every kind shows values through here, so "drygt X" is never below the value and "knappt X" never above.
 *
 * The wording of the two words a sentence may want otherwise (`ShowOptions`): a bound ("över 99
 * procent") as "mer än 99 procent" or ">99 procent", and "cirka" as "omkring". They change the words,
 * never which word is true.
 */
import type { Qualifier } from '../model/observation.js';
import type { Unit } from '../model/registry.js';
import { approximate, qualifierWord } from './approximate.js';
import { roundHalfAway } from './number.js';
import { displayValue, type ValueFormatOptions } from './unit.js';
import { formatPlace } from './words.js';
import { decimalPlaces } from '../compute/decimal.js';

/** How a bound is worded: "över 99" / "under 5" (default), "mer än 99" / "mindre än 5", ">99" / "<5". */
export type Comparator = 'över' | 'mer än' | 'symbol';
export const COMPARATORS: readonly Comparator[] = ['över', 'mer än', 'symbol'];
/** The word for an approximate value: "cirka 8 miljoner" (default) or "omkring 8 miljoner". */
export type ApproxWord = 'cirka' | 'omkring';
export const APPROX_WORDS: readonly ApproxWord[] = ['cirka', 'omkring'];

export interface ShowOptions extends ValueFormatOptions {
  comparator?: Comparator;
  approx?: ApproxWord;
}

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

export function showValue(value: number, qualifier: Qualifier | null, unit: Unit, options: ShowOptions = {}): ShownValue {
  const words = { comparator: options.comparator ?? 'över', approx: options.approx ?? 'cirka' } as const;
  const withWord = (d: ReturnType<typeof displayValue>, word: Qualifier | null) => worded(d, word, words);
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

function worded(d: ReturnType<typeof displayValue>, word: Qualifier | null, words: { comparator: Comparator; approx: ApproxWord }): ShownValue {
  const prefix = word ? prefixOf(word, words) : '';
  return { text: `${prefix}${d.text}`, number: `${prefix}${d.number}`, bare: d.number, unitWord: d.unitWord, shown: d.shown, word };
}

/** "drygt ", "över " / "mer än " / ">" (the symbol is set close: ">99 procent"), "cirka " / "omkring ". */
function prefixOf(word: Qualifier, words: { comparator: Comparator; approx: ApproxWord }): string {
  if (word === 'over' || word === 'under') {
    if (words.comparator === 'symbol') return word === 'over' ? '>' : '<';
    if (words.comparator === 'mer än') return word === 'over' ? 'mer än ' : 'mindre än ';
  }
  if (word === 'cirka') return `${words.approx} `;
  return `${qualifierWord(word)} `;
}
