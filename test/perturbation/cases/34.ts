import { missing, respondents, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

const mobil = (verksamhetsomrade: string) => ({ personalandel: 'alla', verksamhetsomrade });
const regioner = { producent: 'regioner' };
const tva = { producent: 'regioner', tillagda: 'tva' };
const utanVardavtal = { motpart: 'privata-utan-vardavtal' };
const fiEe = { land: 'finland', expedieringsland: 'estland' };

/** 3.4 Inriktningsmål 2 (sections/34-inriktningsmal-2.md). */
export const cases: Case[] = [
  // --- Ineras nationella tjänster: the growth of producentanrop (NY:27) ---
  {
    name: 'platform growth falls below the year before',
    edits: [set('2020/NY-27', {}, 30)],
    paragraphs: {
      [P.s34Tillvaxt]: { contains: ['30 procent år 2020 jämfört med 41 procent år 2019'], absent: ['tydligt överskred', 'ökade dock tillväxten markant'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'platform growth equal to the year before',
    edits: [set('2020/NY-27', {}, 41)],
    paragraphs: {
      [P.s34Tillvaxt]: { contains: ['41 procent år 2020 jämfört med 41 procent år 2019'], absent: ['tydligt överskred'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'platform growth only a little above the year before',
    edits: [set('2020/NY-27', {}, 45)],
    paragraphs: {
      [P.s34Tillvaxt]: { contains: ['45 procent år 2020 jämfört med 41 procent år 2019'], absent: ['tydligt överskred'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'platform growth of the year before lower still',
    edits: [set('2019/NY-27', {}, 20)],
    paragraphs: { [P.s34Tillvaxt]: { contains: ['tydligt överskred', '59 procent år 2020 jämfört med 20 procent år 2019'], flagged: false } },
    final: 'allowed',
  },
  {
    name: 'platform calls fell the year before',
    edits: [set('2019/NY-27', {}, -5)],
    paragraphs: { [P.s34Tillvaxt]: { contains: ['jämfört med \u22125 procent år 2019'], absent: ['har ökat i en stabil takt'], orFlagged: true } },
    final: 'refused',
  },

  // --- NPÖ (NY:28, 4:13) ---
  {
    name: 'NPÖ consumers no longer a clear majority (100 of 290)',
    edits: [set('2020/4-13', {}, 100)],
    paragraphs: { [P.s34Kommuner]: { contains: ['Totalt var 100 av landets 290 kommuner'], absent: ['En klar majoritet'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'NPÖ consumers just above half (150 of 290)',
    edits: [set('2020/4-13', {}, 150)],
    paragraphs: { [P.s34Kommuner]: { contains: ['Totalt var 150 av landets 290 kommuner'], absent: ['En klar majoritet'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'NPÖ consumers still a clear majority (200 of 290)',
    edits: [set('2020/4-13', {}, 200)],
    paragraphs: { [P.s34Kommuner]: { contains: ['Totalt var 200 av landets 290 kommuner', 'En klar majoritet'], flagged: false } },
    final: 'allowed',
  },
  {
    // One region cannot both add "ytterligare en informationsmängd" and be the one case of two: the
    // parenthesis is flagged, the count still agrees with its noun.
    name: 'a single region adds an information set',
    edits: [set('2020/NY-28', regioner, 1)],
    paragraphs: { [P.s34Npo]: { contains: ['en region ytterligare'], absent: ['en regioner'], flagged: true } },
    final: 'refused',
  },
  {
    name: 'two regions add two information sets',
    edits: [set('2020/NY-28', tva, 2)],
    paragraphs: { [P.s34Npo]: { contains: ['sju regioner ytterligare en informationsmängd (i två fall två informationsmängder)'], flagged: false } },
    final: 'allowed',
  },
  {
    name: 'no region adds two information sets',
    edits: [set('2020/NY-28', tva, 0)],
    paragraphs: { [P.s34Npo]: { absent: ['i ett fall'], flagged: true } },
    final: 'refused',
  },
  {
    name: 'every region that adds, adds two information sets',
    edits: [set('2020/NY-28', tva, 7)],
    paragraphs: { [P.s34Npo]: { contains: ['i sju fall'], flagged: true } },
    final: 'refused',
  },
  {
    name: 'a single municipality adds information sets',
    edits: [set('2020/NY-28', { producent: 'kommuner' }, 1)],
    paragraphs: { [P.s34Kommuner]: { contains: ['en kommun ytterligare'], absent: ['en kommuner'] } },
    final: 'allowed',
  },
  {
    name: 'fourteen municipalities add information sets',
    edits: [set('2020/NY-28', { producent: 'kommuner' }, 14)],
    paragraphs: { [P.s34Kommuner]: { contains: ['tillgängliggjorde 14 kommuner ytterligare en eller flera'], flagged: false } },
    final: 'allowed',
  },

  // --- Sammanhållen journalföring (4:6, NY:30) ---
  {
    name: 'many regions share records with private providers without agreements',
    edits: [set('2020/4-6', utanVardavtal, 15)],
    paragraphs: { [P.s34Sjf]: { contains: ['15 stycken'], absent: ['Ett fåtal regioner'], orFlagged: true } },
    figures: { 'sammanhallen-journalforing': { table: [['Privata vårdgivare utan vårdavtal', '15']] } },
    final: 'refused',
  },
  {
    name: 'a single region shares records with private providers without agreements',
    edits: [set('2020/4-6', utanVardavtal, 1)],
    paragraphs: { [P.s34Sjf]: { absent: ['Ett fåtal regioner (1 stycken)'], orFlagged: true } },
    figures: { 'sammanhallen-journalforing': { table: [['Privata vårdgivare utan vårdavtal', '1']] } },
    final: 'refused',
  },
  {
    name: 'four regions share records with private providers without agreements',
    edits: [set('2020/4-6', utanVardavtal, 4)],
    paragraphs: { [P.s34Sjf]: { contains: ['Ett fåtal regioner (4 stycken)'], flagged: false } },
    figures: { 'sammanhallen-journalforing': { table: [['Privata vårdgivare utan vårdavtal', '4']] } },
    final: 'allowed',
  },
  {
    name: 'all responding regions answer on shared records',
    edits: [respondents('2020/NY-30', {}, 21)],
    paragraphs: { [P.s34Sjf]: { contains: ['Fem av 21 regioner som svarat på frågan'] } },
    final: 'allowed',
  },
  {
    name: 'every responding region has all its activities in shared records',
    edits: [set('2020/NY-30', {}, 18)],
    paragraphs: { [P.s34Sjf]: { contains: ['18 av 18 regioner som svarat på frågan'], absent: ['Övriga regioner gör undantag'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'the respondents of Figur 28 in 2017 and 2019',
    edits: [respondents('2017/4-6', utanVardavtal, 21), respondents('2019/4-6', utanVardavtal, 17)],
    figures: { 'sammanhallen-journalforing': { caption: ['År 2017 svarade 21 regioner på frågan. År 2019 svarade 17 regioner och år 2020 svarade 19 regioner.'] } },
    final: 'allowed',
  },

  // --- Möjlighet till mobilt arbete (NY:9, 4:28, NY:31, NY:32) ---
  {
    name: 'mobile documentation by all staff fell 2015–2018',
    edits: [set('2018/NY-9', mobil('ej-uppdelat'), 3)],
    paragraphs: { [P.s34Mobil]: { contains: ['Mellan år 2015 och 2018 minskade andelen kommuner där all personal kan dokumentera mobilt från 5 till 3 procent'] } },
    final: 'allowed',
  },
  {
    name: 'mobile documentation by all staff flat 2015–2018',
    edits: [set('2018/NY-9', mobil('ej-uppdelat'), 5)],
    paragraphs: {
      [P.s34Mobil]: { contains: ['Mellan år 2015 och 2018 låg andelen kommuner där all personal kan dokumentera mobilt kvar på 5 procent.'], absent: ['låg kvar på andelen', 'från 5 till 5'] },
    },
    final: 'allowed',
  },
  {
    name: 'home care staff documenting on the move falls',
    edits: [set('2020/NY-9', mobil('hemtjanst'), 40)],
    paragraphs: {
      [P.s34MobilIntro]: { absent: ['Allt fler personalgrupper'], orFlagged: true },
      [P.s34Mobil]: { contains: ['I 40 procent av kommunerna har all hemtjänstpersonal', 'jämfört med i 43 procent', 'Störst ökning har skett inom området barn och unga'], flagged: false },
    },
    figures: { 'mobil-dokumentation-socialtjanst': { alt: ['40 procent'] } },
    final: 'refused',
  },
  {
    name: 'home care rises more than children and young people',
    edits: [set('2020/NY-9', mobil('hemtjanst'), 55)],
    paragraphs: {
      [P.s34MobilIntro]: { flagged: false },
      [P.s34Mobil]: { contains: ['I 55 procent av kommunerna', 'Störst ökning har skett inom området hemtjänst i ordinärt boende'], absent: ['området barn och unga'], flagged: true },
    },
    figures: { 'mobil-dokumentation-socialtjanst': { alt: ['55 procent'] } },
    final: 'refused',
  },
  {
    name: 'children and young people fall instead of rising most',
    edits: [set('2020/NY-9', mobil('barn-och-unga'), 10)],
    paragraphs: {
      [P.s34MobilIntro]: { absent: ['Allt fler personalgrupper'], orFlagged: true },
      [P.s34Mobil]: { contains: ['mot 10 procent år 2020'], absent: ['Störst ökning har skett inom området barn och unga'], orFlagged: true },
    },
    figures: { 'mobil-dokumentation-socialtjanst': { alt: ['lägst för Barn och unga, Alla, 10 procent'] } },
    final: 'refused',
  },
  {
    name: 'children and young people rise further',
    edits: [set('2020/NY-9', mobil('barn-och-unga'), 30)],
    paragraphs: {
      [P.s34MobilIntro]: { flagged: false },
      [P.s34Mobil]: { contains: ['Störst ökning har skett inom området barn och unga', 'mot 30 procent år 2020'], flagged: false },
    },
    figures: { 'mobil-dokumentation-socialtjanst': { alt: ['lägst för Barn och unga, Alla, 30 procent'] } },
    final: 'allowed',
  },
  {
    name: 'other areas above home care',
    edits: [set('2020/NY-9', mobil('ovriga-hogst'), 60)],
    paragraphs: {
      [P.s34MobilIntro]: { absent: ['särskilt tydlig inom hemtjänsten'], orFlagged: true },
      [P.s34Mobil]: { contains: ['60 procent'], absent: ['andelen betydligt mindre'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'other areas close to home care',
    edits: [set('2020/NY-9', mobil('ovriga-hogst'), 40)],
    paragraphs: {
      [P.s34MobilIntro]: { flagged: false },
      [P.s34Mobil]: { contains: ['mellan 11 och 40 procent'], absent: ['andelen betydligt mindre'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'licensed staff documenting on the move fall',
    edits: [set('2020/4-28', { personalandel: 'alla' }, 10)],
    paragraphs: {
      [P.s34MobilIntro]: { absent: ['Allt fler personalgrupper'], orFlagged: true },
      [P.s34Legitimerad]: { contains: ['har minskat från 16 till 10 procent år 2017 till 2020'], flagged: false },
    },
    figures: { 'mobil-dokumentation-legitimerad': { table: [['Alla', '16', '10']] } },
    final: 'refused',
  },
  {
    name: 'licensed staff documenting on the move flat',
    edits: [set('2020/4-28', { personalandel: 'alla' }, 16)],
    paragraphs: {
      [P.s34MobilIntro]: { absent: ['Allt fler personalgrupper'], orFlagged: true },
      [P.s34Legitimerad]: { contains: ['har legat kvar på 16 procent år 2017 till 2020'], absent: ['på oförändrat', 'från 16 till 16 procent'], flagged: false },
    },
    figures: { 'mobil-dokumentation-legitimerad': { table: [['Alla', '16', '16']] } },
    final: 'refused',
  },
  {
    name: 'tablets in the regions decrease',
    edits: [set('2019/NY-31', {}, -8, { qualifier: null })],
    paragraphs: { [P.s34Lasplattor]: { contains: ['Användandet av läsplattor minskade i regionerna med 8 procent'], absent: ['ökade i regionerna med', '−8', '-8'] } },
    final: 'allowed',
  },
  {
    name: 'tablets in the regions unchanged',
    edits: [set('2019/NY-31', {}, 0, { qualifier: null })],
    paragraphs: { [P.s34Lasplattor]: { contains: ['Användandet av läsplattor låg i regionerna kvar på samma nivå under år 2019'], absent: ['ökade', 'med 0 procent'] } },
    final: 'allowed',
  },
  {
    name: 'tablets in direct care made missing',
    edits: [missing('2020/NY-32', { anvandning: 'direkt-vardarbete' })],
    paragraphs: { [P.s34Lasplattor]: { flagged: true, contains: ['i 14 av regionerna'], once: ['uppgift saknas'] } },
    final: 'refused',
  },

  // --- Beslutsstöd (INT:10, NY:33) ---
  {
    name: 'e-prescriptions no longer nearly all',
    edits: [set('2020/INT-10', { land: 'sverige' }, 60, { qualifier: null })],
    paragraphs: { [P.s34Ees]: { contains: ['60 %'], absent: ['nästan alla recept'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'e-prescriptions still nearly all',
    edits: [set('2020/INT-10', { land: 'sverige' }, 97)],
    paragraphs: { [P.s34Ees]: { contains: ['nästan alla recept i Sverige elektroniska (>97 %)'], flagged: false } },
    final: 'allowed',
  },
  {
    name: 'EES use falls during the year',
    edits: [set('2020/NY-33', { tidpunkt: 'arets-slut' }, 10)],
    paragraphs: { [P.s34Ees]: { contains: ['cirka 10 procent mot slutet av året'], absent: ['Användningen av EES ökade'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'EES use flat during the year',
    edits: [set('2020/NY-33', { tidpunkt: 'arets-slut' }, 20)],
    paragraphs: { [P.s34Ees]: { contains: ['till cirka 20 procent mot slutet av året'], absent: ['Användningen av EES ökade'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'EES use rises further during the year',
    edits: [set('2020/NY-33', { tidpunkt: 'arets-slut' }, 60)],
    paragraphs: { [P.s34Ees]: { contains: ['Användningen av EES ökade', 'till cirka 60 procent mot slutet av året'], flagged: false } },
    final: 'allowed',
  },

  // --- 3.4.1 Kommentar (NY:34) ---
  {
    name: 'Finnish prescriptions in Estonia rise',
    edits: [set('2020/NY-34', fiEe, 30)],
    paragraphs: { [P.s34Eu]: { contains: ['i genomsnitt 30 finska recept per dag'], absent: ['Den lägre siffran'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'Finnish prescriptions in Estonia unchanged',
    edits: [set('2020/NY-34', fiEe, 20)],
    paragraphs: { [P.s34Eu]: { contains: ['i genomsnitt 20 finska recept per dag i Estland och'], absent: ['Den lägre siffran'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'Finnish prescriptions in Estonia fall further',
    edits: [set('2020/NY-34', fiEe, 5)],
    paragraphs: { [P.s34Eu]: { contains: ['i genomsnitt 5 finska recept per dag i Estland', 'Den lägre siffran år 2020'], flagged: false } },
    final: 'allowed',
  },
];
