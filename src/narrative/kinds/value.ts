/**
 * kind: value — one observation: "66 procent", "drygt 191 miljoner", "38,6 procent", "andra plats".
 * Parameters: year (a year, `previous`, default the report year) and the display options (display.ts:
 * decimals, minDecimals, scale, percentSign, comparator, approx).
 * Parts: number (without drygt/knappt: for sentences that word it themselves), unit, year, words (whole
 * counts: "elva"), ordinal (ranks: "2:a"), respondents (how many answered, where the data says:
 * "Elva av de 19 regioner som svarade"), Text.
 */
import { capitalize, formatNumber, formatYear, numberWord, ordinalNumeric } from '../../text/index.js';
import { readYear } from '../reader.js';
import { gapFact } from '../gap.js';
import { lookup } from '../series.js';
import { showValue } from '../show.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { makeFact, type FactKind } from './kind.js';

export const valueKind: FactKind = {
  params: ['year', ...DISPLAY_PARAMS],
  build(r) {
    const year = readYear(r, r.raw('year'), 'year', ['previous'] as const) ?? r.datasets.year;
    const display = readDisplay(r);
    const unit = r.indicator.unit;
    if (!r.ok) return undefined;
    const found = lookup(r.datasets, r.selection, year);
    if (!found.ok) return gapFact(r.def, r.registry, [found.missing], found.key ? [found.key] : []);
    const o = found.observation;
    const shown = showValue(o.value, o.qualifier, unit, display);
    // `number` is the bare number: a sentence that writes its own "cirka" or ">" uses it; `text` has the word.
    const parts: Record<string, string> = { number: shown.bare, unit: shown.unitWord, year: formatYear(year) };
    if (unit === 'rang') parts['ordinal'] = ordinalNumeric(Math.max(1, shown.shown));
    // A whole count in words ("elva"); at the start of a sentence never digits where a word exists.
    if (unit === 'antal') {
      const small = Number.isInteger(o.value) && o.value >= 0 && o.value <= 12 && shown.word === null;
      parts['words'] = small ? numberWord(o.value) : shown.bare;
      if (small) parts['Text'] = capitalize(parts['words']);
    }
    if (o.respondents !== null) parts['respondents'] = formatNumber(o.respondents, { decimals: 0 });
    return makeFact(r, shown.text, parts, { value: o.value, year, respondents: o.respondents }, [found.key]);
  },
};
