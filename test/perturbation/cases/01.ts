import { missing, qualify, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

/** Sammanfattning (sections/01-sammanfattning.md) and what it shares with 3.1 and 3.3. */
export const cases: Case[] = [
  {
    name: 'AI attitudes rise instead of falling',
    edits: [set('2020/NY-8', { installning: 'positiva' }, 50)],
    paragraphs: {
      [P.s01Attityd]: { contains: ['ökade från 46 procent år 2019 till 50 procent år 2020'], absent: ['sjönk'] },
      [P.s33bAi]: { contains: ['År 2020 uppgav 50 procent (46 procent år 2019)'] },
    },
    final: 'allowed',
    pending: '"sjönk" is written beside the trend fact, not taken from its direction',
  },
  {
    name: 'AI attitudes equal both years',
    edits: [set('2020/NY-8', { installning: 'positiva' }, 46)],
    paragraphs: {
      [P.s01Attityd]: { contains: ['46 procent'], absent: ['sjönk', 'ökade', 'från 46 procent år 2019 till 46 procent'] },
      [P.s33bAi]: { contains: ['År 2020 uppgav 46 procent (46 procent år 2019)'] },
    },
    final: 'allowed',
    pending: 'a flat series is printed as a fall from 46 to 46 procent ("sjönk" is hand-written)',
  },
  {
    name: 'fibre access published as "knappt 98" (a hedge replaces the hand-written ">")',
    edits: [qualify('2020/NY-2', {}, 'knappt')],
    paragraphs: {
      [P.s01Forutsattning]: { contains: ['knappt 98 procent har tillgång till fiber'], absent: ['>'] },
      [P.s31Hushall]: { contains: ['98 procent'], absent: ['kring knappt'] },
    },
    final: 'allowed',
    pending: '">" is written by hand before the number part; "kring" is written before a hedged value ("kring knappt 98")',
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
      [P.s01Strategi]: { flagged: true, contains: ['191 miljoner besökare'], once: ['uppgift saknas'] },
      [P.s33Inloggningar]: { flagged: true, contains: ['drygt 191 miljoner besök'], once: ['uppgift saknas'] },
    },
    final: 'refused',
    pending: 'the gap is named once per part: three times in one sentence',
  },
  {
    name: 'IT costs as a share of turnover rise to 4 percent',
    edits: [set('2019/NY-15', {}, 4, { qualifier: null })],
    paragraphs: {
      [P.s01Aterstaende]: { contains: ['kring 4 procent'] },
      [P.s36Finansiering]: { absent: ['2,8 till 2,9 procent'], orFlagged: true },
    },
    figures: { 'it-kostnader-regioner': { table: [['2019', '4']] } },
    pending: '"2,8 till 2,9 procent sedan år 2004" is written as digits in 3.6',
  },
];
