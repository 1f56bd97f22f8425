/**
 * kind: change — the report year against an earlier year:
 *   perfect "har ökat med 5 procentenheter", past "ökade med 5 procentenheter",
 *   short "en ökning med 5 procentenheter" (as in "…, vilket var en ökning med 4 procentenheter");
 *   unchanged at the shown precision: "har legat kvar på 55 procent", "låg kvar på 55 procent",
 *   "ingen förändring".
 * Parameters: compare (`previous`, the year before the report year; `first`, the first year with a
 * value; or a year), form, and the display options decimals and scale. Parts: verb, difference, relative ("13 procent", with drygt/knappt when
 * rounded; absent when the earlier value is 0), from, to, fromYear, toYear, direction, Text.
 */
import { changeOverSpan, spanValues } from '../../compute/span.js';
import { approximate, formatYear } from '../../text/index.js';
import { showChange } from '../change-words.js';
import { gapFact } from '../gap.js';
import { factMessages } from '../messages.js';
import { readEnum, readYear } from '../reader.js';
import { keysAt, lookup, seriesPoints } from '../series.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { FORMS, makeFact, type FactKind } from './kind.js';

export const changeKind: FactKind = {
  params: ['compare', 'form', ...DISPLAY_PARAMS],
  build(r) {
    const compare = readYear(r, r.raw('compare'), 'compare', ['previous', 'first'] as const) ?? r.datasets.year - 1;
    const form = readEnum(r, 'form', FORMS, 'perfect');
    const display = readDisplay(r);
    const toYear = r.datasets.year;
    if (typeof compare === 'number' && compare >= toYear) r.error('fact/bad-param', factMessages.spanBackwards(r.def.id, compare, toYear));
    if (!r.ok) return undefined;

    const span = changeOverSpan(seriesPoints(r.datasets, r.selection), { from: compare, to: toYear, share: r.indicator.unit === 'procent' });
    if (!span.ok) {
      const missing = span.gaps.map((g) => ({ selection: r.selection, year: g.year, reason: g.reason }));
      return gapFact(r.def, r.registry, missing, keysAt(r.datasets, r.selection, span.gaps.map((g) => g.year)));
    }
    const from = lookup(r.datasets, r.selection, span.fromYear);
    const to = lookup(r.datasets, r.selection, span.toYear);
    if (!from.ok || !to.ok) throw new Error(`change ${r.def.id}: span end without value`);
    const c = showChange(from.observation, to.observation, r.indicator.unit, display);

    let text: string;
    if (c.direction === 'unchanged') text = form === 'short' ? c.noun : `${form === 'past' ? c.past : c.perfect} ${c.to.text}`;
    else text = form === 'short' ? `${c.noun} med ${c.difference}` : `${form === 'past' ? c.past : c.perfect} med ${c.difference}`;

    const parts: Record<string, string> = {
      verb: form === 'past' ? c.past : c.perfect,
      difference: c.difference,
      from: c.from.text,
      to: c.to.text,
      fromYear: formatYear(span.fromYear),
      toYear: formatYear(span.toYear),
      direction: c.directionWord,
    };
    const relative = span.change.relative;
    // The relative change only where the direction shows one: never "ökat … 0 procent".
    if (relative !== null && Math.abs(relative) <= 1e11) parts['relative'] = c.direction === 'unchanged' ? '0 procent' : approximate(Math.abs(relative), { unit: 'procent', decimals: 0 }).text;
    return makeFact(
      r,
      text,
      parts,
      { ...spanValues(span), percentagePoints: span.change.percentagePoints },
      [from.key, to.key],
    );
  },
};
