import { describe, expect, it } from '@jest/globals';
import { datasetsOf, fact, o } from './fixture.js';

const d = datasetsOf(2020, [
  o('1:1', 2020, { teknik: 'nattillsyn', boendeform: 'sarskilt' }, 73),
  o('1:1', 2020, { teknik: 'nattillsyn', boendeform: 'ordinart' }, 65),
  o('1:1', 2019, { teknik: 'nattillsyn', boendeform: 'ordinart' }, { value: 60, qualifier: 'drygt' }),
  o('9:1', 2020, {}, 11),
]);

describe('kind pair', () => {
  it('"73 procent respektive 65 procent", parts first and second, numbers with the unit once', () => {
    const f = fact(d, 'pair', { indicator: '1:1', where: { teknik: 'nattillsyn' }, items: [{ where: { boendeform: 'sarskilt' } }, { where: { boendeform: 'ordinart' } }] });
    expect(f.text).toBe('73 procent respektive 65 procent');
    expect(f.parts).toEqual(expect.objectContaining({ first: '73 procent', second: '65 procent', numbers: '73 respektive 65 procent', Text: '73 procent respektive 65 procent' }));
  });

  it('joiner och, another year and another indicator', () => {
    const f = fact(d, 'pair', {
      indicator: '1:1',
      where: { teknik: 'nattillsyn', boendeform: 'ordinart' },
      joiner: 'och',
      items: [{ year: 2019 }, {}, { indicator: '9:1' }],
    });
    expect(f.text).toBe('drygt 60 procent, 65 procent och 11');
    expect(f.parts['numbers']).toBe(f.text);
    expect(f.parts['third']).toBe('11');
  });

  it('a missing item makes the whole pair a gap', () => {
    const f = fact(d, 'pair', { indicator: '1:1', where: { teknik: 'nattillsyn' }, items: [{ where: { boendeform: 'sarskilt' } }, { where: { boendeform: 'sarskilt' }, year: 2019 }] });
    expect(f.text).toBe('[uppgift saknas: 1:1 Nattillsyn med digital teknik, Särskilt boende för äldre 2019]');
  });
});
