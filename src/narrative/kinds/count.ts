/**
 * kind: count — how many members of a dimension meet a condition in the report year:
 *   form words    "elva av regionerna"
 *   form of-total "11 av 19 regioner" (the total is the members with a value: those that answered)
 * Parameters: dimension; condition `{ min }`, `{ max }` (inclusive) or `{ equals: <code> }` (a code of
 * another dimension: members whose observation with that code has a value above 0); form.
 * Parts: number, total, words, majority ("en majoritet" when more than half of those with a value meet
 * the condition, "hälften", "en minoritet", "ingen" — and Majority), Text ("Elva av regionerna" / "Elva
 * av 19 regioner": no digits first).
 * Members without a value are left out of the total and reported in the value `unknown`.
 */
import { countMeeting, meetsThreshold, type Threshold } from '../../compute/count.js';
import { findObservation } from '../../compute/select.js';
import { observationKey } from '../../model/observation.js';
import type { Dimension } from '../../model/registry.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { capitalize, countOf, formatNumber } from '../../text/index.js';
import { gapFact } from '../gap.js';
import { COUNT_NOUNS, membersOf } from '../members.js';
import { factHints, factMessages } from '../messages.js';
import { readEnum, type Reader } from '../reader.js';
import { makeFact, type FactKind } from './kind.js';
import { readMemberDimension } from './members-params.js';

type Condition = Threshold | { equals: { dimension: Dimension; code: string } };

export const countKind: FactKind = {
  params: ['dimension', 'condition', 'form'],
  build(r) {
    const dimension = readMemberDimension(r);
    const form = readEnum(r, 'form', ['words', 'of-total'] as const, 'words');
    const condition = dimension ? readCondition(r, dimension) : undefined;
    const noun = dimension ? COUNT_NOUNS[dimension.name] : undefined;
    if (dimension && !noun) r.error('fact/no-noun', factMessages.noNoun(r.def.id, dimension.name), factHints.nouns(Object.keys(COUNT_NOUNS)));
    if (!r.ok || !dimension || !condition || !noun) return undefined;

    const year = r.datasets.year;
    const members = membersOf(r.datasets, r.indicator, dimension, r.selection, year);
    const keys: string[] = [];
    let values: (number | null)[];
    if ('equals' in condition) {
      const other = condition.equals.dimension;
      values = members.map((m) => {
        const where = { ...r.selection.where, [dimension.name]: m.code };
        const answered = other.values.some((v) => {
          const o = findObservation(r.datasets, { indicator: r.indicator.id, where: { ...where, [other.name]: v.code } }, year);
          if (o) keys.push(observationKey(o));
          return o !== undefined && o.value !== null;
        });
        if (!answered) return null;
        const hit = findObservation(r.datasets, { indicator: r.indicator.id, where: { ...where, [other.name]: condition.equals.code } }, year);
        return hit?.value !== null && hit?.value !== undefined && hit.value > 0 ? 1 : 0;
      });
    } else {
      members.forEach((m) => m.key && keys.push(m.key));
      values = members.map((m) => m.observation?.value ?? null);
    }
    const test = 'equals' in condition ? (v: number) => v > 0 : (v: number) => meetsThreshold(v, condition);
    const result = countMeeting(values, test);
    if (result.total === 0) return gapFact(r.def, r.registry, [{ selection: r.selection, year, reason: 'absent' }], keys);

    const words = countOf(result.count, noun);
    const digits = (n: number) => formatNumber(n, { decimals: 0 });
    const text =
      form === 'words'
        ? words
        : `${digits(result.count)} av ${digits(result.total)} ${result.total === 1 ? noun.singular : noun.plural}`;
    return makeFact(
      r,
      text,
      {
        number: digits(result.count),
        total: digits(result.total),
        words,
        majority: majorityWord(result.count, result.total),
        Majority: capitalize(majorityWord(result.count, result.total)),
        Text: capitalize(form === 'words' ? words : countOf(result.count, noun, result.total)),
      },
      { count: result.count, total: result.total, unknown: result.unknown },
      keys,
    );
  },
};

/** How a part relates to its whole: more than half is a majority, exactly half is half. */
export function majorityWord(count: number, total: number): string {
  if (count === 0) return 'ingen';
  if (count * 2 > total) return 'en majoritet';
  if (count * 2 === total) return 'hälften';
  return 'en minoritet';
}

function readCondition(r: Reader, dimension: Dimension): Condition | undefined {
  const raw = r.raw('condition');
  const expected = '{ min: <number> }, { max: <number> } or { equals: <code> }';
  if (raw === undefined) {
    r.error('fact/missing-param', factMessages.missingParam(r.def.id, 'condition'));
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.keys(raw).length !== 1) {
    r.error('fact/bad-param', factMessages.badParam(r.def.id, 'condition', expected, raw));
    return undefined;
  }
  const [key, value] = Object.entries(raw as Record<string, unknown>)[0]!;
  if ((key === 'min' || key === 'max') && typeof value === 'number' && Number.isFinite(value)) {
    return key === 'min' ? { min: value } : { max: value };
  }
  if (key === 'equals' && (typeof value === 'string' || typeof value === 'number')) {
    const code = String(value);
    const candidates = r.indicator.dimensions.filter((d) => d.name !== dimension.name && !(d.name in r.selection.where));
    const owner = candidates.find((d) => d.values.some((v) => v.code === code));
    if (owner) return { equals: { dimension: owner, code } };
    const codes = candidates.flatMap((d) => d.values.map((v) => v.code));
    r.error('fact/unknown-code', factMessages.equalsCode(r.def.id, code), didYouMean(code, codes) ?? factHints.knownCodes(codes));
    return undefined;
  }
  const hint = didYouMean(key, ['min', 'max', 'equals']);
  r.error('fact/bad-param', factMessages.badParam(r.def.id, 'condition', expected, raw), hint);
  return undefined;
}
