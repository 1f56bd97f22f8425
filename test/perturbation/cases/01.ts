import { missing, qualify, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

/** Sammanfattning (sections/01-sammanfattning.md) and what it shares with 3.1 and 3.3. */
export const cases: Case[] = [
  {
    name: 'AI attitudes rise instead of falling',
    edits: [set('2020/NY-8', { installning: 'positiva' }, 50)],
    paragraphs: {
      [P.s01Attityd]: { contains: ['steg från 46 procent år 2019 till 50 procent år 2020'], absent: ['sjönk'] },
      [P.s33bAi]: { contains: ['År 2020 uppgav 50 procent (46 procent år 2019)'] },
    },
    final: 'allowed',
  },
  {
    name: 'AI attitudes equal both years',
    edits: [set('2020/NY-8', { installning: 'positiva' }, 46)],
    paragraphs: {
      [P.s01Attityd]: { contains: ['46 procent'], absent: ['sjönk', 'ökade', 'från 46 procent år 2019 till 46 procent'] },
      [P.s33bAi]: { contains: ['År 2020 uppgav 46 procent (46 procent år 2019)'] },
    },
    final: 'allowed',
  },
  {
    name: 'fibre access published as "knappt 98" (a hedge replaces the hand-written ">")',
    edits: [qualify('2020/NY-2', {}, 'knappt')],
    paragraphs: {
      [P.s01Forutsattning]: { contains: ['knappt 98 procent har tillgång till internet i hemmet'], absent: ['>98', '>knappt'] },
      [P.s31Hushall]: { contains: ['98 procent'], absent: ['kring knappt'] },
    },
    final: 'allowed',
  },
  {
    name: 'bank-id among the over-80s made missing',
    edits: [missing('2020/NY-5', { aldersgrupp: 'over-80' })],
    paragraphs: {
      [P.s01Forutsattning]: { flagged: true, contains: ['>99 procent i yngre åldersgrupper'] },
      [P.s31Bankid]: { flagged: true, contains: ['mer än 99 procent av befolkningen'] },
    },
    figures: { 'bankid-aldersgrupp': { table: [['Över 80 år', 'uppgift saknas']] } },
    final: 'refused',
    cli: true,
  },
  {
    name: 'bank-id among the young published as ">97" (the bound survives everywhere)',
    edits: [set('2020/NY-5', { aldersgrupp: 'yngre' }, 97)],
    paragraphs: {
      [P.s01Forutsattning]: { contains: ['>97 procent i yngre åldersgrupper'] },
      [P.s31Bankid]: { contains: ['mer än 97 procent av befolkningen'] },
    },
    figures: { 'bankid-aldersgrupp': { table: [['Yngre åldersgrupper', '>97']], alt: ['97 procent'], altAbsent: ['Yngre åldersgrupper: 97 procent'] } },
    final: 'allowed',
  },
  {
    name: 'logins fall below the year before',
    edits: [set('2020/2-10', { matt: 'inloggningar' }, 45000000, { qualifier: null })],
    paragraphs: {
      [P.s01Strategi]: { contains: ['45 miljoner inloggningar, vilket är en minskning med 12 procent jämfört med år 2019'], absent: ['fördubbling', '  '] },
      [P.s33Inloggningar]: { contains: ['45 miljoner inloggningar', 'en minskning med 12 procent jämfört med år 2019'], absent: ['fördubbling'] },
    },
    final: 'allowed',
  },
  {
    name: 'logins as many as the year before',
    edits: [set('2020/2-10', { matt: 'inloggningar' }, 51000000, { qualifier: null })],
    paragraphs: {
      [P.s01Strategi]: { contains: ['51 miljoner inloggningar'], absent: ['fördubbling', 'ökning', '  '] },
      [P.s33Inloggningar]: { contains: ['51 miljoner inloggningar'], absent: ['fördubbling', 'ökning'] },
    },
    final: 'allowed',
  },
  {
    name: 'logins of 2020 made missing',
    edits: [missing('2020/2-10', { matt: 'inloggningar' })],
    paragraphs: {
      // Named once per sentence; the claim on "den största kontaktytan" says it cannot be checked.
      [P.s01Strategi]: { flagged: true, contains: ['191 miljoner besökare', 'Påståendet kan inte prövas'], once: ['uppgift saknas: 2:10 Inloggningar 2020'] },
      [P.s33Inloggningar]: { flagged: true, contains: ['drygt 191 miljoner besök'], once: ['uppgift saknas: 2:10 Inloggningar 2020'] },
    },
    final: 'refused',
  },
  {
    name: 'IT costs as a share of turnover rise to 4 percent',
    edits: [set('2019/NY-15', {}, 4, { qualifier: null })],
    paragraphs: {
      // "legat stabilt kring": a jump from the 2,8–2,9 procent of 3.6 to 4 procent is no longer stable.
      [P.s01Aterstaende]: { flagged: true, contains: ['kring 4 procent'] },
      [P.s36Finansiering]: { absent: ['2,8 till 2,9 procent'], orFlagged: true },
    },
    figures: { 'it-kostnader-regioner': { table: [['2019', '4']] } },
    final: 'refused',
  },

  // ── the claims of the Sammanfattning (and of 2 Genomförande and 4 Fortsatt arbete, which share them) ──
  {
    name: 'private digital care contacts outnumber the logins to 1177',
    edits: [set('2020/2-3', { rapportering: 'via-jonkoping-sormland' }, 120000000)],
    paragraphs: {
      [P.s33bUtomlans]: { flagged: true },
      [P.s01Strategi]: { flagged: true, contains: ['191 miljoner besökare'] },
      [P.s01Vardmoten]: { flagged: false },
      [P.s33Vardgivarna]: { contains: ['120 miljoner digitala vårdkontakter'] },
    },
    figures: { utomlanskontakter: { table: [['2020', '120 000 000']] } },
    final: 'refused',
  },
  {
    name: 'private digital care contacts fall below the 2,3 million they grew to',
    edits: [set('2020/2-3', { rapportering: 'via-jonkoping-sormland' }, 1000000)],
    paragraphs: {
      [P.s33bUtomlans]: { flagged: true },
      [P.s01Vardmoten]: { flagged: true },
      [P.s01Strategi]: { flagged: false, contains: ['den största kontaktytan'] },
      [P.s33Vardgivarna]: { contains: ['1 miljon digitala vårdkontakter'] },
    },
    figures: { utomlanskontakter: { table: [['2020', '1 000 000']] } },
    final: 'refused',
  },
  {
    name: 'Norway overtakes Sweden in portal visits (the summary)',
    edits: [set('2020/NY-10', { land: 'norge' }, 21)],
    paragraphs: {
      [P.s01Strategi]: { absent: ['det högsta antalet årliga besök'], orFlagged: true },
      [P.s33bPortal]: { contains: ['21'], absent: ['Sverige ligger i topp', 'invånarna använder mest'], orFlagged: true },
    },
    figures: { 'nordiska-halsoportaler': { alt: ['Norge: 21 per invånare år 2020'] } },
    final: 'refused',
  },
  {
    name: 'Norway as many portal visits as Sweden',
    edits: [set('2020/NY-10', { land: 'norge' }, 18)],
    paragraphs: {
      [P.s01Strategi]: { absent: ['det högsta antalet årliga besök'], orFlagged: true },
      [P.s33bPortal]: { absent: ['invånarna använder mest'], orFlagged: true },
    },
    figures: { 'nordiska-halsoportaler': { alt: ['Norge: 18 per invånare år 2020'] } },
    final: 'refused',
  },
  {
    name: 'Swedish portal visits fall to 15 (no longer the growth the summary names)',
    edits: [set('2020/NY-10', { land: 'sverige' }, 15)],
    paragraphs: {
      [P.s01Strategi]: { flagged: true, contains: ['191 miljoner besökare'] },
      [P.s33bPortal]: { contains: ['15 besök per invånare'] },
    },
    figures: { 'nordiska-halsoportaler': { alt: ['Sverige: 15 per invånare år 2020'] } },
    final: 'refused',
  },
  {
    name: 'more positive about digital care than about 1177',
    edits: [set('2020/3-2', { fraga: 'digital-vard', region: 'riket' }, 85)],
    paragraphs: {
      [P.s33bGrupper]: { flagged: true },
      [P.s01Attityd]: { contains: ['(85 procent)'], absent: ['En lägre andel (85 procent)'], orFlagged: true },
      [P.s33bAttityd]: { contains: ['(85 procent)'], absent: ['En något mindre andel'], orFlagged: true },
    },
    figures: { 'installning-digital-teknik': { table: [['Vård, konsultation och behandling med hjälp av digital teknik', '85']] } },
  },
  {
    name: 'half of the municipalities produce in NPÖ (no longer "ett fåtal")',
    edits: [set('2020/4-14', {}, 145)],
    paragraphs: {
      [P.s01Journalen]: { absent: ['Endast ett fåtal kommuner'], orFlagged: true },
      [P.s34Kommuner]: { contains: ['Totalt 145 av landets 290 kommuner är även producenter'] },
      [P.s40Tjanster]: { flagged: false },
    },
    final: 'refused',
  },
  {
    name: 'NPÖ producers at the edge of "ett fåtal" (43 of 290)',
    edits: [set('2020/4-14', {}, 43)],
    paragraphs: {
      [P.s01Journalen]: { flagged: false },
      [P.s34Kommuner]: { contains: ['Totalt 43 av landets 290 kommuner är även producenter'] },
      [P.s40Tjanster]: { flagged: false },
    },
    final: 'allowed',
  },
  {
    name: 'every municipality produces in NPÖ',
    edits: [set('2020/4-14', {}, 290)],
    paragraphs: {
      [P.s01Journalen]: { flagged: true },
      [P.s34Kommuner]: { contains: ['Totalt 290 av landets 290 kommuner är även producenter'] },
      [P.s40Tjanster]: { flagged: true },
    },
    final: 'refused',
  },
  {
    name: 'every region sends referrals across organisations',
    edits: [set('2020/13-1', {}, 21)],
    paragraphs: {
      [P.s40Tjanster]: { flagged: true },
      [P.s36Remiss]: { contains: ['21 regioner har implementerat'] },
    },
    final: 'refused',
  },
  {
    name: 'night supervision at home falls (the summary\'s "allt fler")',
    edits: [set('2020/1-1', { teknik: 'nattillsyn', boendeform: 'ordinart' }, 35)],
    paragraphs: {
      [P.s01Valfardsteknik]: { absent: ['Allt fler kommuner erbjuder'], orFlagged: true },
      [P.s20Kallor]: { absent: ['även om fler kommuner rapporterar'], orFlagged: true },
      [P.s33Ordinart]: { contains: ['i ordinärt boende har minskat från 37 procent år 2017 till 35 procent år 2020'] },
    },
    figures: { 'valfardsteknik-ordinart': { table: [['Nattillsyn med digital teknik', '37', '35']] } },
    final: 'refused',
  },
  {
    name: 'night supervision in homes for disabilities made missing',
    edits: [missing('2020/1-1', { teknik: 'nattillsyn', boendeform: 'funktionsnedsattning' })],
    paragraphs: {
      [P.s01Valfardsteknik]: { flagged: true, contains: ['Allt fler kommuner erbjuder'] },
      [P.s20Kallor]: { flagged: true },
      [P.s33Boenden]: { flagged: true, contains: ['ökat från 11 procent år 2017 till 44 procent år 2020'] },
    },
    figures: { 'valfardsteknik-funktionsnedsattning': { table: [['Nattillsyn med digital teknik', '8', 'uppgift saknas']] } },
    final: 'refused',
  },
];
