/** Parameters shared by count, rank and top: the dimension to go through, and the order. */
import type { GapReason } from '../../compute/span.js';
import type { Fact } from '../../model/fact.js';
import type { Dimension } from '../../model/registry.js';
import { gapFact } from '../gap.js';
import { AGGREGATE_CODES } from '../members.js';
import { factMessages } from '../messages.js';
import { checkCode, findDimension, readEnum, type Reader } from '../reader.js';
import type { Order } from '../../compute/rank.js';

/** The `dimension` parameter: a dimension of the indicator that `where` leaves open. */
export function readMemberDimension(r: Reader): Dimension | undefined {
  const raw = r.raw('dimension');
  if (raw === undefined) {
    r.error('fact/missing-param', factMessages.missingParam(r.def.id, 'dimension'));
    return undefined;
  }
  if (typeof raw !== 'string') {
    r.error('fact/bad-param', factMessages.badParam(r.def.id, 'dimension', 'a dimension name', raw));
    return undefined;
  }
  const dimension = findDimension(r, r.indicator, raw);
  if (dimension && raw in r.selection.where) {
    r.error('fact/bad-param', factMessages.dimensionFixed(r.def.id, raw));
    return undefined;
  }
  return dimension;
}

export function readOrder(r: Reader): Order {
  return readEnum(r, 'order', ['descending', 'ascending'] as const, 'descending');
}

/** `members`: the codes to rank or compare among (default: every member the data holds that year). */
export function readMembers(r: Reader, dimension: Dimension | undefined): string[] | undefined {
  const raw = r.raw('members');
  if (raw === undefined || !dimension) return undefined;
  if (!Array.isArray(raw) || raw.length < 2 || !raw.every((c) => typeof c === 'string' || typeof c === 'number')) {
    r.error('fact/bad-param', factMessages.badParam(r.def.id, 'members', 'a list of at least two codes', raw));
    return undefined;
  }
  const codes = raw.map(String);
  for (const code of codes) {
    if (checkCode(r, dimension, code) && AGGREGATE_CODES.has(code)) r.error('fact/bad-param', factMessages.badParam(r.def.id, 'members', 'members, not a total', code));
  }
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (twice) r.error('fact/bad-param', factMessages.badParam(r.def.id, 'members', 'codes listed once each', twice));
  return codes;
}

/** The gap of a ranking whose population has missing members (or none at all). */
export function populationGap(r: Reader, dimension: Dimension, year: number, missing: readonly { code: string; reason: GapReason }[], keys: readonly string[]): Fact {
  const values = missing.map((m) => ({
    selection: { indicator: r.indicator.id, where: m.code ? { ...r.selection.where, [dimension.name]: m.code } : r.selection.where },
    year,
    reason: m.reason,
  }));
  return gapFact(r.def, r.registry, values, keys);
}
