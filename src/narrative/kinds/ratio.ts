/**
 * kind: ratio — how many times one value is another: "nästan en fördubbling" (96 against 51 miljoner
 * inloggningar), with parts ratio "1,9", relative "drygt 88 procent mer" and word.
 * Parameters: compare `{ where, year, indicator }`, the denominator. The numerator is the fact's
 * selection in the report year. Defaults: the same selection the year before; a `where` (merged into
 * the fact's for the same indicator) or an `indicator` compares within the report year.
 * Parts: ratio, relative, word, approx and noun (the word in two: "nästan" and "en fördubbling", for a
 * sentence that puts its verb between them, "vilket nästan är en fördubbling"; approx is "" when the
 * ratio is a whole multiple or no multiple at all), numerator, denominator, Text.
 *
 * Near a whole multiple the 2020 edition's words are used: within 7 % counts as "nästan"/"drygt" (it
 * calls 96/51 = 1,88 "nästan en fördubbling").
 */
import { computeRatio } from '../../compute/ratio.js';
import { describeRatio, formatNumber, formatRelativeDifference } from '../../text/index.js';
import { gapFact, type MissingValue } from '../gap.js';
import { readRelatedSelection } from '../reader.js';
import { lookup } from '../series.js';
import { showValue } from '../../text/index.js';
import { describeSelection } from '../describe.js';
import { makeFact, type FactKind } from './kind.js';

/** How close to a whole multiple (in percent of it) the 2020 edition still says "nästan"/"drygt". */
export const EDITION_NEAR_PERCENT = 7;

/** Beyond this a "ratio" says only that the denominator is next to nothing; no sentence should print it. */
const MAX_RATIO = 1e9;

export const ratioKind: FactKind = {
  params: ['compare'],
  build(r) {
    const rawCompare = r.raw('compare');
    const compare = readRelatedSelection(r, rawCompare, 'compare');
    if (!r.ok || !compare) return undefined;
    const spec = (rawCompare ?? {}) as Record<string, unknown>;
    const otherSelection = spec['where'] !== undefined || spec['indicator'] !== undefined;
    const denominatorYear = compare.year ?? (otherSelection ? r.datasets.year : r.datasets.year - 1);

    const num = lookup(r.datasets, r.selection, r.datasets.year);
    const den = lookup(r.datasets, compare.selection, denominatorYear);
    const missing: MissingValue[] = [];
    if (!num.ok) missing.push(num.missing);
    if (!den.ok) missing.push(den.missing);
    const keys = [num.key, den.key].filter((k): k is string => k !== null);
    if (!num.ok || !den.ok) return gapFact(r.def, r.registry, missing, keys);

    const ratio = computeRatio(num.observation.value, den.observation.value);
    if (ratio === null || ratio < 0 || ratio > MAX_RATIO) {
      // No ratio exists (a zero, negative or vanishing denominator): a visible gap, not a made-up number.
      const what = `${describeSelection(r.registry, r.selection, r.datasets.year)} / ${describeSelection(r.registry, compare.selection, denominatorYear)}`;
      const text = `[kvot saknas: ${what}]`;
      return { id: r.def.id, kind: r.def.kind, text, parts: {}, values: {}, observations: keys, missing: [text.slice(1, -1)] };
    }
    const numeratorUnit = r.indicator.unit;
    const denominatorUnit = r.registry.indicators.get(compare.selection.indicator)?.unit ?? numeratorUnit;
    const word = describeRatio(ratio, { nearPercent: EDITION_NEAR_PERCENT });
    const approx = /^(nästan|drygt) /.exec(word)?.[1] ?? '';
    return makeFact(
      r,
      word,
      {
        ratio: formatNumber(ratio, { decimals: 1 }),
        relative: formatRelativeDifference(ratio),
        word,
        approx,
        noun: approx ? word.slice(approx.length + 1) : word,
        numerator: showValue(num.observation.value, num.observation.qualifier, numeratorUnit).text,
        denominator: showValue(den.observation.value, den.observation.qualifier, denominatorUnit).text,
      },
      {
        numerator: num.observation.value,
        denominator: den.observation.value,
        ratio,
        relative: (ratio - 1) * 100,
        numeratorYear: r.datasets.year,
        denominatorYear,
      },
      keys,
    );
  },
};
