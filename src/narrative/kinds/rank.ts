/**
 * kind: rank — a member's place among the members of a dimension in the report year: "andra plats".
 * Parameters: dimension, member (a code), order `descending` (default: the highest value is first) or
 * `ascending`, members (the codes to rank among; default every member the data holds that year).
 * Parts: number ("2"), ordinal ("2:a"), standing ("ligger i topp", "ligger på andra plats", "ligger
 * sist" — a whole phrase, so "Sverige ligger i topp med 18 besök" stays true when another country
 * overtakes), of (how many are ranked), Text. Equal values share a place, and a warning says so (the
 * 2020 edition broke such ties by footnote 58, for which the data has no fields).
 */
import { rankItems, type RankItem } from '../../compute/rank.js';
import { formatPlace, numberWord, ordinalNumeric } from '../../text/index.js';
import { gapFact } from '../gap.js';
import { AGGREGATE_CODES, inlineLabel, labelOf, populationOf } from '../members.js';
import { factHints, factMessages } from '../messages.js';
import { checkCode } from '../reader.js';
import { makeFact, type FactKind } from './kind.js';
import { populationGap, readMemberDimension, readMembers, readOrder } from './members-params.js';

export const rankKind: FactKind = {
  params: ['dimension', 'member', 'order', 'members'],
  build(r) {
    const dimension = readMemberDimension(r);
    const order = readOrder(r);
    const member = r.raw('member');
    const only = readMembers(r, dimension);
    if (member === undefined) r.error('fact/missing-param', factMessages.missingParam(r.def.id, 'member'));
    else if (typeof member !== 'string') r.error('fact/bad-param', factMessages.badParam(r.def.id, 'member', 'a code', member));
    else if (dimension && checkCode(r, dimension, member) && AGGREGATE_CODES.has(member)) {
      r.error('fact/bad-param', factMessages.badParam(r.def.id, 'member', 'a member, not a total', member));
    }
    if (only && typeof member === 'string' && !only.includes(member)) r.error('fact/bad-param', factMessages.badParam(r.def.id, 'members', `a list that includes the member "${member}"`, only));
    if (!r.ok || !dimension || typeof member !== 'string') return undefined;

    const year = r.datasets.year;
    const population = populationOf(r.datasets, r.indicator, dimension, r.selection, year, only);
    if (!population.ok) return populationGap(r, dimension, year, population.missing, population.keys);
    if (!population.members.some((m) => m.code === member)) {
      const selection = { indicator: r.indicator.id, where: { ...r.selection.where, [dimension.name]: member } };
      return gapFact(r.def, r.registry, [{ selection, year, reason: 'absent' }], population.keys);
    }
    const items: RankItem<string>[] = population.members.map((m) => ({ key: m.code, value: m.observation.value }));
    const ranked = rankItems(items, order);
    const own = ranked.find((x) => x.key === member)!;
    if (own.tiedWith.length) {
      const name = (code: string) => inlineLabel(dimension, labelOf(dimension, code));
      r.warn('fact/tie', factMessages.tiedRank(r.def.id, name(member), own.tiedWith.map(name).join(', ')), factHints.tieBreak);
    }
    const last = own.rank === ranked[ranked.length - 1]!.rank && ranked.length > 1;
    const standing = own.rank === 1 ? 'ligger i topp' : last ? 'ligger sist' : `ligger på ${formatPlace(own.rank)}`;
    const fact = makeFact(
      r,
      formatPlace(own.rank),
      { number: String(own.rank), ordinal: ordinalNumeric(own.rank), standing, of: numberWord(items.length) },
      { rank: own.rank, of: items.length, value: own.value, tied: own.tiedWith.length },
      population.keys,
    );
    return { ...fact, ranked: ranked.map((x) => x.key), places: ranked.map((x) => x.rank) };
  },
};
