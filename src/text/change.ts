/**
 * The words of a change, in every form a sentence needs — the one phrase layer the facts use:
 *
 *   form     rising / falling                                          unchanged at the shown precision
 *   perfect  "har ökat från 37 procent år 2017 till 66 procent år 2020"  "har legat kvar på 66 procent sedan år 2017"
 *   past     "ökade från …"                                              "låg kvar på 66 procent mellan år 2017 och 2020"
 *   supine   "ökat från …" (after "har X …": "har andelen ökat från …")   "legat kvar på 66 procent sedan år 2017"
 *   noun     "en ökning från …"                                          "ingen förändring från år 2017 till år 2020"
 *   short    "från 8 till 33 procent" (the verb stands elsewhere)        "från 16 till 16 procent"
 *
 * and, not a form but a part, `predicative`: what follows "vilket var …" — the noun phrase of a change
 * ("vilket var en ökning med 4 procentenheter"), the adjective where nothing changed ("vilket var
 * oförändrat", "oförändrat mellan år 2017 och 2020"), never "vilket var ingen förändring".
 *
 * and for a change by an amount ("har ökat med 5 procentenheter", "en ökning med 5 procentenheter",
 * "har legat kvar på 55 procent"). The direction is read from the two numbers as the text prints them,
 * never from the raw difference, so a sentence never says "ökat" next to two equal numbers, and the
 * difference printed is the one a reader computes from the printed numbers. Which values to compare is
 * src/compute's decision; this module only words it.
 */
import { decimalPlaces, exactDifference } from '../compute/decimal.js';
import type { Direction, Form } from '../model/fact.js';
import type { Qualifier } from '../model/observation.js';
import type { Unit } from '../model/registry.js';
import { formatNumber, formatYear, roundHalfAway } from './number.js';
import { pickScale } from './scale.js';
import { showValue, type ShowOptions, type ShownValue } from './shown.js';
import { displayValue, isCounted } from './unit.js';
import { countNoun } from './words.js';
import type { Gender, Noun } from './words.js';

export type { Direction, Form };

/** The forms a phrase comes in (see the table above). */
export const FORMS: readonly Form[] = ['perfect', 'past', 'supine', 'noun', 'short'];

/** Every form, and the predicative ("vilket var en ökning med …" / "vilket var oförändrat"). */
export type Phrases = Record<Form, string> & { predicative: string };

/** After "vilket var" where nothing changed: the adjective, neuter as "vilket" asks. */
const UNCHANGED_PREDICATIVE = 'oförändrat';
/** The forms that carry a verb: what a following `short` phrase may borrow. */
export const VERB_FORMS: readonly Form[] = ['perfect', 'past', 'supine'];

/** Which verbs: "ökat/minskat" (default) or "stigit/sjunkit" ("sjönk från 46 procent … till 42 procent"). */
export type VerbSet = 'öka' | 'stiga';
export const VERB_SETS: readonly VerbSet[] = ['öka', 'stiga'];

export interface Verbs {
  perfect: string;
  past: string;
  supine: string;
  present: string;
  noun: string;
}

const VERBS: Record<VerbSet, Record<'increase' | 'decrease', Verbs>> = {
  öka: {
    increase: { perfect: 'har ökat', past: 'ökade', supine: 'ökat', present: 'ökar', noun: 'en ökning' },
    decrease: { perfect: 'har minskat', past: 'minskade', supine: 'minskat', present: 'minskar', noun: 'en minskning' },
  },
  stiga: {
    increase: { perfect: 'har stigit', past: 'steg', supine: 'stigit', present: 'stiger', noun: 'en uppgång' },
    decrease: { perfect: 'har sjunkit', past: 'sjönk', supine: 'sjunkit', present: 'sjunker', noun: 'en nedgång' },
  },
};

/** The verbs of one direction; unchanged: "har legat kvar på", "låg kvar på", "är oförändrad(t)". */
export function changeVerbs(direction: Direction, options: { verbs?: VerbSet; gender?: Gender } = {}): Verbs {
  if (direction !== 'unchanged') return VERBS[options.verbs ?? 'öka'][direction];
  return {
    perfect: 'har legat kvar på',
    past: 'låg kvar på',
    supine: 'legat kvar på',
    present: options.gender === 'ett' ? 'är oförändrat' : 'är oförändrad',
    noun: 'ingen förändring',
  };
}

/** The direction of a difference as shown; 0 (or −0) is unchanged. */
export function directionOf(shownDifference: number): Direction {
  if (shownDifference > 0) return 'increase';
  if (shownDifference < 0) return 'decrease';
  return 'unchanged';
}

