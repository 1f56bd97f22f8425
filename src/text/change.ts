/**
 * Words for a change between two values, in the forms a sentence needs:
 * "har ökat från 37 procent år 2017 till 66 procent år 2020", "ökade med 4 procentenheter",
 * "har legat kvar på 66 procent", "är oförändrad", "en ökning med 29 procentenheter".
 *
 * The direction is read from what the text shows, never from the raw difference: a change that rounds
 * to zero at the displayed precision says "legat kvar", so a sentence never claims "ökat" next to two
 * equal numbers. Which values to compare is src/compute's decision; this module only words it.
 */
import type { Unit } from '../model/registry.js';
import { approximate } from './approximate.js';
import { formatNumber, roundHalfAway } from './number.js';
import { formatYearSpan } from './range.js';
import { pickScale } from './scale.js';
import { displayValue, isCounted } from './unit.js';
import type { ValueFormatOptions } from './unit.js';
import { countNoun } from './words.js';
import type { Gender, Noun } from './words.js';

export type Direction = 'increase' | 'decrease' | 'unchanged';
export type Tense = 'perfect' | 'past' | 'present';

export interface ChangeOptions {
  /** Maximum decimals of the shown difference; default 1 (unit defaults for counts and scores). */
  decimals?: number;
  /** The difference is relative, in percent of the earlier value: "84 procent", not "procentenheter". */
  relative?: boolean;
  /** Gender of the subject: "andelen är oförändrad" ('en', default), "antalet är oförändrat" ('ett'). */
  gender?: Gender;
}

export interface ChangeWords {
  direction: Direction;
  /** The signed difference as the text shows it (29, −3, 0). */
  shownDifference: number;
  /** "har ökat" | "har minskat" | "har legat kvar på" (followed by the level). */
  perfect: string;
  /** "ökade" | "minskade" | "låg kvar på". */
  past: string;
  /** "ökar" | "minskar" | "är oförändrad". */
  present: string;
  /** "en ökning" | "en minskning" | "ingen förändring". */
  noun: string;
  /** The size of the change without sign: "29 procentenheter", "1 procentenhet", "5 procent", "3 000". */
  amount: string;
}

const PLACERING: Noun = { singular: 'placering', plural: 'placeringar', definitePlural: 'placeringarna', gender: 'en' };

/** The direction of a difference as shown; 0 (or −0) is unchanged. */
export function directionOf(shownDifference: number): Direction {
  if (shownDifference > 0) return 'increase';
  if (shownDifference < 0) return 'decrease';
  return 'unchanged';
}

/** All the words for a signed `difference` in `unit`. */
export function describeChange(difference: number, unit: Unit, options: ChangeOptions = {}): ChangeWords {
  const amount = displayAmount(Math.abs(difference), unit, options);
  const shownDifference = difference < 0 && amount.shown !== 0 ? -amount.shown : amount.shown;
  const direction = directionOf(shownDifference);
  return { direction, shownDifference, amount: amount.text, ...verbsFor(direction, options.gender ?? 'en') };
}

/** The size of a change: "29 procentenheter", "1 procentenhet", "5 procent" (relative), "3 000", "2 kronor". */
export function formatDifference(difference: number, unit: Unit, options: ChangeOptions = {}): string {
  return displayAmount(Math.abs(difference), unit, options).text;
}

/**
 * "har ökat med 29 procentenheter", "minskade med 5 procent", "ökar med 3 000";
 * unchanged: "har legat kvar på samma nivå", "låg kvar på samma nivå", "är oförändrad".
 */
export function phraseChangeBy(
  difference: number,
  unit: Unit,
  options: ChangeOptions & { tense?: Tense } = {},
): string {
  const words = describeChange(difference, unit, options);
  const verb = words[options.tense ?? 'perfect'];
  if (words.direction !== 'unchanged') return `${verb} med ${words.amount}`;
  return options.tense === 'present' ? verb : `${verb} samma nivå`;
}

/** "en ökning med 4 procentenheter", "en minskning med 3 procent", "ingen förändring". */
export function phraseChangeNoun(difference: number, unit: Unit, options: ChangeOptions = {}): string {
  const words = describeChange(difference, unit, options);
  return words.direction === 'unchanged' ? words.noun : `${words.noun} med ${words.amount}`;
}

