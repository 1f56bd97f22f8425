/**
 * kind: trend — a series from one year to another, in the forms of src/text/change.ts:
 *   perfect "har ökat från 37 procent år 2017 till 66 procent år 2020", past "ökade från …",
 *   supine "ökat från …" (for "har andelen ökat från …"), noun "en ökning från …",
 *   short "från 8 till 33 procent" (a sentence that has the verb; see `after`);
 *   unchanged at the shown precision: "har legat kvar på 66 procent sedan år 2017",
 *   "låg kvar på 66 procent mellan år 2017 och 2020", supine "legat kvar på …".
 * Parameters: from (`first`, the first year with a value, or a year), to (`latest`, the report year, or
 * a year), form, verbs (`öka` default, `stiga`: "steg"/"sjönk"), after (a fact earlier in the
 * sentence whose verb a short form borrows), years (`false`: no years in any form, for a sentence that
 * names the span itself: supine "sjunkit från cirka 750 000 till 700 000", flat "legat kvar på 700 000"),
 * and the display options. Years in between without a value
 * are skipped and reported (part `skipped`, value `skipped`).
 * Parts: every form (perfect, past, supine, noun, short and Perfect, Past, …), verb, from, to, fromYear,
 * toYear, difference, direction, skipped (only when years were skipped), Text; with form perfect or past
 * also head and tail (the form split after its finite verb: "ökade" + "från 5 till 12 procent", flat
 * "låg" + "kvar på 5 procent", for "Mellan år 2015 och 2018 {{head}} andelen … {{tail}}").
 *
 * When the end year (`to: latest`) has no value but an earlier year after the start has, the fact says
 * what is known and names the gap: "har ökat från 11 procent år 2017 till 44 procent år 2020 [uppgift
 * saknas: … 2021]" — still a gap, so the report stays a draft. When only one end has a value — the start
 * (the end missing) or the end (the start asked for missing) — the fact says the level that year, with
 * no verb of change: "var 37 procent år 2017 [uppgift saknas: … 2020]" (supine "varit …", noun and
 * short "37 procent år 2017 …"), and the known end stays a part.
 */
import { changeOverSpan, spanValues, type SpanChange } from '../../compute/span.js';
import { formatYear, joinList, phraseFromTo, phraseLevel, showChange, showValue } from '../../text/index.js';
import { gapFact } from '../gap.js';
import { factMessages } from '../messages.js';
import { readYear, type Reader } from '../reader.js';
import { keysAt, lookup, seriesPoints } from '../series.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { CHANGE_PARAMS, makeChangeFact, readChangeParams } from './kind.js';
import type { FactKind } from './kind.js';
import type { Fact } from '../../model/fact.js';

