/**
 * Numbers as words where Swedish style wants them. Språkrådet's rule, which the report follows: counts
 * one to twelve in words ("Elva av regionerna", "sju regioner", "ett år"), larger counts in digits
 * ("Fem av 18 regioner"). Measurements with a unit ("5 procent") are always digits; that is unit.ts.
 */
import { formatNumber } from './number.js';

/** Grammatical gender: utrum takes "en" (en region), neutrum "ett" (ett år). */
export type Gender = 'en' | 'ett';

/** A countable noun in the forms a count needs. */
export interface Noun {
  singular: string;
  plural: string;
  /** "regionerna": for "elva av regionerna". */
  definitePlural: string;
  /** "regionen": for "den enda regionen". */
  definiteSingular: string;
  gender: Gender;
}

export const REGION: Noun = { singular: 'region', plural: 'regioner', definitePlural: 'regionerna', definiteSingular: 'regionen', gender: 'en' };
export const KOMMUN: Noun = { singular: 'kommun', plural: 'kommuner', definitePlural: 'kommunerna', definiteSingular: 'kommunen', gender: 'en' };
export const LAND: Noun = { singular: 'land', plural: 'länder', definitePlural: 'länderna', definiteSingular: 'landet', gender: 'ett' };
export const AR: Noun = { singular: 'år', plural: 'år', definitePlural: 'åren', definiteSingular: 'året', gender: 'ett' };
export const LAN: Noun = { singular: 'län', plural: 'län', definitePlural: 'länen', definiteSingular: 'länet', gender: 'ett' };
export const AKTOR: Noun = { singular: 'aktör', plural: 'aktörer', definitePlural: 'aktörerna', definiteSingular: 'aktören', gender: 'en' };
export const VARDGIVARE: Noun = { singular: 'vårdgivare', plural: 'vårdgivare', definitePlural: 'vårdgivarna', definiteSingular: 'vårdgivaren', gender: 'en' };
/** "i ett fall", "i två fall": cases among a group ("sju regioner …, i ett fall två informationsmängder"). */
export const FALL: Noun = { singular: 'fall', plural: 'fall', definitePlural: 'fallen', definiteSingular: 'fallet', gender: 'ett' };
/** A noun with its adjective, which agrees too: "en privat aktör", "12 privata aktörer", "den enda privata aktören". */
export const PRIVAT_AKTOR: Noun = { singular: 'privat aktör', plural: 'privata aktörer', definitePlural: 'privata aktörerna', definiteSingular: 'privata aktören', gender: 'en' };

/** The nouns a fact may count with (`noun:` of a value fact, the dimension of a count fact). */
export const NOUNS: Readonly<Record<string, Noun>> = {
  region: REGION,
  kommun: KOMMUN,
  land: LAND,
  lan: LAN,
  ar: AR,
  aktor: AKTOR,
  vardgivare: VARDGIVARE,
  'privat-aktor': PRIVAT_AKTOR,
  fall: FALL,
};

const CARDINALS = ['noll', '', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
const ORDINALS = [
  '',
  'första',
  'andra',
  'tredje',
  'fjärde',
  'femte',
  'sjätte',
  'sjunde',
  'åttonde',
  'nionde',
  'tionde',
  'elfte',
  'tolfte',
];

/** 1 → "en"/"ett", 2–12 → "två" … "tolv", 0 → "noll", from 13 digits ("18", "1 430"). */
export function numberWord(n: number, gender: Gender = 'en'): string {
  assertCount(n);
  if (n === 1) return gender;
  return CARDINALS[n] ?? formatNumber(n, { decimals: 0 });
}

/**
 * How a count before its noun is written: `words`, Språkrådet's rule (one to twelve in words), or
 * `digits` where a text writes every count above one in digits ("12 privata aktörer"; one stays "en").
 */
export type Numerals = 'words' | 'digits';

function countWord(n: number, gender: Gender, numerals: Numerals): string {
  return numerals === 'digits' && n > 1 ? formatNumber(n, { decimals: 0 }) : numberWord(n, gender);
}

/** 1 → "ett år", 5 → "fem regioner", 18 → "18 regioner", 0 → "inga regioner"; digits: 5 → "5 regioner". */
export function countNoun(n: number, noun: Noun, numerals: Numerals = 'words'): string {
  assertCount(n);
  if (n === 0) return `inga ${noun.plural}`;
  return `${countWord(n, noun.gender, numerals)} ${n === 1 ? noun.singular : noun.plural}`;
}

/**
 * The definite form of a counted group: 2 → "de två regionerna", 18 → "de 18 regionerna", 1 → "den
 * enda regionen" / "det enda länet", 0 → "inga regioner"; digits: 2 → "de 2 regionerna".
 */
export function definiteCount(n: number, noun: Noun, numerals: Numerals = 'words'): string {
  assertCount(n);
  if (n === 0) return `inga ${noun.plural}`;
  if (n === 1) return `${noun.gender === 'ett' ? 'det enda' : 'den enda'} ${noun.definiteSingular}`;
  return `de ${countWord(n, noun.gender, numerals)} ${noun.definitePlural}`;
}

/**
 * A part of a group: "elva av regionerna" (the whole group is known to the reader), or with the total
 * "fem av 18 regioner". 0 → "ingen av regionerna" / "inget av länen". Capitalize at sentence start.
 */
export function countOf(n: number, noun: Noun, total?: number): string {
  assertCount(n);
  if (total !== undefined) {
    assertCount(total);
    if (n > total) throw new RangeError(`${n} of ${total}: the part exceeds the whole`);
  }
  const part = n === 0 ? (noun.gender === 'ett' ? 'inget' : 'ingen') : numberWord(n, noun.gender);
  const whole = total === undefined ? noun.definitePlural : countNoun(total, noun);
  return `${part} av ${whole}`;
}

/** 1 → "första", 2 → "andra" … 12 → "tolfte"; from 13 the numeric form ("13:e"). */
export function ordinalWord(n: number): string {
  assertOrdinal(n);
  return ORDINALS[n] ?? ordinalNumeric(n);
}

/**
 * "1:a", "2:a", "3:e", "6:e", "10:e", "11:e", "12:e", "21:a", "22:a", "101:a", "111:e": ":a" when the
 * number ends in 1 or 2 (första, andra) except 11 and 12 (elfte, tolfte), otherwise ":e".
 */
export function ordinalNumeric(n: number): string {
  assertOrdinal(n);
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = (last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e';
  return `${formatNumber(n, { decimals: 0 })}:${suffix}`;
}

/** A rank: "andra plats" in prose, "6:e plats" in lists (`style: 'numeric'`); from 13 always numeric. */
export function formatPlace(n: number, style: 'word' | 'numeric' = 'word'): string {
  return `${style === 'word' ? ordinalWord(n) : ordinalNumeric(n)} plats`;
}

/** Upper-cases the first letter: "elva av regionerna" → "Elva av regionerna"; "66 procent" unchanged. */
export function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase('sv-SE') + text.slice(head.length);
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${n}`);
}

function assertOrdinal(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a rank must be a whole number ≥ 1, got ${n}`);
}
