import { describe, expect, it } from '@jest/globals';
import { computeFacts } from '../../src/narrative/facts.js';
import { factMessages } from '../../src/narrative/messages.js';
import { LOCATION, REGISTRY, datasetsOf, def, diagnose, o } from './fixture.js';

const W = { teknik: 'nattillsyn', boendeform: 'ordinart' };
const D = datasetsOf(2020, [o('1:1', 2017, W, 37), o('1:1', 2020, W, 66), o('3:2', 2020, { fraga: 'e-tjanster', region: 'uppsala' }, 83)]);

/** Each case: kind, params → the one diagnostic expected (code, message, hint), at the fact's location. */
describe('parameter checks', () => {
  it.each<[string, string, Record<string, unknown>, { severity?: string; code: string; message: string; hint?: string | RegExp }]>([
    ['unknown kind, did you mean', 'trnd', { indicator: '1:1', where: W }, { code: 'fact/unknown-kind', message: factMessages.unknownKind('f', 'trnd'), hint: 'did you mean "trend"?' }],
    ['unknown kind, far from all', 'sparkline', { indicator: '1:1' }, { code: 'fact/unknown-kind', message: factMessages.unknownKind('f', 'sparkline'), hint: /^known kinds: value, trend, change, ratio, pair, count, rank, top, largest-change$/ }],
    ['unknown parameter, did you mean', 'trend', { indicator: '1:1', where: W, fomr: 'past' }, { code: 'fact/unknown-param', message: factMessages.unknownParam('f', 'trend', 'fomr'), hint: 'did you mean "form"?' }],
    ['unknown parameter of the kind', 'value', { indicator: '1:1', where: W, n: 3 }, { code: 'fact/unknown-param', message: factMessages.unknownParam('f', 'value', 'n'), hint: /^parameters of value: indicator, where, words, year, noun, numerals, comparative, preposition, form, verbs, after, decimals, minDecimals, scale, percentSign, comparator, approx$/ }],
    ['no indicator', 'value', { where: W }, { code: 'fact/missing-param', message: factMessages.missingParam('f', 'indicator') }],
    ['unknown indicator', 'value', { indicator: '1:11' }, { code: 'fact/unknown-indicator', message: factMessages.unknownIndicator('f', '1:11'), hint: 'did you mean "1:1"?' }],
    ['unknown dimension', 'value', { indicator: '1:1', where: { tekniks: 'nattillsyn', boendeform: 'ordinart' } }, { code: 'fact/unknown-dimension', message: factMessages.unknownDimension('f', '1:1', 'tekniks'), hint: 'did you mean "teknik"?' }],
    ['wrong dimension code', 'value', { indicator: '1:1', where: { teknik: 'nattilsyn', boendeform: 'ordinart' } }, { code: 'fact/unknown-code', message: factMessages.unknownCode('f', 'teknik', 'nattilsyn'), hint: 'did you mean "nattillsyn"?' }],
    ['code against a pattern', 'value', { indicator: '2:11', where: { kon: 'kvinnor', aldersgrupp: '30 till 39' } }, { code: 'fact/unknown-code', message: factMessages.unknownCode('f', 'aldersgrupp', '30 till 39'), hint: /^codes have the form / }],
    ['a year after the report year', 'value', { indicator: '1:1', where: W, year: 2021 }, { code: 'fact/year-after-report', message: factMessages.yearAfterReport('f', 2021, 2020) }],
    ['a year with no data (warning; the fact prints a gap)', 'value', { indicator: '1:1', where: W, year: 2018 }, { severity: 'warning', code: 'fact/year-without-data', message: factMessages.yearWithoutData('f', '1:1', 2018), hint: 'years with data for the indicator: 2017, 2020' }],
    ['a year that is not a year', 'trend', { indicator: '1:1', where: W, from: 'frist' }, { code: 'fact/bad-param', message: factMessages.badParam('f', 'from', 'a year or first', 'frist'), hint: 'did you mean "first"?' }],
    ['a form that does not exist', 'trend', { indicator: '1:1', where: W, form: 'perfekt' }, { code: 'fact/bad-param', message: factMessages.badParam('f', 'form', 'one of perfect, past, supine, noun, short', 'perfekt'), hint: 'did you mean "perfect"?' }],
    ['years that is not true or false', 'trend', { indicator: '1:1', where: W, years: 'nej' }, { code: 'fact/bad-param', message: factMessages.badParam('f', 'years', 'true or false', 'nej') }],
    ['a span backwards', 'trend', { indicator: '1:1', where: W, from: 2020, to: 2017 }, { code: 'fact/bad-param', message: factMessages.spanBackwards('f', 2020, 2017) }],
    ['decimals out of range', 'value', { indicator: '1:1', where: W, decimals: 1.5 }, { code: 'fact/bad-param', message: factMessages.badParam('f', 'decimals', 'a whole number 0–6', 1.5) }],
    ['scale on a share', 'value', { indicator: '1:1', where: W, scale: 'miljoner' }, { code: 'fact/bad-param', message: factMessages.badParam('f', 'scale', 'left out: 1:1 is in procent, not a count or kronor', 'miljoner') }],
    ['a compare key that does not exist', 'ratio', { indicator: '1:1', where: W, compare: { yaer: 2017 } }, { code: 'fact/unknown-param', message: factMessages.unknownParam('f', 'ratio', 'compare.yaer'), hint: 'did you mean "year"?' }],
    ['a compare code that does not exist', 'ratio', { indicator: '1:1', where: W, compare: { where: { boendeform: 'sarskild' } } }, { code: 'fact/unknown-code', message: factMessages.unknownCode('f', 'boendeform', 'sarskild'), hint: 'did you mean "sarskilt"?' }],
    ['a pair of one', 'pair', { indicator: '1:1', where: W, items: [{}] }, { code: 'fact/bad-param', message: factMessages.tooFewItems('f') }],
    ['count over a dimension without a noun', 'count', { indicator: '12:2', dimension: 'hinder', condition: { min: 1 } }, { code: 'fact/no-noun', message: factMessages.noNoun('f', 'hinder') }],
    ['count with a condition that does not exist', 'count', { indicator: '3:2', where: { fraga: 'e-tjanster' }, dimension: 'region', condition: { minimum: 1 } }, { code: 'fact/bad-param', message: factMessages.badParam('f', 'condition', '{ min: <number> }, { max: <number> } or { equals: <code> }', { minimum: 1 }), hint: 'did you mean "min"?' }],
    ['count equals a code of no other dimension', 'count', { indicator: '13:4', dimension: 'region', condition: { equals: 'fins' } }, { code: 'fact/unknown-code', message: factMessages.equalsCode('f', 'fins'), hint: 'did you mean "finns"?' }],
    ['the dimension to go through is fixed', 'top', { indicator: '3:2', where: { fraga: 'e-tjanster', region: 'uppsala' }, dimension: 'region', n: 3 }, { code: 'fact/bad-param', message: factMessages.dimensionFixed('f', 'region') }],
    ['rank without a member', 'rank', { indicator: '3:2', where: { fraga: 'e-tjanster' }, dimension: 'region' }, { code: 'fact/missing-param', message: factMessages.missingParam('f', 'member') }],
    ['rank of a total', 'rank', { indicator: '3:2', where: { fraga: 'e-tjanster' }, dimension: 'region', member: 'riket' }, { code: 'fact/bad-param', message: factMessages.badParam('f', 'member', 'a member, not a total', 'riket') }],
    ['top without n', 'top', { indicator: '3:2', where: { fraga: 'e-tjanster' }, dimension: 'region' }, { code: 'fact/missing-param', message: factMessages.missingParam('f', 'n') }],
    ['a dimension that does not exist', 'top', { indicator: '3:2', where: { fraga: 'e-tjanster' }, dimension: 'regoin', n: 3 }, { code: 'fact/unknown-dimension', message: factMessages.unknownDimension('f', '3:2', 'regoin'), hint: 'did you mean "region"?' }],
  ])('%s', (_name, kind, params, expected) => {
    const diagnostics = diagnose(D, kind, params);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: expected.severity ?? 'error',
        code: expected.code,
        message: expected.message,
        location: LOCATION,
        ...(expected.hint === undefined ? {} : { hint: typeof expected.hint === 'string' ? expected.hint : expect.stringMatching(expected.hint) }),
      }),
    ]);
  });

  it('a fact with errors is not computed; the others are', () => {
    const { facts, diagnostics } = computeFacts([def('bad', 'trend', { indicator: '1:1', where: W, form: 'x' }), def('good', 'trend', { indicator: '1:1', where: W })], D, REGISTRY);
    expect(diagnostics.map((d) => d.code)).toEqual(['fact/bad-param']);
    expect([...facts.keys()]).toEqual(['good']);
  });

  it('reports every problem of a fact, not only the first', () => {
    const diagnostics = diagnose(D, 'trend', { indicator: '1:1', where: { teknik: 'x', boendeform: 'y' }, form: 'z', colour: 1 });
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['fact/bad-param', 'fact/unknown-code', 'fact/unknown-code', 'fact/unknown-param']);
  });
});
