/**
 * Why a value is missing, in words, and the visible marker a draft prints where a number should be.
 * A gap is never a zero, and never silently empty: the marker is meant to be found by a reader or a
 * search for "[uppgift saknas".
 */
import type { MissingReason } from '../model/observation.js';
import type { IndicatorId } from '../model/registry.js';
import { joinList } from './list.js';
import { formatYear } from './number.js';

/**
 * not-asked → "frågan ställdes inte år 2017", not-collected → "uppgiften samlades inte in år 2017",
 * not-available → "uppgift saknas för år 2017". Several years: "år 2017 eller 2018". Without years the
 * phrase ends at the verb ("uppgift saknas"). Lower case; capitalize for a footnote.
 */
export function describeMissing(reason: MissingReason, years: number | readonly number[] = []): string {
  const list = typeof years === 'number' ? [years] : [...years].sort((a, b) => a - b);
  const when = list.length === 0 ? '' : ` år ${joinList(list.map(formatYear), 'eller')}`;
  switch (reason) {
    case 'not-asked':
      return `frågan ställdes inte${when}`;
    case 'not-collected':
      return `uppgiften samlades inte in${when}`;
    case 'not-available':
      return list.length === 0 ? 'uppgift saknas' : `uppgift saknas för${when}`;
  }
}

/** ("2:10", "inloggningar", 2021) → "[uppgift saknas: 2:10 inloggningar 2021]". */
export function missingMarker(indicatorId: IndicatorId, description: string, year: number): string {
  return `[uppgift saknas: ${indicatorId} ${description} ${formatYear(year)}]`;
}
