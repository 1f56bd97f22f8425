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
import type { GapReason } from '../compute/span.js';

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

/** The members a ranking goes through, in the order the source lists them, or why it cannot be made. */
export type Population =
  | { ok: true; members: (Member & { observation: Observation & { value: number } })[]; keys: string[] }
  | { ok: false; missing: { code: string; reason: GapReason }[]; keys: string[] };

/**
 * The members ranked, counted or compared in `year`: the codes listed in `only` (each must have a value),
 * or else every member the data holds for the year under the fixed dimensions (a member the source does
 * not report is not among them; a member entered as missing makes the ranking unknowable, so it is a
 * gap, never left out). Ordered as the data file lists them: equal values keep the source's order.
 */
export function populationOf(
  datasets: Datasets,
  indicator: Indicator,
  dimension: Dimension,
  selection: Selection,
  year: number,
  only?: readonly string[],
): Population {
  const all = membersOf(datasets, indicator, dimension, selection, year);
  const chosen = only ? only.map((code) => all.find((m) => m.code === code) ?? { code, label: labelOf(dimension, code), observation: undefined, key: null }) : all.filter((m) => m.observation);
  const keys = chosen.flatMap((m) => (m.key ? [m.key] : []));
  const missing = chosen.filter((m) => m.observation?.value == null).map((m) => ({ code: m.code, reason: m.observation?.missing ?? ('absent' as const) }));
  if (missing.length || chosen.length === 0) return { ok: false, missing: chosen.length ? missing : [{ code: '', reason: 'absent' }], keys };
  const members = (chosen as (Member & { observation: Observation & { value: number } })[]).slice();
  if (!only) members.sort((a, b) => compareLocation(a.observation, b.observation));
  return { ok: true, members, keys };
}

function compareLocation(a: Observation, b: Observation): number {
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  return a.location.line - b.location.line || a.location.column - b.location.column;
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
