/**
 * kind: value — one observation: "66 procent", "drygt 191 miljoner", "38,6 procent", "andra plats".
 * Parameters: year (a year, `previous`, default the report year), noun (counts: what is counted, so
 * the words agree: `region` "en region", "sex regioner", `lan` "ett län", `privat-aktor` "en privat
 * aktör", "tolv privata aktörer"; see NOUNS in src/text/words.ts), numerals (with a noun: `words`,
 * default, one to twelve in words; `digits`, every count above one in digits as a text may write it,
 * "12 privata aktörer", "de 12 vårdgivarna", one still "en privat aktör", "den enda vårdgivaren"; `fall`
 * "i ett fall", "i två fall") and
 * the display options (display.ts: decimals, minDecimals, scale, percentSign, comparator, approx).
 * Parts: number (without drygt/knappt: for sentences that word it themselves), unit, year, words (whole
 * counts: "elva", "ett" for a neuter noun), counted ("sex regioner", "en region"), definite ("de sex
 * regionerna", "den enda regionen"), ordinal (ranks: "2:a"), respondents (how many answered, where the
 * data says: "Elva av de 19 regioner som svarade"), Text (and Words, Counted, Definite capitalized).
 *
 * A value in a change unit (procent-forandring, antal-forandring) is worded from its sign, in the forms
 * of src/text/change.ts (parameters form, verbs, after, preposition as for `change`): perfect "har ökat
 * med 84 procent", past "ökade med 84 procent", noun "en ökning med 10 procent" — never "ökade med −5
 * procent". Further parts: amount ("84 procent", no sign), verb, direction, comparative ("88 procent
 * mer" / "10 procent mindre", the words set by `comparative: { more: oftare, less: mer sällan }`), and
 * with form perfect or past head and tail ("Användandet {{head}} i regionerna {{tail}}": "ökade" + "med
 * cirka 19 procent", flat "låg" + "kvar på samma nivå").
 */
import type { Reader } from '../reader.js';
import { readEnum, readYear } from '../reader.js';
import { findObservation } from '../../compute/select.js';
import { gapFact } from '../gap.js';
import { lookup } from '../series.js';
import {
  NOUNS,
  capitalize,
  countNoun,
  definiteCount,
  formatNumber,
  formatYear,
  isChangeUnit,
  numberWord,
  ordinalNumeric,
  phraseChangeBy,
  showChangeValue,
  showValue,
  type Noun,
  type Numerals,
} from '../../text/index.js';
import { factMessages } from '../messages.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { CHANGE_PARAMS, makeChangeFact, makeFact, readChangeParams, type FactKind } from './kind.js';
import { didYouMean } from '../../diagnostics/suggest.js';