export const trendKind: FactKind = {
  params: ['from', 'to', 'years', ...CHANGE_PARAMS, ...DISPLAY_PARAMS],
  build(r) {
    const fromParam = readYear(r, r.raw('from'), 'from', ['first'] as const) ?? 'first';
    const toParam = readYear(r, r.raw('to'), 'to', ['latest'] as const) ?? 'latest';
    const params = { ...readChangeParams(r), years: readYears(r) };
    const display = readDisplay(r);
    const toYear = toParam === 'latest' ? r.datasets.year : toParam;
    if (typeof fromParam === 'number' && fromParam >= toYear) r.error('fact/bad-param', factMessages.spanBackwards(r.def.id, fromParam, toYear));
    if (!r.ok) return undefined;

    const points = seriesPoints(r.datasets, r.selection);
    const share = r.indicator.unit === 'procent';
    const span = changeOverSpan(points, { from: fromParam, to: toYear, share });
    if (span.ok) return trendFact(r, span, params, display, []);
    const missing = span.gaps.map((g) => ({ selection: r.selection, year: g.year, reason: g.reason }));
    const keys = keysAt(r.datasets, r.selection, span.gaps.map((g) => g.year));
    // Only the end is missing: say what the latest year with a value shows, and name the gap.
    if (toParam === 'latest' && span.gaps.every((g) => g.year === toYear)) {
      const before = points.filter((p) => p.year < toYear);
      const last = [...before].reverse().find((p) => p.value !== null)?.year;
      const start = fromParam === 'first' ? before.find((p) => p.value !== null)?.year : fromParam;
      const earlier = last !== undefined && start !== undefined && start < last ? changeOverSpan(before, { from: fromParam, to: last, share }) : null;
      if (earlier?.ok) {
        const known = trendFact(r, earlier, params, display, keys);
        const gap = gapFact(r.def, r.registry, missing, known.observations, knownParts(r, points, fromParam, toYear, display));
        return { ...gap, text: `${known.text} ${gap.text}` };
      }
      // Only the start is known: what it was, then the gap ("var 37 procent år 2017 [uppgift saknas: …]").
      const first = start !== undefined && start === last ? lookup(r.datasets, r.selection, start) : undefined;
      if (first?.ok) {
        const shown = showValue(first.observation.value, first.observation.qualifier, r.indicator.unit, display);
        const gap = gapFact(r.def, r.registry, missing, [first.key, ...keys], knownParts(r, points, fromParam, toYear, display));
        return { ...gap, text: `${phraseLevel(shown, start!)[params.form]} ${gap.text}` };
      }
    }
    // Only the start asked for is missing: say what the end shows, and name the gap.
    const end = lookup(r.datasets, r.selection, toYear);
    if (typeof fromParam === 'number' && end.ok && span.gaps.every((g) => g.year === fromParam)) {
      const shown = showValue(end.observation.value, end.observation.qualifier, r.indicator.unit, display);
      const gap = gapFact(r.def, r.registry, missing, [...keys, end.key], { ...knownParts(r, points, fromParam, toYear, display), to: shown.text });
      return { ...gap, text: `${phraseLevel(shown, toYear)[params.form]} ${gap.text}` };
    }
    return gapFact(r.def, r.registry, missing, keys, knownParts(r, points, fromParam, toYear, display));
  },
};

type TrendParams = ReturnType<typeof readChangeParams> & { years: boolean };

/** `years: false` (default true): the forms without years. */
function readYears(r: Reader): boolean {
  const raw = r.raw('years');
  if (raw === undefined) return true;
  if (typeof raw !== 'boolean') r.error('fact/bad-param', factMessages.badParam(r.def.id, 'years', 'true or false', raw));
  return raw !== false;
}

function trendFact(r: Reader, span: Extract<SpanChange, { ok: true }>, params: TrendParams, display: ReturnType<typeof readDisplay>, extraKeys: readonly string[]): Fact {
  const from = lookup(r.datasets, r.selection, span.fromYear);
  const to = lookup(r.datasets, r.selection, span.toYear);
  if (!from.ok || !to.ok) throw new Error(`trend ${r.def.id}: span end without value`); // changeOverSpan guarantees both
  const c = showChange(from.observation, to.observation, r.indicator.unit, { ...display, verbs: params.verbs });
  const phrases = phraseFromTo({ from: c.from, to: c.to, fromYear: span.fromYear, toYear: span.toYear }, c, { years: params.years });
  const parts: Record<string, string> = {
    verb: params.form === 'past' ? c.past : params.form === 'supine' ? c.supine : c.perfect,
    from: c.from.text,
    to: c.to.text,
    fromYear: formatYear(span.fromYear),
    toYear: formatYear(span.toYear),
    difference: c.amount,
    direction: c.directionWord,
  };
  if (span.skipped.length) parts['skipped'] = joinList(span.skipped.map((g) => formatYear(g.year)));
  return makeChangeFact(r, phrases, c.direction, params, parts, { ...spanValues(span), skipped: span.skipped.length }, [from.key, to.key, ...extraKeys]);
}

/** The parts of a trend that do not depend on the missing values: the years asked for, a known start. */
function knownParts(r: Reader, points: ReturnType<typeof seriesPoints>, fromParam: number | 'first', toYear: number, display: ReturnType<typeof readDisplay>): Record<string, string> {
  const parts: Record<string, string> = { toYear: formatYear(toYear) };
  const fromYear = fromParam === 'first' ? points.find((p) => p.year < toYear && p.value !== null)?.year : fromParam;
  if (fromYear === undefined) return parts;
  parts['fromYear'] = formatYear(fromYear);
  const from = lookup(r.datasets, r.selection, fromYear);
  if (from.ok) parts['from'] = showValue(from.observation.value, from.observation.qualifier, r.indicator.unit, display).text;
  return parts;
}
