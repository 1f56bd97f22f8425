/**
 * Large counts as the report writes them: "drygt 191 miljoner besök", "1,2 miljarder", "1 miljon", but
 * plain digits below a million ("cirka 100 000 innehavare", "62 241 startade"). The 2020 edition never
 * uses "tusen" for counts, so neither do we.
 *
 * Rounding follows the report: below 10 of a scale word one decimal ("2,3 miljoner", "1,8 miljoner"),
 * from 10 upwards whole numbers ("96 miljoner", "191 miljoner"). Pass `decimals` to override
 * ("12,4 miljarder kronor").
 */
import { DEFAULT_DECIMALS, formatNumber, roundHalfAway, shiftDecimal } from './number.js';

export type Scale = 'none' | 'miljon' | 'miljard' | 'biljon';

interface ScaleWord {
  scale: Scale;
  exponent: number;
  singular: string;
  plural: string;
}

/** Ascending; Swedish long scale: miljard = 10⁹, biljon = 10¹². */
const SCALES: readonly ScaleWord[] = [
  { scale: 'none', exponent: 0, singular: '', plural: '' },
  { scale: 'miljon', exponent: 6, singular: 'miljon', plural: 'miljoner' },
  { scale: 'miljard', exponent: 9, singular: 'miljard', plural: 'miljarder' },
  { scale: 'biljon', exponent: 12, singular: 'biljon', plural: 'biljoner' },
];

export interface ScaleOptions {
  /** Maximum decimals of the scaled number; default 1 below 10 and 0 from 10 (1 without a scale word). */
  decimals?: number;
  minDecimals?: number;
  /** Force a scale, e.g. to print two numbers of a comparison alike ("0,9 miljoner … 1,8 miljoner"). */
  scale?: Scale;
}

export interface ScaledNumber {
  /** The value the text shows, in the original unit (191 342 000 → 191 000 000). */
  shown: number;
  scale: Scale;
  /** One unit in the last shown digit, in the original unit (1 000 000 for "191 miljoner"). */
  step: number;
  /** "191 miljoner", "1 miljon", "100 000". */
  text: string;
}

/** The scale the report would use for n: the largest whose word keeps the number at 1 or more. */
export function pickScale(n: number, options: Pick<ScaleOptions, 'decimals'> = {}): Scale {
  const plain = roundHalfAway(n, options.decimals ?? DEFAULT_DECIMALS);
  let picked: ScaleWord = SCALES[0] as ScaleWord;
  for (const s of SCALES) if (Math.abs(plain) >= 10 ** s.exponent) picked = s;
  return picked.scale;
}

/** 191 342 000 → "191 miljoner"; 1 200 000 000 → "1,2 miljarder"; 100 000 → "100 000". */
export function scaleNumber(n: number, options: ScaleOptions = {}): ScaledNumber {
  let index = SCALES.findIndex((s) => s.scale === (options.scale ?? pickScale(n, options)));
  let word = SCALES[index] as ScaleWord;
  let scaled = shiftDecimal(n, -word.exponent);
  let decimals = decimalsFor(scaled, word, options);
  let rounded = roundHalfAway(scaled, decimals);
  // 999,6 miljoner rounds to 1 000 miljoner: say "1 miljard" instead, unless the caller fixed the scale.
  const next = SCALES[index + 1];
  if (options.scale === undefined && word.scale !== 'none' && next && Math.abs(rounded) >= 1000) {
    index += 1;
    word = next;
    scaled = shiftDecimal(n, -word.exponent);
    decimals = decimalsFor(scaled, word, options);
    rounded = roundHalfAway(scaled, decimals);
  }
  const number = formatNumber(rounded, { decimals, minDecimals: options.minDecimals ?? 0 });
  const noun = Math.abs(rounded) === 1 ? word.singular : word.plural;
  return {
    shown: shiftDecimal(rounded, word.exponent),
    scale: word.scale,
    step: shiftDecimal(1, word.exponent - decimals),
    text: noun ? `${number} ${noun}` : number,
  };
}

/** The text of `scaleNumber`. */
export function formatScaled(n: number, options: ScaleOptions = {}): string {
  return scaleNumber(n, options).text;
}

/** The power of ten of a scale (for callers that convert shown values). */
export function scaleExponent(scale: Scale): number {
  return SCALES.find((s) => s.scale === scale)?.exponent ?? 0;
}

function decimalsFor(scaled: number, word: ScaleWord, options: ScaleOptions): number {
  if (options.decimals !== undefined) return options.decimals;
  if (word.scale === 'none') return DEFAULT_DECIMALS;
  return Math.abs(scaled) < 10 ? 1 : 0;
}