export interface ChangeOptions {
  /** Maximum decimals of the shown difference; default 1 (unit defaults for counts and scores). */
  decimals?: number;
  /** The difference is relative, in percent of the earlier value: "84 procent", not "procentenheter". */
  relative?: boolean;
  /** Gender of the subject: "andelen är oförändrad" ('en', default), "antalet är oförändrat" ('ett'). */
  gender?: Gender;
  verbs?: VerbSet;
}

export interface ChangeWords extends Verbs {
  direction: Direction;
  /** The signed difference as the text shows it (29, −3, 0). */
  shownDifference: number;
  /** The size of the change without sign: "29 procentenheter", "1 procentenhet", "5 procent", "3 000". */
  amount: string;
}

const PLACERING: Noun = { singular: 'placering', plural: 'placeringar', definitePlural: 'placeringarna', definiteSingular: 'placeringen', gender: 'en' };

/** All the words for a signed `difference` in `unit`. */
export function describeChange(difference: number, unit: Unit, options: ChangeOptions = {}): ChangeWords {
  const amount = displayAmount(Math.abs(difference), unit, options);
  const shownDifference = difference < 0 && amount.shown !== 0 ? -amount.shown : amount.shown;
  const direction = directionOf(shownDifference);
  return { direction, shownDifference, amount: amount.text, ...changeVerbs(direction, options) };
}

/** The size of a change: "29 procentenheter", "1 procentenhet", "5 procent" (relative), "3 000", "2 kronor". */
export function formatDifference(difference: number, unit: Unit, options: ChangeOptions = {}): string {
  return displayAmount(Math.abs(difference), unit, options).text;
}

/**
 * A change by an amount in every form: "har ökat med 4 procentenheter", "ökade med 84 procent", "ökat
 * med …", "en ökning med 4 procentenheter" (`preposition: 'på'`: "en ökning på 10 procent"), short
 * "4 procentenheter". Unchanged: "har legat kvar på 55 procent" (with the level), or without a level
 * "har legat kvar på samma nivå"; noun "ingen förändring", short and predicative "oförändrat".
 */
export function phraseChangeBy(
  words: Pick<ChangeWords, 'direction' | 'amount' | 'perfect' | 'past' | 'supine' | 'noun'>,
  options: { level?: string; preposition?: 'med' | 'på' } = {},
): Phrases {
  if (words.direction === 'unchanged') {
    const level = options.level ?? 'samma nivå';
    return {
      perfect: `${words.perfect} ${level}`,
      past: `${words.past} ${level}`,
      supine: `${words.supine} ${level}`,
      noun: words.noun,
      short: 'oförändrat',
      predicative: UNCHANGED_PREDICATIVE,
    };
  }
  const by = `${options.preposition ?? 'med'} ${words.amount}`;
  const noun = `${words.noun} ${by}`;
  return {
    perfect: `${words.perfect} med ${words.amount}`,
    past: `${words.past} med ${words.amount}`,
    supine: `${words.supine} med ${words.amount}`,
    noun,
    short: words.amount,
    predicative: noun,
  };
}

/**
 * A finite verb form split for a sentence that puts its subject (or an adverbial) after the verb:
 * `head` is the finite verb, `tail` the rest. "Mellan år 2015 och 2018 {head} andelen … {tail}":
 * past "ökade" + "från 5 till 12 procent", flat "låg" + "kvar på 5 procent" (never "låg kvar på andelen
 * …"); perfect "har" + "ökat från …" / "legat kvar på …"; a level without direction "var" + "37 procent
 * år 2017". Only for the forms that start with their finite verb (perfect, past).
 */
export function splitFinite(phrase: string): { head: string; tail: string } {
  const space = phrase.indexOf(' ');
  if (space <= 0) throw new Error(`splitFinite: "${phrase}" has no finite verb and rest`);
  return { head: phrase.slice(0, space), tail: phrase.slice(space + 1) };
}

/** The forms that start with their finite verb: what `splitFinite` splits. */
export const FINITE_FORMS: readonly Form[] = ['perfect', 'past'];

/** The two ends of a change as a sentence shows them. */
export interface ShownEnds {
  from: ShownValue;
  to: ShownValue;
  fromYear: number;
  toYear: number;
}

/**
 * A change from one value to another in every form (the table at the top). The short form gives the
 * unit once ("från 8 till 33 procent") when both numbers share it and carry no scale word.
 * `years: false` leaves the years out of every form, for a sentence that names its span itself
 * ("mellan år 2019 och 2020 … som sjunkit från cirka 750 000 till 700 000"): the verb forms then take
 * the short form's numbers, and a flat series is "legat kvar på 16 procent".
 */
