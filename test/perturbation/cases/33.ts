import { missing, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

const ordinart = (teknik: string) => ({ teknik, boendeform: 'ordinart' });
const aldre = (teknik: string) => ({ teknik, boendeform: 'sarskilt-boende-aldre' });
const funktion = (teknik: string) => ({ teknik, boendeform: 'funktionsnedsattning' });
const hsl = (teknik: string) => ({ teknik, boendeform: 'kommunal-hsl' });

/** 3.3 Inriktningsmål 1, first half (sections/33-inriktningsmal-1.md). */
export const cases: Case[] = [
  {
    name: 'passive alarms no longer the most common technology',
    edits: [set('2020/1-1', ordinart('passiva-larm'), 60)],
    paragraphs: {
      [P.s33Ordinart]: { contains: ['60 procent av alla kommuner'], absent: ['Passiva larm eller sensorer är den vanligaste'], orFlagged: true },
    },
    figures: { 'valfardsteknik-ordinart': { table: [['Passiva larm eller sensorer', '60']] } },
    pending: '"den vanligaste" is hand-written (needs a claim or a most-common fact)',
  },
  {
    name: 'planning tools as common as passive alarms',
    edits: [set('2020/1-1', ordinart('planeringsverktyg'), 93)],
    paragraphs: {
      [P.s33Ordinart]: { contains: ['finns nu i 93 procent av kommunerna'], absent: ['Passiva larm eller sensorer är den vanligaste'], orFlagged: true },
    },
    figures: { 'valfardsteknik-ordinart': { table: [['Elektroniska planeringsverktyg som stöd för personalen', '93']] } },
    pending: '"den vanligaste" stands though two technologies share first place',
  },
  {
    name: 'night supervision at home falls',
    edits: [set('2020/1-1', ordinart('nattillsyn'), 30)],
    paragraphs: {
      [P.s33Ordinart]: { contains: ['i ordinärt boende har minskat från 37 procent år 2017 till 30 procent år 2020'] },
    },
    figures: { 'valfardsteknik-ordinart': { table: [['Nattillsyn med digital teknik', '37', '30']], alt: ['30 procent år 2020'] } },
    final: 'allowed',
  },
  {
    name: 'night supervision at home flat since 2017',
    edits: [set('2020/1-1', ordinart('nattillsyn'), 37)],
    paragraphs: {
      [P.s33Ordinart]: { contains: ['i ordinärt boende har legat kvar på 37 procent sedan år 2017'], absent: ['från 37 procent år 2017 till 37 procent'] },
    },
    figures: { 'valfardsteknik-ordinart': { table: [['Nattillsyn med digital teknik', '37', '37']] } },
    final: 'allowed',
  },
  {
    name: 'night supervision at home made missing in 2020',
    edits: [missing('2020/1-1', ordinart('nattillsyn'))],
    paragraphs: {
      [P.s33Ordinart]: { flagged: true, contains: ['37 procent år 2017'], once: ['uppgift saknas'] },
    },
    figures: { 'valfardsteknik-ordinart': { table: [['Nattillsyn med digital teknik', '37', 'uppgift saknas']] } },
    final: 'refused',
    cli: true,
    pending: 'a trend with its last value missing drops what is known (37 procent år 2017)',
  },
  {
    name: 'night supervision in elderly homes falls while the other rises',
    edits: [set('2020/1-1', aldre('nattillsyn'), 5)],
    paragraphs: {
      [P.s33Boenden]: { contains: ['minskat från 11 procent år 2017 till 5 procent år 2020', 'ökat från 8 till 33 procent'] },
    },
    figures: { 'valfardsteknik-sarskilt-boende': { table: [['Nattillsyn med digital teknik', '11', '5']] } },
    final: 'allowed',
    pending: 'the short form "från 8 till 33 procent" borrows the sentence\'s verb "minskat"',
  },
  {
    name: 'night supervision for disabilities falls while the elderly rises',
    edits: [set('2020/1-1', funktion('nattillsyn'), 4)],
    paragraphs: {
      [P.s33Boenden]: { contains: ['ökat från 11 procent år 2017 till 44 procent år 2020', 'minskat från 8 till 4 procent'] },
    },
    figures: { 'valfardsteknik-funktionsnedsattning': { table: [['Nattillsyn med digital teknik', '8', '4']] } },
    final: 'allowed',
    pending: 'the short form "från 8 till 4 procent" borrows the sentence\'s verb "ökat"',
  },
  {
    name: 'night supervision in elderly homes flat',
    edits: [set('2020/1-1', aldre('nattillsyn'), 11)],
    paragraphs: {
      [P.s33Boenden]: { contains: ['11 procent', 'ökat från 8 till 33 procent'], absent: ['oförändrat från 11 procent år 2017 till 11 procent'] },
    },
    figures: { 'valfardsteknik-sarskilt-boende': { table: [['Nattillsyn med digital teknik', '11', '11']] } },
    final: 'allowed',
    pending: 'a flat series reads "har nattillsyn med kamera oförändrat från 11 procent år 2017 till 11 procent år 2020"',
  },
  {
    name: 'internet in elderly homes falls',
    edits: [set('2020/1-1', aldre('internet'), 50)],
    paragraphs: {
      [P.s33Internet]: { contains: ['har andelen kommuner som erbjuder möjlighet för den enskilde att koppla upp sig på internet minskat från 61 procent år 2017 till 50 procent år 2020'] },
    },
    figures: { 'valfardsteknik-sarskilt-boende': { table: [['Möjlighet för den enskilde att koppla upp sig på internet', '61', '50']] } },
    final: 'allowed',
  },
  {
    name: 'internet in homes for disabilities flat',
    edits: [set('2020/1-1', funktion('internet'), 59)],
    paragraphs: {
      [P.s33Internet]: { contains: ['59 procent'], absent: ['oförändrat från 59 procent år 2017 till 59 procent'] },
    },
    figures: { 'valfardsteknik-funktionsnedsattning': { table: [['Möjlighet för den enskilde att koppla upp sig på internet', '59', '59']] } },
    final: 'allowed',
    pending: 'a flat series reads "har andelen oförändrat från 59 procent år 2017 till 59 procent år 2020"',
  },
  {
    name: 'video care planning in the two housing forms reversed',
    edits: [set('2020/1-2', aldre('vardplanering-video'), 60)],
    paragraphs: {
      [P.s33Boenden]: { contains: ['60 procent respektive 65 procent'] },
    },
    figures: { 'valfardsteknik-sarskilt-boende': { table: [['Vårdplanering med stöd av video', '60']] } },
    final: 'allowed',
  },
  {
    name: 'keyless locks no longer the most common in municipal health care',
    edits: [set('2020/1-1', hsl('nyckelfria-las'), 55)],
    paragraphs: {
      [P.s33Hsl]: { contains: ['55 procent av kommunerna'], absent: ['Vanligast är nyckelfria lås'], orFlagged: true },
    },
    figures: { 'valfardsteknik-hsl': { table: [['Nyckelfria lås inom hemsjukvården', '55']] } },
    pending: '"Vanligast" is hand-written (needs a claim or a most-common fact)',
  },
  {
    name: 'medicine dispensers made missing',
    edits: [missing('2020/NY-21', {})],
    paragraphs: { [P.s33Hsl]: { flagged: true, contains: ['64 procent av kommunerna'] } },
    final: 'refused',
    cli: true,
  },
  {
    name: 'economic aid no longer the leading e-service',
    edits: [set('2020/2-8', { etjanst: 'digital-ansokan', verksamhetsomrade: 'ekonomiskt-bistand' }, 20)],
    paragraphs: {
      [P.s33Etjanster]: { contains: ['20 procent av kommunerna'], absent: ['framför allt ekonomiskt bistånd'], orFlagged: true },
    },
    pending: '"framför allt ekonomiskt bistånd" is a hand-written rank',
  },
  {
    name: 'a single municipality without e-services',
    edits: [set('2020/NY-22', { omfattning: 'ingen-e-tjanst' }, 1)],
    paragraphs: { [P.s33Etjanster]: { contains: ['Totalt 1 kommun ('], absent: ['1 kommuner'] } },
    final: 'allowed',
    pending: 'agreement: "kommuner" is written after the number ("1 kommuner")',
  },
  {
    name: 'a single private provider',
    edits: [set('2020/NY-23', {}, 1)],
    paragraphs: {
      [P.s33Aktorer]: { absent: ['1 privata aktörer', 'Fyra aktörer var dominerande'], orFlagged: true },
      [P.s33Vardgivarna]: { absent: ['De 1 vårdgivarna'], orFlagged: true },
    },
    pending: 'agreement: "privata aktörer" and "De … vårdgivarna" are written around the number; "Fyra aktörer" is hand-written',
  },
  {
    name: 'Kry falls behind the others',
    edits: [set('2020/2-5', { aktor: 'kry' }, 10)],
    paragraphs: { [P.s33Aktorer]: { contains: ['Kry, 10 procent; Doktor.se, 17 procent'] } },
    final: 'allowed',
  },
  {
    name: 'doctors\' share of digital contacts rises',
    edits: [set('2020/2-6', { yrkesgrupp: 'lakare' }, 90)],
    paragraphs: {
      [P.s33Yrkesgrupper]: { contains: ['med läkare har ökat från 87 procent år 2018 till 90 procent år 2020'], absent: ['efterhand har utbudet breddats'], orFlagged: true },
    },
    figures: { 'vardkontakter-yrkesgrupp': { table: [['Läkare', '87', '90']] } },
    pending: '"efterhand har utbudet breddats till andra yrkesgrupper" is hand-written: the others\' share fell',
  },
  {
    name: 'psychologists\' share made missing',
    edits: [missing('2020/2-6', { yrkesgrupp: 'psykolog' })],
    paragraphs: { [P.s33Yrkesgrupper]: { flagged: true, contains: ['18 procent respektive 10 procent'] } },
    figures: { 'vardkontakter-yrkesgrupp': { table: [['Psykolog', 'uppgift saknas', 'uppgift saknas', 'uppgift saknas']] } },
    final: 'refused',
  },
  {
    name: 'digital care no younger than primary care',
    edits: [
      set('2020/NY-24', { aldersgrupp: '19-29', fordelning: 'digitala-vardkontakter' }, 5, { qualifier: null }),
      set('2020/NY-24', { aldersgrupp: '18-40', fordelning: 'digitala-vardkontakter' }, 12, { qualifier: null }),
    ],
    paragraphs: {
      [P.s33Alder]: { contains: ['5 procent', '12 procent'], absent: ['väsentligt lägre', 'endast 7'], orFlagged: true },
    },
    pending: '"väsentligt lägre än" and "endast" are hand-written comparisons with primary care',
  },
  {
    name: 'women use less digital care than men',
    edits: [set('2020/NY-25', { vardform: 'digital-vard' }, -10)],
    paragraphs: {
      [P.s33Kvinnor]: { contains: ['10 procent mindre digital vård än män'], absent: ['i högre grad än män', '−10', '-10'], orFlagged: true },
    },
    pending: '"mer … än män" and "i högre grad" are hand-written beside a signed percent change',
  },
  {
    name: 'women 30–39 log in less often than women 70–79',
    edits: [set('2020/2-10', { aldersgrupp: '30-39', kon: 'kvinnor' }, 6)],
    paragraphs: { [P.s33Inloggningar]: { contains: ['loggat in 6 gånger', 'procent mindre'], absent: ['procent mer'] } },
    figures: { 'inloggningar-1177': { table: [['30–39', '6,0']], alt: ['30–39: 6,0'] } },
    final: 'allowed',
  },
  {
    name: 'visits by the over-100s fall',
    edits: [set('2020/2-10', { aldersgrupp: '100+', matt: 'besok' }, 900)],
    paragraphs: {
      [P.s33Inloggningar]: { contains: ['har 900 besök gjorts av invånare över 100 år', 'för år 2019 var 1 073'], absent: ['Allt fler personer som är 70 år och äldre'], orFlagged: true },
    },
    pending: '"Allt fler personer som är 70 år och äldre" is hand-written; its evidence, the visits of the over-100s, fell',
  },
  {
    name: 'logins change negative for women',
    edits: [set('2020/NY-26', { kon: 'kvinnor' }, -5)],
    paragraphs: {
      [P.s33Inloggningar]: { contains: ['minskade med 5 procent för kvinnor', 'ökade med 95 procent för män'], absent: ['−5', '-5'] },
    },
    final: 'allowed',
  },
  {
    name: 'web bookings fall',
    edits: [set('2020/2-2', { aktivitet: 'bokning' }, 800000, { qualifier: null })],
    paragraphs: { [P.s33Webbtidbok]: { contains: ['via webbtidboken minskade från knappt 900 000 år 2019 till 800 000 år 2020'] } },
    figures: { webbtidboken: { table: [['2020', '800 000']] } },
    final: 'allowed',
  },
  {
    name: 'rebookings fall instead of rising',
    edits: [set('2020/NY-36', { grans: 'lagst' }, -20000), set('2020/NY-36', { grans: 'hogst' }, -10000)],
    paragraphs: {
      [P.s33Webbtidbok]: { contains: ['minskade med'], absent: ['ökade med', '−', '-20'], orFlagged: true },
    },
    pending: '"ökade med" is hand-written before a range of signed changes',
  },
];
