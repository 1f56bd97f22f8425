import { describe, expect, it } from '@jest/globals';
import { bottomN, rankItems, rankOf, topN, type RankItem } from '../../src/compute/rank.js';

const item = (key: string, value: number, tieBreak?: RankItem<string>['tieBreak']): RankItem<string> => ({ key, value, ...(tieBreak ? { tieBreak } : {}) });

// Andel positiva till 1177 Vårdguidens e-tjänster (the text after Figur 18), in county order.
const E_TJANSTER = [item('uppsala', 83), item('jonkoping', 77), item('skane', 77), item('orebro', 81), item('vasterbotten', 81), item('gavleborg', 76)];

describe('rankItems', () => {
  it('ranks highest first and lets equal values share a place (1, 2, 2, 4 …)', () => {
    const r = rankItems(E_TJANSTER);
    expect(r.map((x) => [x.key, x.rank, x.position])).toEqual([
      ['uppsala', 1, 1],
      ['orebro', 2, 2],
      ['vasterbotten', 2, 3],
      ['jonkoping', 4, 4],
      ['skane', 4, 5],
      ['gavleborg', 6, 6],
    ]);
    expect(r[1]!.tiedWith).toEqual(['vasterbotten']);
    expect(r[0]!.tiedWith).toEqual([]);
  });

  it('ascending ranks the lowest first', () => {
    expect(rankItems(E_TJANSTER, 'ascending').map((x) => x.key)).toEqual(['gavleborg', 'jonkoping', 'skane', 'orebro', 'vasterbotten', 'uppsala']);
  });

  describe('ties broken as footnote 58 says', () => {
    it('first: a value significantly above the nation before one that is not (top)', () => {
      const r = rankItems([item('a', 81, { significance: 'none' }), item('b', 81, { significance: 'higher' })]);
      expect(r.map((x) => [x.key, x.rank])).toEqual([
        ['b', 1],
        ['a', 2],
      ]);
    });
    it('first: a value significantly below the nation before one that is not (bottom)', () => {
      const r = rankItems([item('a', 77, { significance: 'none' }), item('b', 77, { significance: 'lower' })], 'ascending');
      expect(r.map((x) => x.key)).toEqual(['b', 'a']);
    });
    it('then: the smaller share negative ranks higher; in the bottom list the larger share negative comes first', () => {
      const pair = [item('skane', 77, { significance: 'lower', negative: 9 }), item('jonkoping', 77, { significance: 'lower', negative: 11 })];
      expect(rankItems(pair).map((x) => x.key)).toEqual(['skane', 'jonkoping']);
      expect(rankItems(pair, 'ascending').map((x) => x.key)).toEqual(['jonkoping', 'skane']);
    });
    it('a criterion some tied members lack is not applied to their group', () => {
      const r = rankItems([item('a', 50, { negative: 20 }), item('b', 50), item('c', 50, { negative: 10 })]);
      expect(r.map((x) => [x.key, x.rank])).toEqual([
        ['a', 1],
        ['b', 1],
        ['c', 1],
      ]);
    });
    it('values decide before tie-breakers', () => {
      const r = rankItems([item('a', 50, { significance: 'higher', negative: 1 }), item('b', 51, { significance: 'lower', negative: 40 })]);
      expect(r.map((x) => x.key)).toEqual(['b', 'a']);
    });
  });

  it('refuses values that are not finite', () => {
    expect(() => rankItems([item('a', Number.NaN)])).toThrow(RangeError);
  });

  it('handles an empty list and a single item', () => {
    expect(rankItems([])).toEqual([]);
    expect(rankItems([item('a', 1)])).toEqual([{ key: 'a', value: 1, rank: 1, position: 1, tiedWith: [] }]);
  });
});

describe('topN, bottomN and rankOf', () => {
  it('takes the n best and says when the cut falls inside a tie', () => {
    expect(topN(E_TJANSTER, 3)).toEqual({ members: expect.any(Array), tieAtCut: [] });
    expect(topN(E_TJANSTER, 3).members.map((m) => m.key)).toEqual(['uppsala', 'orebro', 'vasterbotten']);
    expect(topN(E_TJANSTER, 2).tieAtCut).toEqual(['orebro', 'vasterbotten']);
  });
  it('bottomN lists the lowest first', () => {
    expect(bottomN(E_TJANSTER, 3).members.map((m) => m.key)).toEqual(['gavleborg', 'jonkoping', 'skane']);
    expect(bottomN(E_TJANSTER, 2).tieAtCut).toEqual(['jonkoping', 'skane']);
  });
  it('returns fewer when there are fewer items', () => {
    expect(topN([item('a', 1)], 3).members).toHaveLength(1);
  });
  it('refuses n below 1', () => {
    expect(() => topN(E_TJANSTER, 0)).toThrow(RangeError);
  });
  it('finds the rank of one member', () => {
    expect(rankOf(E_TJANSTER, 'vasterbotten')?.rank).toBe(2);
    expect(rankOf(E_TJANSTER, 'gavleborg', 'ascending')?.rank).toBe(1);
    expect(rankOf(E_TJANSTER, 'stockholm')).toBeUndefined();
  });
});
