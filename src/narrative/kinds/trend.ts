/**
 * kind: trend — a series from one year to another:
 *   perfect "har ökat från 37 procent år 2017 till 66 procent år 2020"
 *   past    "ökade från 37 procent år 2017 till 66 procent år 2020"
 *   short   "från 8 till 33 procent" (the sentence has the verb)
 *   unchanged at the shown precision: "har legat kvar på 66 procent sedan år 2017",
 *   "låg kvar på 66 procent mellan år 2017 och 2020", short "oförändrat på 66 procent".
 * Parameters: from (`first`, the first year with a value, or a year), to (`latest`, the report year, or
 * a year), form, and the display options decimals and scale (as for value). Years in between without a
 * value are skipped and reported (part `skipped`, value `skipped`).
 * Parts: verb, from, to, fromYear, toYear, difference, direction, skipped (only when years were skipped), Text.
 */
import { changeOverSpan, spanValues } from '../../compute/span.js';
import { formatYear, joinList } from '../../text/index.js';
import { showChange } from '../change-words.js';
import { gapFact } from '../gap.js';
import { factMessages } from '../messages.js';
import { readEnum, readYear } from '../reader.js';
import { keysAt, lookup, seriesPoints } from '../series.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { FORMS, makeFact, type FactKind } from './kind.js';

export const trendKind: FactKind = {
  params: ['from', 'to', 'form', ...DISPLAY_PARAMS],
  build(r) {
    const fromParam = readYear(r, r.raw('from'), 'from', ['first'] as const) ?? 'first';
    const toParam = readYear(r, r.raw('to'), 'to', ['latest'] as const) ?? 'latest';
    const form = readEnum(r, 'form', FORMS, 'perfect');
    const display = readDisplay(r);
    const toYear = toParam === 'latest' ? r.datasets.year : toParam;
    if (typeof fromParam === 'number' && fromParam >= toYear) r.error('fact/bad-param', factMessages.spanBackwards(r.def.id, fromParam, toYear));
    if (!r.ok) return undefined;

    const points = seriesPoints(r.datasets, r.selection);
    const span = changeOverSpan(points, { from: fromParam, to: toYear, share: r.indicator.unit === 'procent' });
    if (!span.ok) {
      const missing = span.gaps.map((g) => ({ selection: r.selection, year: g.year, reason: g.reason }));
      return gapFact(r.def, r.registry, missing, keysAt(r.datasets, r.selection, span.gaps.map((g) => g.year)));
    }
    const from = lookup(r.datasets, r.selection, span.fromYear);
    const to = lookup(r.datasets, r.selection, span.toYear);
    if (!from.ok || !to.ok) throw new Error(`trend ${r.def.id}: span end without value`); // changeOverSpan guarantees both
    const c = showChange(from.observation, to.observation, r.indicator.unit, display);
    const fy = formatYear(span.fromYear);
    const ty = formatYear(span.toYear);

    let text: string;
    if (c.direction === 'unchanged') {
      text =
        form === 'perfect'
          ? `${c.perfect} ${c.to.text} sedan år ${fy}`
          : form === 'past'
            ? `${c.past} ${c.to.text} mellan år ${fy} och ${ty}`
            : `oförändrat på ${c.to.text}`;
    } else if (form === 'short') {
      const compact = c.from.unitWord !== '' && c.from.unitWord === c.to.unitWord;
      text = compact ? `från ${c.from.number} till ${c.to.text}` : `från ${c.from.text} till ${c.to.text}`;
    } else {
      text = `${form === 'past' ? c.past : c.perfect} från ${c.from.text} år ${fy} till ${c.to.text} år ${ty}`;
    }

    const parts: Record<string, string> = {
      verb: form === 'past' ? c.past : c.perfect,
      from: c.from.text,
      to: c.to.text,
      fromYear: fy,
      toYear: ty,
      difference: c.difference,
      direction: c.directionWord,
    };
    if (span.skipped.length) parts['skipped'] = joinList(span.skipped.map((g) => formatYear(g.year)));
    return makeFact(
      r,
      text,
      parts,
      { ...spanValues(span), skipped: span.skipped.length },
      [from.key, to.key],
    );
  },
};
