/**
 * kind: top — the n members with the highest (or, `order: ascending`, the lowest) values in the report
 * year, named in rank order: "oklar lagstiftning, egna resurser och verksamhetens inställning".
 * Parameters: dimension, n, order. Parts: first, second, … (labels), count ("tre"), withValues
 * ("Uppsala (83 procent), Örebro (81 procent) och Västerbotten (81 procent)"), Text.
 * When the list ends inside a tie, who is listed follows the dimension's order and a warning says so.
 */
import { topN, type RankItem } from '../../compute/rank.js';
import { joinList, numberWord } from '../../text/index.js';
import { gapFact } from '../gap.js';
import { inlineLabel, labelOf, membersOf } from '../members.js';
import { factHints, factMessages } from '../messages.js';
import { readInteger } from '../reader.js';
import { showValue } from '../show.js';
import { DISPLAY_PARAMS, readDisplay } from './display.js';
import { makeFact, type FactKind } from './kind.js';
import { readMemberDimension, readOrder } from './members-params.js';
import { itemName } from './pair.js';

export const topKind: FactKind = {
  params: ['dimension', 'n', 'order', ...DISPLAY_PARAMS],
  build(r) {
    const dimension = readMemberDimension(r);
    const order = readOrder(r);
    const n = readInteger(r, 'n', 1, 12);
    const display = readDisplay(r);
    if (r.raw('n') === undefined) r.error('fact/missing-param', factMessages.missingParam(r.def.id, 'n'));
    if (!r.ok || !dimension || n === undefined) return undefined;

    const year = r.datasets.year;
    const members = membersOf(r.datasets, r.indicator, dimension, r.selection, year);
    const keys = members.flatMap((m) => (m.key ? [m.key] : []));
    const withValues = members.filter((m) => m.observation?.value != null);
    if (withValues.length < n) return gapFact(r.def, r.registry, [{ selection: r.selection, year, reason: 'absent' }], keys);

    const items: RankItem<string>[] = withValues.map((m) => ({ key: m.code, value: m.observation!.value! }));
    const top = topN(items, n, order);
    const name = (code: string) => inlineLabel(dimension, labelOf(dimension, code));
    if (top.tieAtCut.length) r.warn('fact/tie', factMessages.tieAtCut(r.def.id, top.tieAtCut.map(name).join(', ')), factHints.tieBreak);

    const byCode = new Map(withValues.map((m) => [m.code, m.observation!]));
    const labels = top.members.map((m) => name(m.key));
    const shown = top.members.map((m) => {
      const o = byCode.get(m.key)!;
      return `${name(m.key)} (${showValue(m.value, o.qualifier, r.indicator.unit, display).text})`;
    });
    const parts: Record<string, string> = { count: numberWord(top.members.length), withValues: joinList(shown) };
    labels.forEach((l, i) => (parts[itemName(i)] = l));
    const values: Record<string, number | null> = { n: top.members.length };
    top.members.forEach((m) => (values[m.key] = m.value));
    return makeFact(r, joinList(labels), parts, values, keys);
  },
};
