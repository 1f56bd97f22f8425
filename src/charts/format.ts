import type { MissingReason } from '../model/observation.js';
import { qualifyNumber } from '../text/qualified.js';
import type { FigureDatum } from './data.js';

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

const MISSING_WORDS: Readonly<Record<MissingReason, string>> = {
  'not-asked': 'frågan ställdes inte',
  'not-collected': 'uppgiften samlades inte in',
  'not-available': 'uppgift saknas',
};

/** The legend entry of a missing-value mark. */
const MISSING_LEGEND: Readonly<Record<MissingReason, string>> = {
  'not-asked': 'Frågan ställdes inte',
  'not-collected': 'Uppgiften samlades inte in',
  'not-available': 'Uppgift saknas',
};

/** The order in which missing reasons are listed (legend, text alternative). */
export const MISSING_ORDER: readonly MissingReason[] = ['not-available', 'not-asked', 'not-collected'];

export function missingWords(reason: MissingReason | null): string {
  return MISSING_WORDS[reason ?? 'not-available'];
}

export function missingLegend(reason: MissingReason | null): string {
  return MISSING_LEGEND[reason ?? 'not-available'];
}

/** One value as a reader sees it: "66", "38,6", ">99", "drygt 86", or why it is missing (tables; Intl, synchronous). */
export function formatDatum(d: FigureDatum): string {
  if (d.value === null) return missingWords(d.missing);
  return qualifyNumber(NUMBER.format(d.value).replace(/[\u2009\u202f ]/g, '\u00a0').replace('\u2212', '−'), d.qualifier);
}

/** A value as a chart prints it (`format`, the chart's own), with its qualifier: ">99", "drygt 86". */
export function formatLabel(d: Pick<FigureDatum, 'value' | 'qualifier'>, format: NumberFormatter): string {
  return d.value === null ? '' : qualifyNumber(format(d.value), d.qualifier);
}

/** A number formatter (d3-format with the sv-SE locale, see render.ts `numberFormatter`). */
export type NumberFormatter = (value: number) => string;

/**
 * The d3 format of a figure's value labels: `options.format` when given, otherwise thousands
 * grouping and as many decimals as the data has (at most two, trailing zeros dropped): 66 → "66",
 * 38.6 → "38,6", 191000000 → "191 000 000".
 */
export function valueFormat(values: readonly number[], option: unknown): string {
  if (typeof option === 'string' && option.trim()) return option.trim();
  const decimals = Math.min(2, Math.max(0, ...values.map(decimalsOf)));
  return `,.${decimals}~f`;
}

/**
 * What is wrong with a d3 number format, or null. The grammar is d3-format's own (its
 * `formatSpecifier` pattern, which throws "invalid format" on anything else, stopping the build),
 * narrowed to what prints a number: a type d3 knows (it reads an unknown one as "g" in silence; "c"
 * prints a character) and a width that cannot run to megabytes of padding. test/charts/format.test.ts
 * holds it against d3-format itself.
 */
export function formatProblem(specifier: string): string | null {
  const m = D3_SPECIFIER.exec(specifier);
  if (!m) return 'd3-format cannot read it';
  const [, , , , , , width, , , , type] = m;
  if (type !== undefined && !NUMBER_TYPES.includes(type)) return `"${type}" is not a type of number format (${NUMBER_TYPES.join(' ')})`;
  if (width !== undefined && Number(width) > MAX_WIDTH) return `a width of ${width} characters is more than ${MAX_WIDTH}`;
  return null;
}

/** d3-format 3's specifier: [[fill]align][sign][symbol][0][width][,][.precision][~][type]. */
export const D3_SPECIFIER = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
const NUMBER_TYPES = ['e', 'f', 'g', 'r', 's', '%', 'p', 'b', 'o', 'd', 'x', 'X', 'n'];
const MAX_WIDTH = 40;

function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const text = String(Math.abs(n));
  if (text.includes('e')) return 2;
  return text.split('.')[1]?.length ?? 0;
}
