/**
 * Ranks of the members of a dimension (regions, countries, hinder) by their values, and the top or
 * bottom n. Ties are broken as the 2020 edition's footnote 58 describes for Hälso- och
 * sjukvårdsbarometern:
 *
 *   "Rangordningen baseras i första hand på andel positiva till frågan. I de fall flera regioner innehar
 *   samma andel positiva till frågan har regioner med ett värde som med 95 % säkerhet är högre eller
 *   lägre än rikets värde valts framför regioner där skillnaden mot riket inte uppnår denna säkerhet.
 *   Vid förekomst av flera regioner som uppfyller dessa krav har regioner rangordnats utifrån andel som
 *   är ganska eller mycket negativt inställda."
 *
 * So among equal values, for the top (descending): significantly higher than the nation before not
 * significant before significantly lower, then the smaller negative share first; for the bottom
 * (ascending) every criterion is reversed. A criterion is applied to a group of tied members only when
 * every member of the group has it (otherwise the order would depend on who lacks data); what stays
 * equal is a tie: the members share the rank ("1, 2, 2, 4") and keep their input order.
 */

export type Order = 'descending' | 'ascending';

/** How a member's value relates to the national value at 95 % certainty. */
export type Significance = 'higher' | 'lower' | 'none';

/** Footnote 58's tie-breakers; either may be unknown. */
export interface TieBreak {
  significance?: Significance | null;
  /** Share (0–100) that is fairly or very negative. */
  negative?: number | null;
}

export interface RankItem<K> {
  key: K;
  value: number;
  tieBreak?: TieBreak;
}

export interface Ranked<K> extends RankItem<K> {
  /** 1-based place in the final order. */
  position: number;
  /** Competition rank: members still tied after the tie-breakers share the best position of the group. */
  rank: number;
  /** Keys of the other members this one is still tied with. */
  tiedWith: K[];
}

const SIGNIFICANCE_SCORE: Record<Significance, number> = { higher: 1, none: 0, lower: -1 };

/** All items in rank order (best first for `descending`, lowest first for `ascending`). */
export function rankItems<K>(items: readonly RankItem<K>[], order: Order = 'descending'): Ranked<K>[] {
  for (const item of items) {
    if (!Number.isFinite(item.value)) throw new RangeError(`cannot rank ${String(item.key)}: value ${item.value}`);
  }
  const sign = order === 'descending' ? -1 : 1;
  // Stable sorts keep the input (display) order inside every tie.
  const byValue = [...items].sort((a, b) => sign * (a.value - b.value));
  const groups = splitBy(byValue, (a, b) => a.value === b.value)
    .flatMap((g) => refine(g, (i) => sigScore(i), sign)) // like the value: "higher" is better
    .flatMap((g) => refine(g, (i) => i.tieBreak?.negative ?? undefined, -sign)); // the other way round
  const out: Ranked<K>[] = [];
  for (const group of groups) {
    const rank = out.length + 1;
    for (const item of group) {
      out.push({ ...item, position: out.length + 1, rank, tiedWith: group.filter((o) => o !== item).map((o) => o.key) });
    }
  }
  return out;
}

export interface TopResult<K> {
  /** The first n in rank order (fewer when there are fewer items). */
  members: Ranked<K>[];
  /**
   * Members tied across the cut (some inside the n, some outside): who is listed is then decided only by
   * input order, which a caller should report. Empty when the cut is clean.
   */
  tieAtCut: K[];
}

/** The n best (descending) or n lowest (ascending). */
export function topN<K>(items: readonly RankItem<K>[], n: number, order: Order = 'descending'): TopResult<K> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, got ${n}`);
  const ranked = rankItems(items, order);
  const members = ranked.slice(0, n);
  const last = members[members.length - 1];
  const next = ranked[n];
  const tieAtCut = last && next && next.rank === last.rank ? ranked.filter((r) => r.rank === last.rank).map((r) => r.key) : [];
  return { members, tieAtCut };
}

/** The n lowest, lowest first: `topN` ascending. */
export function bottomN<K>(items: readonly RankItem<K>[], n: number): TopResult<K> {
  return topN(items, n, 'ascending');
}

/** The ranked entry of one key, or undefined when it is not among the items. */
export function rankOf<K>(items: readonly RankItem<K>[], key: K, order: Order = 'descending'): Ranked<K> | undefined {
  return rankItems(items, order).find((r) => r.key === key);
}

function sigScore<K>(item: RankItem<K>): number | undefined {
  const s = item.tieBreak?.significance;
  return s ? SIGNIFICANCE_SCORE[s] : undefined;
}

/** Splits an ordered list into runs of items that `same` says belong together. */
function splitBy<T>(list: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of list) {
    const current = out[out.length - 1];
    if (current && same(current[current.length - 1]!, item)) current.push(item);
    else out.push([item]);
  }
  return out;
}

/** Orders a tied group by a secondary key (when every member has it) and splits it where the key differs. */
function refine<T>(group: T[], key: (item: T) => number | undefined, sign: number): T[][] {
  if (group.length < 2) return [group];
  const keys = group.map(key);
  if (keys.some((k) => k === undefined)) return [group];
  const sorted = group.map((item, i) => ({ item, k: keys[i] as number })).sort((a, b) => sign * (a.k - b.k));
  return splitBy(sorted, (a, b) => a.k === b.k).map((g) => g.map((x) => x.item));
}
