import { missing, respondents, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

const mobil = (verksamhetsomrade: string) => ({ personalandel: 'alla', verksamhetsomrade });

/** 3.4 Inriktningsmål 2 (sections/34-inriktningsmal-2.md). */
export const cases: Case[] = [
  {
    name: 'platform growth falls below the year before',
    edits: [set('2020/NY-27', {}, 30)],
    paragraphs: {
      [P.s34Tillvaxt]: { contains: ['30 procent år 2020 jämfört med 41 procent år 2019'], absent: ['tydligt överskred', 'ökade dock tillväxten markant'], orFlagged: true },
    },
    pending: '"tydligt överskred" and "ökade dock tillväxten markant" are hand-written comparisons',
  },
  {
    name: 'platform growth equal to the year before',
    edits: [set('2020/NY-27', {}, 41)],
    paragraphs: {
      [P.s34Tillvaxt]: { contains: ['41 procent år 2020 jämfört med 41 procent år 2019'], absent: ['tydligt överskred'], orFlagged: true },
    },
    pending: '"tydligt överskred" stands for equal values',
  },
  {
    name: 'NPÖ consumers no longer a clear majority (100 of 290)',
    edits: [set('2020/4-13', {}, 100)],
    paragraphs: { [P.s34Kommuner]: { contains: ['Totalt var 100 av landets 290 kommuner'], absent: ['En klar majoritet'], orFlagged: true } },
    pending: '"En klar majoritet" is hand-written',
  },
  {
    name: 'NPÖ consumers just above half (150 of 290)',
    edits: [set('2020/4-13', {}, 150)],
    paragraphs: { [P.s34Kommuner]: { contains: ['Totalt var 150 av landets 290 kommuner'], absent: ['En klar majoritet'], orFlagged: true } },
    pending: '"En klar majoritet" stands for 52 procent',
  },
  {
    name: 'a single region adds an information set',
    edits: [set('2020/NY-28', { producent: 'regioner' }, 1)],
    paragraphs: { [P.s34Npo]: { contains: ['en region ytterligare'], absent: ['en regioner'] } },
    final: 'allowed',
    pending: 'agreement: "en regioner ytterligare"',
  },
  {
    name: 'a single municipality adds information sets',
    edits: [set('2020/NY-28', { producent: 'kommuner' }, 1)],
    paragraphs: { [P.s34Kommuner]: { contains: ['en kommun ytterligare'], absent: ['en kommuner'] } },
    final: 'allowed',
    pending: 'agreement: "en kommuner ytterligare"',
  },
  {
    name: 'many regions share records with private providers without agreements',
    edits: [set('2020/4-6', { motpart: 'privata-utan-vardavtal' }, 15)],
    paragraphs: { [P.s34Sjf]: { contains: ['15 stycken'], absent: ['Ett fåtal regioner'], orFlagged: true } },
    figures: { 'sammanhallen-journalforing': { table: [['Privata vårdgivare utan vårdavtal', '15']] } },
    pending: '"Ett fåtal" is hand-written',
  },
  {
    name: 'all responding regions answer on shared records',
    edits: [respondents('2020/NY-30', {}, 21)],
    paragraphs: { [P.s34Sjf]: { contains: ['Fem av 21 regioner som svarat på frågan'] } },
    final: 'allowed',
  },
  {
    name: 'mobile documentation by all staff fell 2015–2018',
    edits: [set('2018/NY-9', mobil('ej-uppdelat'), 3)],
    paragraphs: { [P.s34Mobil]: { contains: ['Mellan år 2015 och 2018 minskade andelen kommuner där all personal kan dokumentera mobilt från 5 till 3 procent'] } },
    final: 'allowed',
  },
  {
    name: 'home care staff documenting on the move falls',
    edits: [set('2020/NY-9', mobil('hemtjanst'), 40)],
    paragraphs: { [P.s34Mobil]: { contains: ['I 40 procent av kommunerna har all hemtjänstpersonal', 'jämfört med i 43 procent'] } },
    figures: { 'mobil-dokumentation-socialtjanst': { alt: ['40 procent'] } },
    final: 'allowed',
  },
  {
    name: 'children and young people fall instead of rising most',
    edits: [set('2020/NY-9', mobil('barn-och-unga'), 10)],
    paragraphs: {
      [P.s34Mobil]: { contains: ['mot 10 procent år 2020'], absent: ['Störst ökning har skett inom området barn och unga'], orFlagged: true },
    },
    figures: { 'mobil-dokumentation-socialtjanst': { alt: ['Barn och unga – Alla: 10 procent'] } },
    pending: '"Störst ökning" is hand-written',
  },
  {
    name: 'other areas above home care',
    edits: [set('2020/NY-9', mobil('ovriga-hogst'), 60)],
    paragraphs: { [P.s34Mobil]: { contains: ['60 procent'], absent: ['andelen betydligt mindre'], orFlagged: true } },
    pending: '"betydligt mindre" is a hand-written comparison with home care',
  },
  {
    name: 'licensed staff documenting on the move fall',
    edits: [set('2020/4-28', { personalandel: 'alla' }, 10)],
    paragraphs: { [P.s34Legitimerad]: { contains: ['har minskat från 16 till 10 procent'] } },
    figures: { 'mobil-dokumentation-legitimerad': { table: [['Alla', '16', '10']] } },
    final: 'allowed',
  },
  {
    name: 'licensed staff documenting on the move flat',
    edits: [set('2020/4-28', { personalandel: 'alla' }, 16)],
    paragraphs: { [P.s34Legitimerad]: { contains: ['16 procent'], absent: ['på oförändrat', 'från 16 till 16 procent'] } },
    figures: { 'mobil-dokumentation-legitimerad': { table: [['Alla', '16', '16']] } },
    final: 'allowed',
    pending: 'a flat series reads "har legat kvar på oförändrat på 16 procent år 2017 till 2020" (verb part + short form)',
  },
  {
    name: 'tablets in the regions decrease',
    edits: [set('2019/NY-31', {}, -8, { qualifier: null })],
    paragraphs: { [P.s34Lasplattor]: { contains: ['minskade', 'med 8 procent'], absent: ['ökade i regionerna med', '−8', '-8'] } },
    final: 'allowed',
  },
  {
    name: 'tablets in direct care made missing',
    edits: [missing('2020/NY-32', { anvandning: 'direkt-vardarbete' })],
    paragraphs: { [P.s34Lasplattor]: { flagged: true, contains: ['i 14 av regionerna'], once: ['uppgift saknas'] } },
    final: 'refused',
  },
  {
    name: 'e-prescriptions no longer nearly all',
    edits: [set('2020/INT-10', { land: 'sverige' }, 60, { qualifier: null })],
    paragraphs: { [P.s34Ees]: { contains: ['60 %'], absent: ['nästan alla recept'], orFlagged: true } },
    pending: '"nästan alla" is a hand-written judgement of the value',
  },
  {
    name: 'EES use falls during the year',
    edits: [set('2020/NY-33', { tidpunkt: 'arets-slut' }, 10)],
    paragraphs: { [P.s34Ees]: { contains: ['cirka 10 procent mot slutet av året'], absent: ['Användningen av EES ökade'], orFlagged: true } },
    pending: '"ökade" is hand-written before the two values',
  },
  {
    name: 'Finnish prescriptions in Estonia rise',
    edits: [set('2020/NY-34', { land: 'finland', expedieringsland: 'estland' }, 30)],
    paragraphs: { [P.s34Eu]: { contains: ['i genomsnitt 30 finska recept per dag'], absent: ['Den lägre siffran'], orFlagged: true } },
    pending: '"Den lägre siffran" is a hand-written comparison',
  },
];
