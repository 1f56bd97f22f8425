import { describe, expect, it } from '@jest/globals';
import { computeFacts } from '../../src/narrative/facts.js';
import { REGISTRY, datasetsOf, def, diagnose, fact, indicator, nb, o, registryOf } from './fixture.js';

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };
const S = { teknik: 'nattillsyn', boendeform: 'sarskilt' };
const series = (where: Record<string, string>, values: Record<number, number>) => Object.entries(values).map(([y, v]) => o('1:1', Number(y), where, v));

/** Two trends in one sentence: "har X ökat från …, och [verb?] från … under samma tid". */
function pair(lead: Record<number, number>, second: Record<number, number>) {
  const d = datasetsOf(2020, [...series(W, lead), ...series(S, second)]);
  const { facts, diagnostics } = computeFacts(
    [
      def('a', 'trend', { indicator: '1:1', where: W, form: 'supine' }),
      def('b', 'trend', { indicator: '1:1', where: S, form: 'short', after: 'a' }),
    ],
    d,
    REGISTRY,
  );
  expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  return { a: facts.get('a')!.text, b: facts.get('b')!.text };
}

describe('after: a short phrase borrows the verb of the phrase before it', () => {
  it('going the same way it prints only its numbers', () => {
    expect(pair({ 2017: 11, 2020: 44 }, { 2017: 8, 2020: 33 })).toEqual({
      a: 'ökat från 11 procent år 2017 till 44 procent år 2020',
      b: 'från 8 till 33 procent',
    });
  });

  it('going the other way it carries its own verb, in the same form', () => {
    expect(pair({ 2017: 11, 2020: 44 }, { 2017: 8, 2020: 5 }).b).toBe('minskat från 8 procent år 2017 till 5 procent år 2020');
  });

  it('flat after a rise: "legat kvar", in correct Swedish', () => {
    expect(pair({ 2017: 11, 2020: 44 }, { 2017: 8, 2020: 8 }).b).toBe('legat kvar på 8 procent sedan år 2017');
  });

  it('flat after flat: each says "legat kvar" (a flat series lends no verb)', () => {
    expect(pair({ 2017: 11, 2020: 11 }, { 2017: 8, 2020: 8 })).toEqual({
      a: 'legat kvar på 11 procent sedan år 2017',
      b: 'legat kvar på 8 procent sedan år 2017',
    });
  });

  it('a rise after a flat series', () => {
    const { a, b } = pair({ 2017: 11, 2020: 11 }, { 2017: 8, 2020: 33 });
    expect(a).toBe('legat kvar på 11 procent sedan år 2017');
    expect(b).toBe('ökat från 8 procent år 2017 till 33 procent år 2020');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown fact', { form: 'short', after: 'x' }, 'fact "b": "after" names unknown fact "x"'],
    ['itself', { form: 'short', after: 'b' }, 'fact "b": "after" names the fact itself'],
    ['a form of its own', { form: 'perfect', after: 'a' }, 'fact "b": a fact with "after" borrows the other fact\'s verb, so its own form must be short'],
  ])('is checked: %s', (_name, params, message) => {
    const d = datasetsOf(2020, [...series(W, { 2017: 1, 2020: 2 }), ...series(S, { 2017: 1, 2020: 2 })]);
    const { diagnostics } = computeFacts(
      [def('a', 'trend', { indicator: '1:1', where: W, form: 'supine' }), def('b', 'trend', { indicator: '1:1', where: S, ...params })],
      d,
      REGISTRY,
    );
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'fact/bad-after', message })]);
  });
});

