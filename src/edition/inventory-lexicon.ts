/**
 * The Swedish words of the edition texts whose truth depends on the data (issue 16), for the inventory
 * (inventory.ts). Drawn from the list and from reading every section of the 2020–2022
 * editions. Each entry is a word form or a phrase of word forms, matched case-insensitively on word
 * boundaries; a rule narrows entries that are data words only in some contexts.
 */

export type InventoryFamily = 'superlative' | 'rank' | 'quantity' | 'comparison' | 'direction' | 'hedge' | 'digits';

/**
 * - count: a count of members ("alla regioner", "ingen region", "tre regioner"): only before a
 *   population noun (within two words) or partitive "av" ("samtliga av de vanligaste"), and not after
 *   "av" ("93 procent av alla kommuner" names the whole, not a count).
 * - only-count: "enbart"/"endast" judging a count small: only before a number, a fact or "ett".
 * - before-an: "mer … än" as a comparison ("använde kvinnor 88 procent mer digital vård än män").
 * - no-fact: "jämfört med" is a comparison stated in words only when its sentence cites no fact (the
 *   numbers compared are then the writer's, not computed).
 * - before-amount: a hedge only before an amount — a number, a fact, a number word or a quantity
 *   ("cirka 70", "kring {{fact}}", "drygt hälften", "nästan alla"); "hinder kring molntjänster" is none.
 */
export type LexiconRule = 'count' | 'only-count' | 'before-an' | 'no-fact' | 'before-amount';

export interface LexiconEntry {
  words: readonly string[];
  family: InventoryFamily;
  rule?: LexiconRule;
}

const forms = (family: InventoryFamily, list: string, rule?: LexiconRule): LexiconEntry[] =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((phrase) => ({ words: phrase.split(' '), family, ...(rule ? { rule } : {}) }));

/** Spelled-out numbers two to twenty-one: counts when a population noun follows ("fem regioner"). */
export const NUMBER_WORDS =
  'två, tre, fyra, fem, sex, sju, åtta, nio, tio, elva, tolv, tretton, fjorton, femton, sexton, sjutton, arton, nitton, tjugo, tjugoen, tjugoett';

export const LEXICON: readonly LexiconEntry[] = [
  ...forms(
    'superlative',
    'vanligast, vanligaste, högst, högsta, lägst, lägsta, störst, största, minst, minsta, mest, flest, bäst, bästa, sämst, sämsta, ' +
      'främst, framför allt, dominerande, i huvudsak, huvudsakligen, övervägande',
  ),
  ...forms(
    'rank',
    'i topp, i toppen, i botten, på första plats, på andra plats, på tredje plats, på fjärde plats, på femte plats, på sista plats, ' +
      'plats efter, ligger först, ligger sist, hamnar först, hamnar sist, kommer först, kommer sist, placeras först, placeras sist',
  ),
  ...forms(
    'quantity',
    'majoritet, majoriteten, en majoritet, en klar majoritet, minoritet, minoriteten, en minoritet, de flesta, flesta, hälften, ' +
      'tredjedel, tredjedelen, tredjedelar, fjärdedel, fjärdedelen, fjärdedelar, ett fåtal, fåtal, ett mindre antal, ett litet antal',
  ),
  ...forms('quantity', `alla, samtliga, ingen, inga, flera, några, få, ${NUMBER_WORDS}`, 'count'),
  ...forms('quantity', 'enbart, endast', 'only-count'),
  ...forms(
    'comparison',
    'högre, lägre, större, mindre, fler, färre, oftare, vanligare, stabilare, mer än, mindre än, samma som, både år, ' +
      'överskred, överskrider, överstiger, understiger, understeg',
  ),
  ...forms('comparison', 'mer', 'before-an'),
  ...forms('comparison', 'jämfört med', 'no-fact'),
  ...forms(
    'direction',
    'ökat, ökade, ökar, ökande, ökning, ökningen, ökningar, ökningarna, minskat, minskade, minskar, minskande, minskning, ' +
      'minskningen, minskningar, sjönk, sjunkit, sjunker, sjunkande, steg, stigit, stiger, stigande, växer, vuxit, växte, ' +
      'fördubblats, fördubblades, fördubblat, fördubbling, fördubblingen, halverats, halverades, halvering, halveringen, ' +
      'tredubblats, tredubblades, oförändrad, oförändrat, oförändrade, stabil, stabilt, stabila, konstant, konstanta, ' +
      'legat kvar, låg kvar, ligger kvar, ligga kvar, tillväxt, tillväxten, accelererat, accelererade, tappat, tappade, ' +
      'avtagit, avtog, allt fler, allt färre, allt större, allt mindre, allt vanligare',
  ),
  ...forms('hedge', 'drygt, knappt, nästan, cirka, ca, kring, omkring, ungefär, närmare, närmast, strax, uppemot, runt', 'before-amount'),
];

/**
 * Phrases that hold a lexicon word but state nothing about the data: the measure's definition
 * ("minst en gång"), the strategy's name and terms, idioms. Nothing inside them is a hit.
 */
export const NOT_DATA: readonly (readonly string[])[] = [
  'minst en gång',
  'bästa tillgängliga kunskap',
  'på bästa sätt',
  'nästa steg på vägen',
  'nästa steg',
  'ett steg',
  'första steg',
].map((p) => p.split(' '));

/** Nouns of the populations the data counts: a count word before one of them is a count of members. */
export const POPULATION_NOUNS = new Set(
  (
    'region, regionen, regioner, regionerna, regionernas, kommun, kommunen, kommuner, kommunerna, kommunernas, län, länen, ' +
    'landsting, aktör, aktören, aktörer, aktörerna, vårdgivare, vårdgivaren, vårdgivarna, land, länder, länderna, apotek, apoteken, ' +
    'öppenvårdsapotek, informationsmängd, informationsmängder, informationsmängderna'
  )
    .split(',')
    .map((s) => s.trim()),
);

/** Words before a number that names something ("inriktningsmål 1", "Bilaga 1", "kvartal 1"). */
export const NAMING_WORDS = new Set(['inriktningsmål', 'inriktningsmålet', 'bilaga', 'figur', 'tabell', 'kapitel', 'avsnitt', 'kvartal', 'id', 'målområde', 'nr', 'nummer']);

/** Words after a hedge that make it one: quantities that are not numbers. */
export const AMOUNT_WORDS = new Set(['hälften', 'hela', 'alla', 'samtliga', 'en', 'ett', 'varannan', 'var', 'dubbelt', 'tre', 'fyra', 'två']);

export const MONTHS = new Set(['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']);
