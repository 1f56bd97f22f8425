/**
 * kind: largest-change — of the members of a dimension, the one whose value rose the most (or, `order:
 * ascending`, fell the most) between an earlier year and the report year: "barn och unga" in "Störst
 * ökning har skett inom området barn och unga".
 * Parameters: dimension, compare (`previous`, default, or a year), order, members (the codes to choose
 * among; default every member with a value in both years — a member entered as missing in either year is
 * a gap), and the display options. Parts: member (its label for running text), difference ("6
 * procentenheter"), change (the member's change in the perfect form, "har ökat med 6 procentenheter"),
 * Superlative ("Störst ökning", or where even the best change is a fall "Minst minskning", where none
 * changed "Ingen förändring") and superlative, Text. Changes are compared as the text shows them; equal
 * largest changes are a tie, reported as a warning.
 */
import { computeChange } from '../../compute/change.js';
import type { RankItem } from '../../compute/rank.js';
import { rankItems } from '../../compute/rank.js';
import { capitalize, formatYear, phraseChangeBy, showChange } from '../../text/index.js';
import { inlineLabel, labelOf, populationOf } from '../members.js';
import { factHints, factMessages } from '../messages.js';
import { readYear } from '../reader.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { makeFact, type FactKind } from './kind.js';
import { populationGap, readMemberDimension, readMembers, readOrder } from './members-params.js';

export const largestChangeKind: FactKind = {
  params: ['dimension', 'compare', 'order', 'members', ...DISPLAY_PARAMS],
  build(r) {
    const dimension = readMemberDimension(r);
    const order = readOrder(r);
    const compare = readYear(r, r.raw('compare'), 'compare', ['previous'] as const) ?? r.datasets.year - 1;
    const only = readMembers(r, dimension);
    const display = readDisplay(r);
    const year = r.datasets.year;
    if (compare >= year) r.error('fact/bad-param', factMessages.spanBackwards(r.def.id, compare, year));
    if (!r.ok || !dimension) return undefined;

    const now = populationOf(r.datasets, r.indicator, dimension, r.selection, year, only);
    if (!now.ok) return populationGap(r, dimension, year, now.missing, now.keys);
    const codes = now.members.map((m) => m.code);
    const before = populationOf(r.datasets, r.indicator, dimension, r.selection, compare, codes);
    if (!before.ok) return populationGap(r, dimension, compare, before.missing, [...now.keys, ...before.keys]);
    const keys = [...now.keys, ...before.keys];

    const earlier = new Map(before.members.map((m) => [m.code, m.observation]));
    const changes = now.members.map((m) => {
      const from = earlier.get(m.code)!;
      const shown = showChange(from, m.observation, r.indicator.unit, display);
      return { code: m.code, shown, raw: computeChange(from.value, m.observation.value) };
    });
    const items: RankItem<string>[] = changes.map((c) => ({ key: c.code, value: c.shown.shownDifference }));
    const ranked = rankItems(items, order);
    const best = ranked[0]!;
    const name = (code: string) => inlineLabel(dimension, labelOf(dimension, code));
    if (best.tiedWith.length) r.warn('fact/tie', factMessages.tiedRank(r.def.id, name(best.key), best.tiedWith.map(name).join(', ')), factHints.tieBreak);
    const winner = changes.find((c) => c.code === best.key)!;
    const rising = order === 'descending';
    const superlative =
      winner.shown.direction === 'unchanged'
        ? 'ingen förändring'
        : (winner.shown.direction === 'increase') === rising
          ? rising
            ? 'störst ökning'
            : 'störst minskning'
          : rising
            ? 'minst minskning'
            : 'minst ökning';
    const phrases = phraseChangeBy(winner.shown, { level: winner.shown.to.text });
    const fact = makeFact(
      r,
      name(best.key),
      {
        member: name(best.key),
        difference: winner.shown.amount,
        change: phrases.perfect,
        superlative,
        Superlative: capitalize(superlative),
        fromYear: formatYear(compare),
        toYear: formatYear(year),
      },
      { difference: winner.shown.shownDifference, from: winner.raw.from, to: winner.raw.to, of: items.length },
      keys,
    );
    return { ...fact, ranked: ranked.map((x) => x.key), places: ranked.map((x) => x.rank) };
  },
};