describe('head and tail: a finite form split for a subject between them', () => {
  // "Mellan år 2015 och 2018 {{head}} andelen kommuner där … {{tail}}."
  const trend = (values: Record<number, number>, params: Record<string, unknown>) =>
    fact(datasetsOf(2020, series(W, values)), 'trend', { indicator: '1:1', where: W, ...params }).parts;

  it.each<[string, Record<number, number>, Record<string, unknown>, string, string]>([
    ['past, rising', { 2015: 5, 2018: 12, 2020: 30 }, { to: 2018, form: 'past', years: false }, 'ökade', 'från 5 till 12 procent'],
    ['past, falling', { 2015: 5, 2018: 3 }, { to: 2018, form: 'past', years: false }, 'minskade', 'från 5 till 3 procent'],
    ['past, flat: "låg andelen … kvar på", never "låg kvar på andelen"', { 2015: 5, 2018: 5 }, { to: 2018, form: 'past', years: false }, 'låg', 'kvar på 5 procent'],
    ['past, flat with years', { 2017: 16, 2020: 16 }, { form: 'past' }, 'låg', 'kvar på 16 procent mellan år 2017 och 2020'],
    ['perfect, rising', { 2017: 16, 2020: 42 }, {}, 'har', 'ökat från 16 procent år 2017 till 42 procent år 2020'],
    ['perfect, flat', { 2017: 16, 2020: 16 }, {}, 'har', 'legat kvar på 16 procent sedan år 2017'],
    ['past, stiga', { 2019: 46, 2020: 42 }, { form: 'past', verbs: 'stiga' }, 'sjönk', 'från 46 procent år 2019 till 42 procent år 2020'],
  ])('%s', (_name, values, params, head, tail) => {
    const parts = trend(values, params);
    expect({ head: parts['head'], tail: parts['tail'] }).toEqual({ head, tail });
  });

  it('head and tail read as the whole form', () => {
    const parts = trend({ 2015: 5, 2018: 12 }, { to: 2018, form: 'past' });
    expect(`${parts['head']} ${parts['tail']}`).toBe(parts['past']);
  });

  it('no head or tail for the forms without a finite verb', () => {
    for (const form of ['supine', 'noun', 'short']) expect(trend({ 2017: 16, 2020: 42 }, { form })).not.toHaveProperty('head');
  });

  it('a value in a change unit: "Användandet {{head}} i regionerna {{tail}}"', () => {
    const R = registryOf(indicator('NY:31', 'procent-forandring'));
    const at = (v: number) => datasetsOf(2020, [o('NY:31', 2020, {}, v)]);
    const parts = (v: number) => fact(at(v), 'value', { indicator: 'NY:31', form: 'past' }, R).parts;
    expect([parts(19)['head'], parts(19)['tail']]).toEqual(['ökade', 'med 19 procent']);
    expect([parts(-8)['head'], parts(-8)['tail']]).toEqual(['minskade', 'med 8 procent']);
    expect([parts(0)['head'], parts(0)['tail']]).toEqual(['låg', 'kvar på samma nivå']);
  });

  it('a gap: the trend\'s parts are unknown, so the sentence prints the marker', () => {
    const d = datasetsOf(2020, [...series(W, { 2015: 5 }), o('1:1', 2018, W, { missing: 'not-available' })]);
    const f = fact(d, 'trend', { indicator: '1:1', where: W, to: 2018, form: 'past', years: false });
    expect(f.missing.length).toBe(1);
    expect(f.parts).not.toHaveProperty('head');
  });
});

describe('the part predicative: after "vilket var"', () => {
  it('"en ökning med 4 procentenheter", "en minskning med …", and "oförändrat" — never "ingen förändring"', () => {
    const by = (v2019: number) => fact(datasetsOf(2020, series(W, { 2019: v2019, 2020: 7 })), 'change', { indicator: '1:1', where: W, form: 'noun' });
    expect(by(3).parts['predicative']).toBe('en ökning med 4 procentenheter');
    expect(by(9).parts['predicative']).toBe('en minskning med 2 procentenheter');
    expect(by(7).parts['predicative']).toBe('oförändrat');
    expect(by(7).text).toBe('ingen förändring');
    expect(by(7).parts['Predicative']).toBe('Oförändrat');
  });
});

describe('verbs: stiga', () => {
  it('"sjönk från 46 procent år 2019 till 42 procent år 2020", and "steg" the other way', () => {
    const down = datasetsOf(2020, series(W, { 2019: 46, 2020: 42 }));
    expect(fact(down, 'trend', { indicator: '1:1', where: W, form: 'past', verbs: 'stiga' }).text).toBe('sjönk från 46 procent år 2019 till 42 procent år 2020');
    const up = datasetsOf(2020, series(W, { 2019: 42, 2020: 46 }));
    expect(fact(up, 'trend', { indicator: '1:1', where: W, form: 'past', verbs: 'stiga' }).text).toBe('steg från 42 procent år 2019 till 46 procent år 2020');
  });
});

