import { describe, expect, it, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanInventory, scanText, type InventoryHit } from '../../src/edition/inventory.js';
import { root } from './document.js';
import { inventoryInput } from './inventory-input.js';

/**
 * The inventory of issue 16: every data word and data digit of the editions' prose and captions is
 * produced by a fact, vouched for by a claim, on the reviewed allow-list (fixed: law numbers, names,
 * the number of municipalities). A new uncovered hit fails, and so does an allow-list entry that no
 * longer matches anything. (The conversion's transitional pending list is gone: every data word of the
 * three editions is a fact or a claim.)
 */

const EDITIONS = [2020, 2021, 2022];
const fixtures = join(root, 'test', 'fixtures', 'inventory');

interface Entry {
  file: string;
  word: string;
  sentence: string;
  reason?: string;
}

const readList = (name: string): Entry[] => (JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as { entries: Entry[] }).entries;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const matches = (e: Entry, h: InventoryHit) => e.file === h.file && norm(e.word) === norm(h.word) && h.sentence.startsWith(e.sentence);

const words = (text: string, claims: Record<string, string[]> = {}) =>
  scanText({ file: 'sections/x.md', line: 1, column: 1, text }, new Map(Object.entries(claims)), true).map((h) => h.word);

describe('the scanner', () => {
  test.each([
    // superlatives and ranks
    ['Passiva larm är den vanligaste typen.', ['vanligaste']],
    ['Vanligast är nyckelfria lås.', ['Vanligast']],
    ['Finland har lägst antal besök och Sverige högst.', ['lägst', 'högst']],
    ['Störst ökning har skett inom barn och unga.', ['Störst', 'ökning']],
    ['Tre regioner med minst andel positiva.', ['Tre', 'minst']],
    ['Sverige ligger i topp med många besök.', ['i topp']],
    ['Regionerna hamnar i toppen.', ['i toppen']],
    ['Sverige kom på andra plats.', ['på andra plats']],
    ['Humankapital – {{fact "x" "ordinal"}} plats efter Finland.', ['plats efter']],
    ['Hindren ökade mest.', ['ökade', 'mest']],
    ['Flest regioner har ökat.', ['Flest', 'ökat']],
    // majorities and quantities
    ['Majoriteten av invånarna är positiva.', ['Majoriteten']],
    ['En klar majoritet av kommunerna använder NPÖ.', ['En klar majoritet']],
    ['I dag visar de flesta regioner diagnoser.', ['de flesta']],
    ['Regionerna visar drygt hälften av mängderna.', ['drygt', 'hälften']],
    ['Endast ett fåtal kommuner visar information.', ['Endast', 'ett fåtal']],
    ['Ett mindre antal vårdgivare är anslutna.', ['Ett mindre antal']],
    ['Alla regioner visar något. Ingen region visar allt. I dag är samtliga regioner anslutna.', ['Alla', 'Ingen', 'samtliga']],
    ['Samtliga av de vanligaste tjänsterna ökade.', ['Samtliga', 'vanligaste', 'ökade']],
    ['Det är ytterligare fem regioner som uppger hinder.', ['fem']],
    ['Bland personer över 80 år har endast {{fact "x"}} bank-id.', ['endast']],
    // comparisons
    ['Kvinnor använder digital vård i högre grad än män.', ['högre']],
    ['Vissa visar mer än andra.', ['mer än']],
    ['Kvinnor använde {{fact "x"}} mer digital vård än män.', ['mer']],
    ['De har betydligt färre inloggningar.', ['färre']],
    ['Vilket är samma som året innan.', ['samma som']],
    ['Siffran är {{fact "x"}} både år 2019 och år 2020.', ['både år']],
    ['En ökning jämfört med året innan.', ['ökning', 'jämfört med']],
    // direction verbs and nouns
    ['Andelen sjönk och har sjunkit, steg och har stigit.', ['sjönk', 'sjunkit', 'steg', 'stigit']],
    ['Volymen fördubblades. En fördubbling.', ['fördubblades', 'fördubbling']],
    ['Andelen har minskat; en minskning. Den är oförändrad och stabil.', ['minskat', 'minskning', 'oförändrad', 'stabil']],
    ['Andelen har legat kvar på samma nivå.', ['legat kvar']],
    ['Allt fler kommuner erbjuder välfärdsteknik.', ['Allt fler']],
    // hedges written by hand, before an amount only
    ['Det var knappt {{fact "x"}} och cirka 70 år, omkring 5 procent, nästan alla.', ['knappt', 'cirka', 'omkring', '5', 'nästan']],
    ['Hinder kring molntjänster.', []],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    // digits that are data
    ['182 kommuner av 251 kommuner som svarade.', ['182', '251']],
    ['Det var 2,8 till 2,9 procent.', ['2,8', '2,9']],
    ['Besöksstatistik, n=1 533 537.', ['1 533 537']],
    ['År 2020 svarade 19 regioner på frågan.', ['19']],
    ['Informationsmängd 1–16 är möjlig.', ['1–16']],
    // digits that are structure
    ['Stockholm, 2016. Handlingsplan 2017–2019, strategin 2020–2022.', []],
    ['Åtkomst 2021-03-16.', []],
    ['Källa: https://ec.europa.eu/digital-single-market/en/desi och www.e-legitimation.se/2021.', []],
    ['Svensson, L. Socialhögskolan, 2019. ISBN: 978-91-7895-154-3.', []],
    ['SFS 2014:821. Patientlag. MSB 0040-09.', []],
    ['Vision e-hälsa 2025 och 1177 Vårdguiden.', []],
    ['> *8. Uppföljning Vision e-hälsa 2025*', []],
    ['1. En punkt i en lista.', []],
    ['Personer över 80 år, åldersgruppen 19–29 år, fram till 70 års ålder.', []],
    ['Folkbokförda den 1 november 2020. Kvartal 1 år 2020.', []],
    ['Inriktningsmål 1 – Individen som medskapare. Bilaga 1.', []],
    ['Ramverket togs fram år 2017/2018. Doktor24 och covid-19.', []],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    ['inside a fact or a claim', 'Andelen {{fact "x"}} av kommunerna.{{claim "c"}}', []],
    ['in an HTML comment', '<!-- har sjunkit mellan 2019 och 2020 -->\nText.', []],
    ['across lines of a comment', '<!--\nvanligaste\n182\n-->', []],
    ['in a footnote key', 'Text.[^svarande-2020] Mer text.', []],
    ['the measure "minst en gång"', 'Använt internet minst en gång de senaste tre månaderna.', []],
    ['the strategy\'s name', 'En strategi, nästa steg på vägen, 2020–2022.', []],
    ['a figure directive', '@figure valfardsteknik-ordinart', []],
    ['the whole of "93 procent av alla kommuner"', '{{fact "x"}} av alla kommuner har detta.', []],
  ])('no hit %s', (_, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('places each hit at its line and column, in its sentence', () => {
    const [hit] = scanText({ file: 'f.md', line: 1, column: 1, text: 'Rubrik\n\nFörsta meningen. Andra har ökat.' }, new Map(), true);
    expect(hit).toMatchObject({ file: 'f.md', line: 3, column: 28, word: 'ökat', family: 'direction', sentence: 'Andra har ökat.', covered: false });
    const [caption] = scanText({ file: 'figures/f.yaml', line: 7, column: 14, text: 'År 2020 svarade 19 regioner.' }, new Map(), false);
    expect(caption).toMatchObject({ line: 7, column: 30, word: '19' });
  });

  it('covers a hit whose sentence holds a claim that names it, and no other', () => {
    const claims = new Map([['larm-vanligast', ['vanligaste']]]);
    const text = 'Passiva larm är den vanligaste typen {{claim "larm-vanligast"}} och har ökat. Nyckelfria lås är vanligaste i hsl.';
    const hits = scanText({ file: 'f.md', line: 1, column: 1, text }, claims, true);
    expect(hits.map((h) => [h.word, h.covered, h.claim])).toEqual([
      ['vanligaste', true, 'larm-vanligast'],
      ['ökat', false, null],
      ['vanligaste', false, null],
    ]);
    // a claim right after the full stop belongs to the sentence before it
    const after = scanText({ file: 'f.md', line: 1, column: 1, text: 'Den vanligaste typen.{{claim "larm-vanligast"}} Nästa.' }, claims, true);
    expect(after.map((h) => h.covered)).toEqual([true]);
  });

  it('scans headings, list items, quotes and footnote texts', () => {
    const text = '#### Allt fler kommuner\n\n- Hindren ökade.\n\n> Andelen sjönk.\n\n[^a]: 182 kommuner av 251.';
    expect(words(text)).toEqual(['Allt fler', 'ökade', 'sjönk', '182', '251']);
  });

  it('reads a long line in linear time', () => {
    const unit = 'Andelen {{fact "x"}} har ökat till 1 533 537 och [^a],[^b] drygt hälften. ';
    const text = unit.repeat(20_000) + '{{'.repeat(10_000) + '[^'.repeat(10_000) + '1 '.repeat(50_000);
    const started = performance.now();
    const hits = scanText({ file: 'f.md', line: 1, column: 1, text }, new Map(), true);
    expect(hits.length).toBe(80_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('the editions', () => {
  const allow = readList('allow.json');
  const hits = new Map(EDITIONS.map((year) => [year, scanInventory(inventoryInput(join(root, 'templates', 'editions', String(year))))]));
  const uncovered = [...hits.values()].flat().filter((h) => !h.covered);

  it.each(EDITIONS)('%i: every data word and digit is a fact, a claim or allowed', (year) => {
    const left = hits.get(year)!.filter((h) => !h.covered && !allow.some((e) => matches(e, h)));
    expect(left.map((h) => `${h.file}:${h.line}:${h.column} "${h.word}" in: ${h.sentence}`)).toEqual([]);
  });

  it('allow.json gives a reason for each entry and holds no stale entry', () => {
    expect(allow.filter((e) => !e.reason)).toEqual([]);
    expect(allow.filter((e) => !uncovered.some((h) => matches(e, h)))).toEqual([]);
  });
});
