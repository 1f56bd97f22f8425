/**
 * kind: change — the report year against an earlier year, by how much, in the forms of
 * src/text/change.ts: perfect "har ökat med 5 procentenheter", past "ökade med …", supine "ökat med …",
 * noun "en ökning med 5 procentenheter" (as in "…, vilket var en ökning med 4 procentenheter"), short
 * "5 procentenheter"; unchanged at the shown precision: "har legat kvar på 55 procent", "låg kvar på 55
 * procent", noun "ingen förändring".
 * Parameters: compare (`previous`, the year before the report year; `first`, the first year with a
 * value; or a year), form, verbs, after, preposition (`med` default, `på`: "en ökning på 10 procent"),
 * and the display options. Parts: every form, verb, difference, relative ("13 procent", with
 * drygt/knappt when rounded; absent when the earlier value is 0), from, to, fromYear, toYear,
 * direction, Text; head and tail with form perfect or past (kind.ts makeChangeFact). A missing earlier value is a gap ("jämfört med året innan" needs a year before).
 */
import { changeOverSpan, spanValues } from '../../compute/span.js';
import { approximate, formatYear, phraseChangeBy, showChange } from '../../text/index.js';
import { gapFact } from '../gap.js';
import { factMessages } from '../messages.js';
import { readEnum, readYear } from '../reader.js';
import { keysAt, lookup, seriesPoints } from '../series.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { CHANGE_PARAMS, makeChangeFact, readChangeParams, type FactKind } from './kind.js';

export const changeKind: FactKind = {
  params: ['compare', 'preposition', ...CHANGE_PARAMS, ...DISPLAY_PARAMS],
  build(r) {
    const compare = readYear(r, r.raw('compare'), 'compare', ['previous', 'first'] as const) ?? r.datasets.year - 1;
    const params = readChangeParams(r);
    const preposition = readEnum(r, 'preposition', ['med', 'på'] as const, 'med');
    const display = readDisplay(r);
    const toYear = r.datasets.year;
    if (typeof compare === 'number' && compare >= toYear) r.error('fact/bad-param', factMessages.spanBackwards(r.def.id, compare, toYear));
    if (!r.ok) return undefined;

    const span = changeOverSpan(seriesPoints(r.datasets, r.selection), { from: compare, to: toYear, share: r.indicator.unit === 'procent' });
    if (!span.ok) {
      const missing = span.gaps.map((g) => ({ selection: r.selection, year: g.year, reason: g.reason }));
      const known: Record<string, string> = { toYear: formatYear(toYear) };
      if (typeof compare === 'number') known['fromYear'] = formatYear(compare);
      return gapFact(r.def, r.registry, missing, keysAt(r.datasets, r.selection, span.gaps.map((g) => g.year)), known);
    }
    const from = lookup(r.datasets, r.selection, span.fromYear);
    const to = lookup(r.datasets, r.selection, span.toYear);
    if (!from.ok || !to.ok) throw new Error(`change ${r.def.id}: span end without value`);
    const c = showChange(from.observation, to.observation, r.indicator.unit, { ...display, verbs: params.verbs });
    const phrases = phraseChangeBy(c, { level: c.to.text, preposition });

    const parts: Record<string, string> = {
      verb: params.form === 'past' ? c.past : params.form === 'supine' ? c.supine : c.perfect,
      difference: c.amount,
      from: c.from.text,
      to: c.to.text,
      fromYear: formatYear(span.fromYear),
      toYear: formatYear(span.toYear),
      direction: c.directionWord,
    };
    const relative = span.change.relative;
    // The relative change only where the direction shows one: never "ökat … 0 procent".
    if (relative !== null && Math.abs(relative) <= 1e11) parts['relative'] = c.direction === 'unchanged' ? '0 procent' : approximate(Math.abs(relative), { unit: 'procent', decimals: 0 }).text;
    return makeChangeFact(r, phrases, c.direction, params, parts, { ...spanValues(span), percentagePoints: span.change.percentagePoints }, [from.key, to.key]);
  },
};
