/**
 * kind: top — the n members with the highest (or, `order: ascending`, the lowest) values in the report
 * year, named in order: "oklar lagstiftning, egna resurser och verksamhetens inställning"; n: 1 names
 * the most (or least) common one ("passiva larm eller sensorer").
 * Parameters: dimension, n, order, list (the order they are printed in: `ranked`, default — best first
 * for the top, lowest first for the bottom — or `descending`/`ascending` by value: the three lowest
 * printed highest first, "Skåne* (77 procent), Jönköping* (77 procent) och Gävleborg (76 procent)"),
 * members (the codes to choose among; default every member the data holds that year), and the display
 * options. Parts: first, second, … (labels), count ("tre") and Count ("Tre"), withValues ("Uppsala (83
 * procent), Örebro* (81 procent) och Västerbotten* (81 procent)"), Text.
 *
 * Who is ranked: see populationOf (a member entered as missing makes the list a gap). Equal values keep
 * the order in which the source lists them: at the cut of a top list the earlier one is in, at the cut
 * of a bottom list the later one, so no member stands in both. A member the source placed among equals by its own
 * tie-break rule (`tiebreak: true` in the data, the 2020 edition's footnote 58) is marked "*" while it
 * stands at the list's cut, where that rule decided it; a list that ends inside a tie the data shows is
 * reported as a warning.
 */
import { topN, type RankItem } from '../../compute/rank.js';
import { capitalize, joinList, numberWord, showValue } from '../../text/index.js';
import { inlineLabel, labelOf, populationOf } from '../members.js';
import { factHints, factMessages } from '../messages.js';
import { readEnum, readInteger } from '../reader.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { makeFact, type FactKind } from './kind.js';
import { populationGap, readMemberDimension, readMembers, readOrder } from './members-params.js';
import { itemName } from './pair.js';

export const topKind: FactKind = {
  params: ['dimension', 'n', 'order', 'list', 'members', ...DISPLAY_PARAMS],
  build(r) {
    const dimension = readMemberDimension(r);
    const order = readOrder(r);
    const list = readEnum(r, 'list', ['ranked', 'descending', 'ascending'] as const, 'ranked');
    const n = readInteger(r, 'n', 1, 12);
    const only = readMembers(r, dimension);
    const display = readDisplay(r);
    if (r.raw('n') === undefined) r.error('fact/missing-param', factMessages.missingParam(r.def.id, 'n'));
    if (!r.ok || !dimension || n === undefined) return undefined;

    const year = r.datasets.year;
    const population = populationOf(r.datasets, r.indicator, dimension, r.selection, year, only);
    if (!population.ok) return populationGap(r, dimension, year, population.missing, population.keys);
    if (population.members.length < n) return populationGap(r, dimension, year, [{ code: '', reason: 'absent' }], population.keys);

    // The source lists its members best first, so among equal values the earlier one belongs to a top
    // list and the later one to a bottom list (and one member never stands in both).
    const inOrder: RankItem<string>[] = population.members.map((m) => ({ key: m.code, value: m.observation.value }));
    const items = order === 'ascending' ? [...inOrder].reverse() : inOrder;
    const top = topN(items, n, order);
    const position = new Map(inOrder.map((m, i) => [m.key, i]));
    const name = (code: string) => inlineLabel(dimension, labelOf(dimension, code));
    if (top.tieAtCut.length) r.warn('fact/tie', factMessages.tieAtCut(r.def.id, top.tieAtCut.map(name).join(', ')), factHints.tieBreak);

    const byCode = new Map(population.members.map((m) => [m.code, m.observation]));
    const cut = top.members[top.members.length - 1]!.value;
    // Printed by value, equal values in the source's order.
    const byValue = (sign: number) => [...top.members].sort((a, b) => sign * (a.value - b.value) || position.get(a.key)! - position.get(b.key)!);
    const printed = list === 'ranked' ? top.members : byValue(list === 'descending' ? -1 : 1);
    const labels = printed.map((m) => name(m.key));
    const shown = printed.map((m) => {
      const o = byCode.get(m.key)!;
      const mark = o.tiebreak && m.value === cut ? '*' : '';
      return `${name(m.key)}${mark} (${showValue(m.value, o.qualifier, r.indicator.unit, display).text})`;
    });
    const count = numberWord(top.members.length);
    const parts: Record<string, string> = { count, Count: capitalize(count), withValues: joinList(shown) };
    labels.forEach((l, i) => (parts[itemName(i)] = l));
    const values: Record<string, number | null> = { n: top.members.length, of: items.length };
    printed.forEach((m) => (values[m.key] = m.value));
    // Places among everyone ranked: equal values share a place, unless the source broke the tie (tiebreak).
    const better = (v: number) => items.filter((m) => (order === 'ascending' ? m.value < v : m.value > v)).length;
    const places = top.members.map((m, i) => (top.members.some((o) => o.value === m.value && byCode.get(o.key)!.tiebreak) ? i + 1 : better(m.value) + 1));
    return { ...makeFact(r, joinList(labels), parts, values, population.keys), ranked: top.members.map((m) => m.key), places };
  },
};
