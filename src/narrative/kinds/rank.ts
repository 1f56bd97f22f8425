/**
 * kind: rank — a member's place among the members of a dimension in the report year: "andra plats".
 * Parameters: dimension, member (a code), order `descending` (default: the highest value is first) or
 * `ascending`. Parts: number ("2"), ordinal ("2:a"), Text. Members without a value are not ranked
 * (value `of` says among how many); equal values share a place, and a warning says so (the 2020
 * edition broke such ties by footnote 58, for which the data has no fields).
 */
import { rankOf, type RankItem } from '../../compute/rank.js';
import { formatPlace, ordinalNumeric } from '../../text/index.js';
import { gapFact } from '../gap.js';
import { AGGREGATE_CODES, inlineLabel, labelOf, membersOf } from '../members.js';
import { factHints, factMessages } from '../messages.js';
import { checkCode } from '../reader.js';
import { makeFact, type FactKind } from './kind.js';
import { readMemberDimension, readOrder } from './members-params.js';

export const rankKind: FactKind = {
  params: ['dimension', 'member', 'order'],
  build(r) {
    const dimension = readMemberDimension(r);
    const order = readOrder(r);
    const member = r.raw('member');
    if (member === undefined) r.error('fact/missing-param', factMessages.missingParam(r.def.id, 'member'));
    else if (typeof member !== 'string') r.error('fact/bad-param', factMessages.badParam(r.def.id, 'member', 'a code', member));
    else if (dimension && checkCode(r, dimension, member) && AGGREGATE_CODES.has(member)) {
      r.error('fact/bad-param', factMessages.badParam(r.def.id, 'member', 'a member, not a total', member));
    }
    if (!r.ok || !dimension || typeof member !== 'string') return undefined;

    const year = r.datasets.year;
    const members = membersOf(r.datasets, r.indicator, dimension, r.selection, year);
    const keys = members.flatMap((m) => (m.key ? [m.key] : []));
    const own = members.find((m) => m.code === member);
    if (!own?.observation || own.observation.value === null) {
      const selection = { indicator: r.indicator.id, where: { ...r.selection.where, [dimension.name]: member } };
      return gapFact(r.def, r.registry, [{ selection, year, reason: own?.observation?.missing ?? 'absent' }], keys);
    }
    const items: RankItem<string>[] = members.flatMap((m) => (m.observation?.value != null ? [{ key: m.code, value: m.observation.value }] : []));
    const ranked = rankOf(items, member, order)!;
    if (ranked.tiedWith.length) {
      const name = (code: string) => inlineLabel(dimension, labelOf(dimension, code));
      r.warn('fact/tie', factMessages.tiedRank(r.def.id, name(member), ranked.tiedWith.map(name).join(', ')), factHints.tieBreak);
    }
    return makeFact(
      r,
      formatPlace(ranked.rank),
      { number: String(ranked.rank), ordinal: ordinalNumeric(ranked.rank) },
      { rank: ranked.rank, of: items.length, value: ranked.value, tied: ranked.tiedWith.length },
      keys,
    );
  },
};
