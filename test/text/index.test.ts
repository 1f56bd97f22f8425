/**
 * The public API composes the 2020 edition's own sentences (quoted from the seed text, with the
 * no-break spaces the module prints inside numbers).
 */
import { describe, expect, it } from '@jest/globals';
import {
  REGION,
  approximate,
  capitalize,
  countOf,
  describeMissing,
  describeRatio,
  formatPercent,
  formatPlace,
  formatRelativeDifference,
  formatRespective,
  formatYearRange,
  describeChange,
  phraseChangeBy,
  phraseFromTo,
  showChange,
} from '../../src/text/index.js';

describe('sentences of the 2020 edition', () => {
  it('composes the change sentences', () => {
    const video = showChange({ value: 59, qualifier: null }, { value: 86, qualifier: null }, 'procent');
    const s = `Andelen kommuner som använder video ${phraseFromTo({ from: video.from, to: video.to, fromYear: 2017, toYear: 2020 }, video).perfect}.`;
    expect(s).toBe('Andelen kommuner som använder video har ökat från 59 procent år 2017 till 86 procent år 2020.');
    const camera = showChange({ value: 8, qualifier: null }, { value: 33, qualifier: null }, 'procent');
    expect(`och ${phraseFromTo({ from: camera.from, to: camera.to, fromYear: 2017, toYear: 2020 }, camera).short} under samma tid`).toBe(
      'och från 8 till 33 procent under samma tid',
    );
    expect(`vilket var ${phraseChangeBy(describeChange(4, 'procent')).noun} från år 2019`).toBe(
      'vilket var en ökning med 4 procentenheter från år 2019',
    );
  });

  it('composes the 1177 sentence', () => {
    const visits = approximate(191_342_000, { unit: 'antal' }).text;
    const logins = approximate(96_300_000, { unit: 'antal' }).text;
    const ratio = describeRatio(96_300_000 / 51_000_000, { nearPercent: 7 });
    expect(`Totalt har det gjorts ${visits} besök och ${logins} inloggningar under år 2020, ${ratio} jämfört med år 2019.`).toBe(
      'Totalt har det gjorts drygt 191 miljoner besök och drygt 96 miljoner inloggningar under år 2020, nästan en fördubbling jämfört med år 2019.',
    );
  });

  it('composes counts, ranks, respektive, relative differences and footnotes', () => {
    expect(`${capitalize(countOf(11, REGION))} har en utsedd informatikansvarig`).toBe('Elva av regionerna har en utsedd informatikansvarig');
    expect(`${capitalize(countOf(5, REGION, 18))} som svarat på frågan`).toBe('Fem av 18 regioner som svarat på frågan');
    expect(`Sverige på ${formatPlace(2)}`).toBe('Sverige på andra plats');
    expect(`integrering av digital teknik – ${formatPlace(6, 'numeric')}`).toBe('integrering av digital teknik – 6:e plats');
    expect(formatRespective([73, 65], { unit: 'procent' })).toBe('73 procent respektive 65 procent');
    // 21,5 vs 8,1 inloggningar: the 2020 edition printed "drygt 265 procent mer", but 21,5/8,1 = 2,65 is
    // 165 procent more (265 procent *of*); the module words the difference correctly.
    expect(`det vill säga ${formatRelativeDifference(21.5 / 8.1)}`).toBe('det vill säga drygt 165 procent mer');
    expect(formatRelativeDifference(3.653)).toBe('drygt 265 procent mer');
    expect(`enbart ${formatPercent(38.6)} av de över 80 år`).toBe('enbart 38,6 procent av de över 80 år');
    expect(`${capitalize(describeMissing('not-asked', 2017))}. Källa: Socialstyrelsen, ${formatYearRange(2017, 2020)}.`).toBe(
      'Frågan ställdes inte år 2017. Källa: Socialstyrelsen, 2017\u20132020.',
    );
  });
});
