/** Parameters shared by count, rank and top: the dimension to go through, and the order. */
import type { Dimension } from '../../model/registry.js';
import { factMessages } from '../messages.js';
import { findDimension, readEnum, type Reader } from '../reader.js';
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