export const valueKind: FactKind = {
  params: ['year', 'noun', 'numerals', 'comparative', 'preposition', ...CHANGE_PARAMS, ...DISPLAY_PARAMS],
  build(r) {
    const year = readYear(r, r.raw('year'), 'year', ['previous'] as const) ?? r.datasets.year;
    const display = readDisplay(r);
    const unit = r.indicator.unit;
    const change = isChangeUnit(unit);
    const params = readChangeParams(r);
    const preposition = readEnum(r, 'preposition', ['med', 'på'] as const, 'med');
    const noun = readNoun(r);
    const numerals = readEnum(r, 'numerals', ['words', 'digits'] as const, 'words');
    const comparative = readComparative(r);
    if (!change) {
      for (const name of [...CHANGE_PARAMS, 'preposition', 'comparative']) {
        if (r.raw(name) !== undefined) r.error('fact/bad-param', factMessages.badParam(r.def.id, name, `left out: ${r.indicator.id} is in ${unit}, not a change`, r.raw(name)));
      }
    }
    if (noun && unit !== 'antal') r.error('fact/bad-param', factMessages.badParam(r.def.id, 'noun', `left out: ${r.indicator.id} is in ${unit}, not a count`, r.raw('noun')));
    if (r.raw('numerals') !== undefined && !noun) r.error('fact/bad-param', factMessages.badParam(r.def.id, 'numerals', 'left out: it says how a count before its noun is written, and the fact has no noun', r.raw('numerals')));
    if (!r.ok) return undefined;
    const found = lookup(r.datasets, r.selection, year);
    if (!found.ok) {
      // Known without the value: the year asked for, and how many answered where the data says.
      const known: Record<string, string> = { year: formatYear(year) };
      const knownValues: Record<string, number> = {};
      const entered = findObservation(r.datasets, r.selection, year);
      if (entered?.respondents != null) {
        known['respondents'] = formatNumber(entered.respondents, { decimals: 0 });
        knownValues['respondents'] = entered.respondents;
      }
      return gapFact(r.def, r.registry, [found.missing], found.key ? [found.key] : [], known, knownValues);
    }
    const o = found.observation;
    const shown = showValue(o.value, o.qualifier, unit, display);
    // `number` is the bare number: a sentence that writes its own "cirka" or ">" uses it; `text` has the word.
    const parts: Record<string, string> = { number: shown.bare, unit: shown.unitWord, year: formatYear(year) };
    const values = { value: o.value, shown: shown.shown, year, respondents: o.respondents };
    if (o.respondents !== null) parts['respondents'] = formatNumber(o.respondents, { decimals: 0 });
    if (unit === 'rang') parts['ordinal'] = ordinalNumeric(Math.max(1, shown.shown));
    if (unit === 'antal') Object.assign(parts, countParts(o.value, shown.word === null, shown.bare, noun, numerals));

    if (change) {
      const c = showChangeValue(o.value, o.qualifier, unit, { ...display, verbs: params.verbs });
      const phrases = phraseChangeBy(c, { preposition });
      const word = c.direction === 'decrease' ? comparative.less : comparative.more;
      Object.assign(parts, {
        amount: c.amount,
        signed: shown.text,
        verb: params.form === 'past' ? c.past : params.form === 'supine' ? c.supine : c.perfect,
        direction: c.direction === 'unchanged' ? 'oförändrat' : c.supine,
        comparative: c.direction === 'unchanged' ? 'lika mycket' : `${c.amount} ${word}`,
      });
      return makeChangeFact(r, phrases, c.direction, params, parts, values, [found.key]);
    }
    const fact = makeFact(r, noun && parts['counted'] ? parts['counted'] : shown.text, parts, values, [found.key]);
    // At the start of a sentence never digits where a word exists.
    if (parts['Words']) fact.parts = { ...fact.parts, Text: noun ? parts['Counted']! : parts['Words'] };
    return fact;
  },
};

/** A whole count in words ("elva"; "ett" for a neuter noun), with its noun when one is given. */
function countParts(value: number, exact: boolean, bare: string, noun: Noun | undefined, numerals: Numerals): Record<string, string> {
  const small = Number.isInteger(value) && value >= 0 && value <= 12 && exact;
  const whole = Number.isInteger(value) && value >= 0 && exact;
  const parts: Record<string, string> = { words: small ? numberWord(value, noun?.gender) : bare };
  if (small) parts['Words'] = capitalize(parts['words']!);
  if (noun && whole) {
    parts['counted'] = countNoun(value, noun, numerals);
    parts['Counted'] = capitalize(parts['counted']);
    parts['definite'] = definiteCount(value, noun, numerals);
    parts['Definite'] = capitalize(parts['definite']);
  }
  return parts;
}

function readNoun(r: Reader): Noun | undefined {
  const raw = r.raw('noun');
  if (raw === undefined) return undefined;
  const names = Object.keys(NOUNS);
  if (typeof raw === 'string' && Object.hasOwn(NOUNS, raw)) return NOUNS[raw];
  r.error('fact/bad-param', factMessages.badParam(r.def.id, 'noun', `one of ${names.join(', ')}`, raw), typeof raw === 'string' ? didYouMean(raw, names) : undefined);
  return undefined;
}

function readComparative(r: Reader): { more: string; less: string } {
  const raw = r.raw('comparative');
  const fallback = { more: 'mer', less: 'mindre' };
  if (raw === undefined) return fallback;
  const spec = raw as Record<string, unknown>;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && typeof spec['more'] === 'string' && typeof spec['less'] === 'string' && Object.keys(spec).length === 2) {
    return { more: spec['more'], less: spec['less'] };
  }
  r.error('fact/bad-param', factMessages.badParam(r.def.id, 'comparative', '{ more: <word>, less: <word> }', raw));
  return fallback;
}