export interface FromToOptions extends ValueFormatOptions {
  unit: Unit;
  fromYear?: number;
  toYear?: number;
  /** 'perfect' (default) "har ökat", 'past' "ökade". */
  tense?: 'perfect' | 'past';
  /** Unit once at the end: "från 8 till 33 procent" (only when the numbers carry no scale word). */
  compact?: boolean;
  /** Say how each shown number relates to its exact value: "från knappt 0,9 miljoner till knappt 1,8 miljoner". */
  approximate?: boolean;
  gender?: Gender;
}

/**
 * "har ökat från 37 procent år 2017 till 66 procent år 2020", "ökade från 8 till 33 procent",
 * "har minskat från 87 procent år 2018 till 67 procent år 2020", "har legat kvar på 66 procent sedan år 2017".
 * The direction compares the two numbers as printed. Counts share one scale word, the larger value's.
 */
export function phraseChangeFromTo(from: number, to: number, options: FromToOptions): string {
  const scale =
    options.scale ??
    (isCounted(options.unit)
      ? pickScale(Math.max(Math.abs(from), Math.abs(to)), options)
      : undefined);
  const shownOptions = { ...options, scale };
  const a = showValue(from, shownOptions);
  const b = showValue(to, shownOptions);
  const direction = directionOf(b.shown - a.shown);
  const tense = options.tense ?? 'perfect';
  const verbs = verbsFor(direction, options.gender ?? 'en');
  const hasYears = options.fromYear !== undefined && options.toYear !== undefined;
  if (direction === 'unchanged') {
    const since = !hasYears
      ? ''
      : tense === 'perfect'
        ? ` sedan år ${options.fromYear}`
        : ` mellan år ${options.fromYear} och ${options.toYear}`;
    return `${verbs[tense]} ${b.text}${since}`;
  }
  const compact = options.compact === true && a.unitWord !== '' && !/[a-z]/.test(a.number) && !options.approximate;
  if (compact) {
    const span = hasYears ? ` ${formatYearSpan(options.fromYear as number, options.toYear as number)}` : '';
    return `${verbs[tense]} från ${a.number} till ${b.text}${span}`;
  }
  const fromYear = options.fromYear !== undefined ? ` år ${options.fromYear}` : '';
  const toYear = options.toYear !== undefined ? ` år ${options.toYear}` : '';
  return `${verbs[tense]} från ${a.text}${fromYear} till ${b.text}${toYear}`;
}

interface ShownValue {
  shown: number;
  text: string;
  number: string;
  unitWord: string;
}

function showValue(value: number, options: FromToOptions): ShownValue {
  const shown = displayValue(value, options.unit, options);
  if (!options.approximate) return shown;
  return { ...shown, text: approximate(value, options).text };
}

function displayAmount(magnitude: number, unit: Unit, options: ChangeOptions): { shown: number; text: string } {
  if (options.relative) {
    const shown = roundHalfAway(magnitude, options.decimals ?? 1);
    return { shown, text: `${formatNumber(magnitude, { decimals: options.decimals })} procent` };
  }
  if (unit === 'procent') {
    const shown = roundHalfAway(magnitude, options.decimals ?? 1);
    const noun = shown === 1 ? 'procentenhet' : 'procentenheter';
    return { shown, text: `${formatNumber(magnitude, { decimals: options.decimals })} ${noun}` };
  }
  if (unit === 'rang') {
    const shown = roundHalfAway(magnitude, 0);
    return { shown, text: countNoun(shown, PLACERING) };
  }
  return displayValue(magnitude, unit, { decimals: options.decimals });
}

function verbsFor(direction: Direction, gender: Gender): Pick<ChangeWords, 'perfect' | 'past' | 'present' | 'noun'> {
  switch (direction) {
    case 'increase':
      return { perfect: 'har ökat', past: 'ökade', present: 'ökar', noun: 'en ökning' };
    case 'decrease':
      return { perfect: 'har minskat', past: 'minskade', present: 'minskar', noun: 'en minskning' };
    case 'unchanged':
      return {
        perfect: 'har legat kvar på',
        past: 'låg kvar på',
        present: gender === 'ett' ? 'är oförändrat' : 'är oförändrad',
        noun: 'ingen förändring',
      };
  }
}