describe('a value in a change unit is worded from its sign', () => {
  const R = registryOf(indicator('NY:26', 'procent-forandring', { kon: ['kvinnor', 'man'] }), indicator('NY:36', 'antal-forandring'));
  const at = (v: number, q: 'cirka' | null = null) => datasetsOf(2020, [o('NY:26', 2020, { kon: 'kvinnor' }, q ? { value: v, qualifier: q } : v)]);

  it.each<[number, Record<string, unknown>, string]>([
    [84, { form: 'past' }, 'ökade med 84 procent'],
    [-5, { form: 'past' }, 'minskade med 5 procent'],
    [160, {}, 'har ökat med 160 procent'],
    [10, { form: 'noun', preposition: 'på' }, 'en ökning på 10 procent'],
    [-10, { form: 'noun', preposition: 'på' }, 'en minskning på 10 procent'],
    [0, { form: 'past' }, 'låg kvar på samma nivå'],
  ])('%p %p → %p', (v, params, text) => {
    expect(fact(at(v), 'value', { indicator: 'NY:26', where: { kon: 'kvinnor' }, ...params }, R).text).toBe(text);
  });

  it('comparatives, signed, amount with its hedge', () => {
    const f = fact(at(-12), 'value', { indicator: 'NY:26', where: { kon: 'kvinnor' }, comparative: { more: 'oftare', less: 'mer sällan' } }, R);
    expect(f.parts).toEqual(expect.objectContaining({ comparative: '12 procent mer sällan', signed: '\u221212 procent', amount: '12 procent', verb: 'har minskat' }));
    expect(fact(at(19, 'cirka'), 'value', { indicator: 'NY:26', where: { kon: 'kvinnor' }, form: 'past' }, R).text).toBe('ökade med cirka 19 procent');
  });

  it('a count change', () => {
    const d = datasetsOf(2020, [o('NY:36', 2020, {}, 130_000)]);
    expect(fact(d, 'value', { indicator: 'NY:36', form: 'past' }, R).text).toBe(nb('ökade med 130_000'));
  });

  it('forms are refused for values that are not changes', () => {
    const d = datasetsOf(2020, series(W, { 2020: 44 }));
    expect(diagnose(d, 'value', { indicator: '1:1', where: W, form: 'past' })).toEqual([expect.objectContaining({ code: 'fact/bad-param' })]);
  });
});

describe('counts agree with their noun', () => {
  const R = registryOf(indicator('9:9', 'antal', { status: ['infort', 'pa-vag'] }));
  const at = (v: number) => datasetsOf(2020, [o('9:9', 2020, { status: 'infort' }, v)]);
  it.each<[number, string, Record<string, string>]>([
    [1, 'region', { counted: 'en region', definite: 'den enda regionen', words: 'en', Text: 'En region' }],
    [2, 'region', { counted: 'två regioner', definite: 'de två regionerna', Text: 'Två regioner' }],
    [1, 'lan', { counted: 'ett län', words: 'ett', definite: 'det enda länet' }],
    [11, 'lan', { counted: 'elva län', definite: 'de elva länen' }],
    [18, 'region', { counted: '18 regioner', definite: 'de 18 regionerna' }],
    [0, 'kommun', { counted: 'inga kommuner' }],
  ])('%p %p', (v, noun, parts) => {
    expect(fact(at(v), 'value', { indicator: '9:9', where: { status: 'infort' }, noun }, R).parts).toEqual(expect.objectContaining(parts));
  });

  // numerals: digits — a text that writes counts above one in digits ("I dag finns 12 privata aktörer").
  it.each<[number, string, Record<string, string>]>([
    [12, 'privat-aktor', { counted: '12 privata aktörer', definite: 'de 12 privata aktörerna', Counted: '12 privata aktörer', Text: '12 privata aktörer' }],
    [1, 'privat-aktor', { counted: 'en privat aktör', definite: 'den enda privata aktören', Text: 'En privat aktör' }],
    [12, 'vardgivare', { counted: '12 vårdgivare', definite: 'de 12 vårdgivarna', Definite: 'De 12 vårdgivarna' }],
    [1, 'vardgivare', { definite: 'den enda vårdgivaren', Definite: 'Den enda vårdgivaren' }],
    [0, 'vardgivare', { counted: 'inga vårdgivare' }],
  ])('digits: %p %p', (v, noun, parts) => {
    const f = fact(at(v), 'value', { indicator: '9:9', where: { status: 'infort' }, noun, numerals: 'digits' }, R);
    expect(f.parts).toEqual(expect.objectContaining(parts));
    expect(f.text).toBe(parts['counted'] ?? f.parts['counted']);
  });

  it('words by default: "tolv privata aktörer"', () => {
    expect(fact(at(12), 'value', { indicator: '9:9', where: { status: 'infort' }, noun: 'privat-aktor' }, R).text).toBe('tolv privata aktörer');
  });

  it('numerals without a noun is refused', () => {
    expect(diagnose(at(12), 'value', { indicator: '9:9', where: { status: 'infort' }, numerals: 'digits' }, R)).toEqual([expect.objectContaining({ code: 'fact/bad-param' })]);
    expect(diagnose(at(12), 'value', { indicator: '9:9', where: { status: 'infort' }, noun: 'region', numerals: 'roman' }, R)).toEqual([expect.objectContaining({ code: 'fact/bad-param' })]);
  });
});
