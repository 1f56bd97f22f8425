/**
 * kind: value — one observation: "66 procent", "drygt 191 miljoner", "38,6 procent", "andra plats".
 * Parameters: year (a year, `previous`, default the report year), decimals, scale (miljoner, miljarder).
 * Parts: number, unit, year, words (whole counts: "elva"), ordinal (ranks: "2:a"), Text.
 */
import type { Scale } from '../../text/index.js';
import { capitalize, formatYear, numberWord, ordinalNumeric } from '../../text/index.js';
import { factMessages } from '../messages.js';
import { readEnum, readInteger, readYear } from '../reader.js';
import { gapFact } from '../gap.js';
import { lookup } from '../series.js';
import { showValue } from '../show.js';
import { makeFact, type FactKind } from './kind.js';

const SCALES: Record<string, Scale> = { miljoner: 'miljon', miljarder: 'miljard' };

export const valueKind: FactKind = {
  params: ['year', 'decimals', 'scale'],
  build(r) {
    const year = readYear(r, r.raw('year'), 'year', ['previous'] as const) ?? r.datasets.year;
    const decimals = readInteger(r, 'decimals', 0, 6);
    const unit = r.indicator.unit;
    let scale: Scale | undefined;
    if (r.raw('scale') !== undefined) {
      scale = SCALES[readEnum(r, 'scale', ['miljoner', 'miljarder'] as const, 'miljoner')];
      if (unit !== 'antal' && unit !== 'kronor') {
        r.error('fact/bad-param', factMessages.badParam(r.def.id, 'scale', `left out: ${r.indicator.id} is in ${unit}, not a count or kronor`, r.raw('scale')));
      }
    }
    if (!r.ok) return undefined;
    const found = lookup(r.datasets, r.selection, year);
    if (!found.ok) return gapFact(r.def, r.registry, [found.missing], found.key ? [found.key] : []);
    const o = found.observation;
    const shown = showValue(o.value, o.qualifier, unit, { decimals, scale });
    const parts: Record<string, string> = { number: shown.number, unit: shown.unitWord, year: formatYear(year) };
    if (unit === 'rang') parts['ordinal'] = ordinalNumeric(Math.max(1, shown.shown));
    // A whole count in words ("elva"); at the start of a sentence never digits where a word exists.
    if (unit === 'antal') {
      const small = Number.isInteger(o.value) && o.value >= 0 && o.value <= 12 && shown.word === null;
      parts['words'] = small ? numberWord(o.value) : shown.number;
      if (small) parts['Text'] = capitalize(parts['words']);
    }
    return makeFact(r, shown.text, parts, { value: o.value, year }, [found.key]);
  },
};
