/**
 * The members of a dimension that count, rank and top go through, and how running text names them:
 * "oklar lagstiftning" (a common noun, lower case inside a sentence), "Uppsala" (after "regioner" the
 * report drops "Region"), "Sverige", "Kry" (names keep their capital).
 */
import type { Selection } from '../model/edition.js';
import { observationKey, type Datasets, type Observation } from '../model/observation.js';
import type { Dimension, Indicator } from '../model/registry.js';
import { KOMMUN, LAN, LAND, REGION, type Noun } from '../text/index.js';
import { findObservation } from '../compute/select.js';

/** Codes that stand for a whole (the nation, the EU average, a total): never ranked or counted as a member. */
export const AGGREGATE_CODES: ReadonlySet<string> = new Set(['riket', 'eu', 'totalt', 'alla']);

/** Dimensions whose labels are names, printed as they are. */
const PROPER_NAMES: ReadonlySet<string> = new Set(['region', 'land', 'kommun', 'lan', 'aktor', 'portal']);

/** The noun a count of this dimension's members uses ("elva av regionerna"). */
export const COUNT_NOUNS: Readonly<Record<string, Noun>> = { region: REGION, kommun: KOMMUN, land: LAND, lan: LAN };

export interface Member {
  code: string;
  label: string;
  observation: Observation | undefined;
  key: string | null;
}

/**
 * Every member of `dimension` (registry order; for a pattern dimension the codes the data has) with its
 * observation in `year` under the fixed dimensions of `selection` (plus `extra`).
 */
export function membersOf(
  datasets: Datasets,
  indicator: Indicator,
  dimension: Dimension,
  selection: Selection,
  year: number,
  extra: Readonly<Record<string, string>> = {},
): Member[] {
  const codes = dimension.values.length
    ? dimension.values.map((v) => v.code)
    : [...new Set(datasets.observations.filter((o) => o.indicator === indicator.id).map((o) => o.dims[dimension.name]).filter((c): c is string => c !== undefined))].sort();
  return codes
    .filter((code) => !AGGREGATE_CODES.has(code))
    .map((code) => {
      const o = findObservation(datasets, { indicator: indicator.id, where: { ...selection.where, ...extra, [dimension.name]: code } }, year);
      return { code, label: labelOf(dimension, code), observation: o, key: o ? observationKey(o) : null };
    });
}

/** The registry label of a code (the code itself when the dimension has only a pattern). */
export function labelOf(dimension: Dimension, code: string): string {
  return dimension.values.find((v) => v.code === code)?.label ?? code;
}

/**
 * A label inside a sentence: names stay as they are ("Region Uppsala" → "Uppsala" in a list of regions),
 * common nouns go lower case unless they start with an abbreviation ("SIP med stöd av video", "EU").
 */
export function inlineLabel(dimension: Dimension, label: string): string {
  if (dimension.name === 'region') return label.replace(/^Region /, '').replace(/ län$/, '');
  if (PROPER_NAMES.has(dimension.name)) return label;
  const [first, second] = [...label];
  if (first === undefined || second === undefined) return label;
  const abbreviation = second !== second.toLocaleLowerCase('sv-SE') || /\d/.test(first);
  return abbreviation ? label : first.toLocaleLowerCase('sv-SE') + label.slice(first.length);
}
