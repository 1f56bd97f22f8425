/**
 * A number the source qualified, written where values stand outside the prose: figure data tables,
 * table cells, chart value labels, the CSV's qualifier column (the short form) and the text
 * alternatives (the words). The number comes formatted by its caller (the chart's own format, so the
 * table prints what the chart draws); this only adds the qualifier.
 *
 * Short forms, as Swedish statistics tables write them: bounds as symbols set close (">99", "<5"),
 * the hedges as words ("drygt 86", "knappt 3") and cirka as its abbreviation "ca" (Språkrådet: "ca",
 * no full stops), each joined by a no-break space so a narrow cell never separates them. Words, for
 * text read as sentences: "över 99", "under 5", "drygt 86", "knappt 3", "cirka 80".
 */
import type { Qualifier } from '../model/observation.js';
import { qualifierWord } from './approximate.js';
import { NBSP } from './number.js';

const SHORT: Readonly<Record<Qualifier, string>> = { over: '>', under: '<', drygt: 'drygt', knappt: 'knappt', cirka: 'ca' };

/** The qualifier alone in its short form: ">", "<", "drygt", "knappt", "ca". */
export function qualifierShort(qualifier: Qualifier): string {
  return SHORT[qualifier];
}

/**
 * `number` (already formatted) with its qualifier: short ">99", "drygt 86", "ca 80" (default), or
 * words "över 99", "drygt 86", "cirka 80". Without a qualifier, the number as it is.
 */
export function qualifyNumber(number: string, qualifier: Qualifier | null, form: 'short' | 'words' = 'short'): string {
  if (qualifier === null) return number;
  if (form === 'words') return `${qualifierWord(qualifier)} ${number}`;
  const bound = qualifier === 'over' || qualifier === 'under';
  return bound ? `${SHORT[qualifier]}${number}` : `${SHORT[qualifier]}${NBSP}${number}`;
}