export function phraseFromTo(
  ends: ShownEnds,
  words: Pick<ChangeWords, 'direction' | 'perfect' | 'past' | 'supine' | 'noun'>,
  options: { years?: boolean } = {},
): Phrases {
  const { from, to } = ends;
  const fy = formatYear(ends.fromYear);
  const ty = formatYear(ends.toYear);
  const compact = from.unitWord !== '' && from.unitWord === to.unitWord;
  const short = compact ? `från ${from.number} till ${to.text}` : `från ${from.text} till ${to.text}`;
  if (options.years === false) {
    const flat = words.direction === 'unchanged';
    const span = flat ? to.text : short;
    const noun = flat ? words.noun : `${words.noun} ${short}`;
    return {
      perfect: `${words.perfect} ${span}`,
      past: `${words.past} ${span}`,
      supine: `${words.supine} ${span}`,
      noun,
      short,
      predicative: flat ? UNCHANGED_PREDICATIVE : noun,
    };
  }
  if (words.direction === 'unchanged') {
    return {
      perfect: `${words.perfect} ${to.text} sedan år ${fy}`,
      past: `${words.past} ${to.text} mellan år ${fy} och ${ty}`,
      supine: `${words.supine} ${to.text} sedan år ${fy}`,
      noun: `${words.noun} från år ${fy} till år ${ty}`,
      short,
      predicative: `${UNCHANGED_PREDICATIVE} mellan år ${fy} och ${ty}`,
    };
  }
  const span = `från ${from.text} år ${fy} till ${to.text} år ${ty}`;
  return {
    perfect: `${words.perfect} ${span}`,
    past: `${words.past} ${span}`,
    supine: `${words.supine} ${span}`,
    noun: `${words.noun} ${span}`,
    short,
    predicative: `${words.noun} ${span}`,
  };
}

/**
 * A series known at one year only (its other end missing): the level that year, in every form, for the
 * gap marker to follow — "var 37 procent år 2017 [uppgift saknas: …]". No direction is known, so no
 * verb of change: perfect and past "var 37 procent år 2017", supine "varit 37 procent år 2017", noun and
 * short "37 procent år 2017". A sentence that would say "sjönk från [uppgift saknas] till 42 procent"
 * says what it knows instead.
 */
export function phraseLevel(shown: ShownValue, year: number): Record<Form, string> {
  const at = `${shown.text} år ${formatYear(year)}`;
  return { perfect: `var ${at}`, past: `var ${at}`, supine: `varit ${at}`, noun: at, short: at };
}

export interface ShownChange extends ChangeWords {
  from: ShownValue;
  to: ShownValue;
  /** "ökat" | "minskat" | "oförändrat" (or "stigit" | "sjunkit"). */
  directionWord: string;
}

/**
 * Shows both values alike (counts share the larger one's scale word) and words the change between
 * them: the direction and the difference are those of the two numbers as printed.
 */
export function showChange(
  from: { value: number; qualifier: Qualifier | null },
  to: { value: number; qualifier: Qualifier | null },
  unit: Unit,
  display: ShowOptions & { verbs?: VerbSet } = {},
): ShownChange {
  const counted = isCounted(unit);
  const scale = display.scale ?? (counted ? pickScale(Math.max(Math.abs(from.value), Math.abs(to.value)), display) : undefined);
  const a = showValue(from.value, from.qualifier, unit, { ...display, scale });
  const b = showValue(to.value, to.qualifier, unit, { ...display, scale });
  const shownDifference = exactDifference(a.shown, b.shown);
  const decimals = counted ? undefined : Math.max(decimalPlaces(a.shown), decimalPlaces(b.shown));
  const words = describeChange(shownDifference, unit, { decimals, verbs: display.verbs });
  const directionWord = words.direction === 'unchanged' ? 'oförändrat' : words.supine;
  return { ...words, from: a, to: b, directionWord };
}

/**
 * A value that is itself a change (units procent-forandring, antal-forandring): the direction from its
 * sign as shown, the amount without sign but with the source's hedge ("ökade med cirka 19 procent").
 */
export function showChangeValue(
  value: number,
  qualifier: Qualifier | null,
  unit: Unit,
  display: ShowOptions & { verbs?: VerbSet } = {},
): ChangeWords & { shown: ShownValue } {
  const magnitude = showValue(Math.abs(value), qualifier, unit, display);
  // A change that rounds to nothing at the shown precision is no change ("under 0,1 procent" is not a rise).
  const rounded = displayValue(Math.abs(value), unit, display).shown;
  const direction = directionOf(rounded === 0 ? 0 : Math.sign(value));
  const shown = showValue(value, qualifier, unit, display);
  return { direction, shownDifference: direction === 'decrease' ? -magnitude.shown : direction === 'increase' ? magnitude.shown : 0, amount: magnitude.text, ...changeVerbs(direction, display), shown };
}

function displayAmount(magnitude: number, unit: Unit, options: ChangeOptions): { shown: number; text: string } {
  if (options.relative || unit === 'procent-forandring') {
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
