import { missing, respondents, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

/** 3.5 Inriktningsmål 3 (sections/35-inriktningsmal-3.md) and what it shares with 3.6. */
export const cases: Case[] = [
  {
    name: 'a single region with an informatics officer',
    edits: [set('2020/9-1', {}, 1)],
    paragraphs: {
      [P.s35Informatik]: { contains: ['En av regionerna anger'] },
      [P.s36Ledning]: { contains: ['enbart en region hade'], absent: ['1 regioner'] },
      [P.s36Kompetens]: { contains: ['En av de 19 regioner som svarade'] },
    },
    figures: { 'informatik-regioner': { table: [['Informatikansvarig i regionerna', 'uppgift saknas', '1']] } },
    final: 'allowed',
  },
  {
    name: 'informatics officers of 2019 above 2020',
    edits: [set('2019/9-1', {}, 15)],
    paragraphs: {
      [P.s36Kompetens]: { absent: ['(vilket är en ökning jämfört med året innan)'], orFlagged: true },
    },
    figures: { 'informatik-regioner': { table: [['Informatikansvarig i regionerna', '15', '11']] } },
    final: 'refused',
  },
  {
    name: 'informatics officers of 2019 entered below 2020: the increase now rests on the data',
    edits: [set('2019/9-1', {}, 8)],
    paragraphs: {
      [P.s36Kompetens]: { contains: ['Elva av de 19 regioner som svarade', '(vilket är en ökning jämfört med året innan)'], flagged: false },
    },
    figures: { 'informatik-regioner': { table: [['Informatikansvarig i regionerna', '8', '11']] } },
    final: 'allowed',
  },
  {
    name: 'informatics competence differs from the year before',
    edits: [set('2020/10-2', {}, 10)],
    paragraphs: {
      [P.s35Informatik]: { contains: ['medan tio regioner anger'] },
      [P.s36Kompetens]: { contains: ['tio regioner anser'], absent: ['vilket är samma som året innan'], orFlagged: true },
    },
    figures: { 'informatik-regioner': { table: [['Informatikkompetens i regionerna', '9', '10']] } },
    final: 'refused',
  },
  {
    name: 'a single region with informatics competence, both years',
    edits: [set('2020/10-2', {}, 1), set('2019/10-2', {}, 1)],
    paragraphs: {
      [P.s35Informatik]: { contains: ['en region anger'], absent: ['en regioner'] },
      [P.s36Kompetens]: { contains: ['en region anser', 'vilket är samma som året innan'], absent: ['en regioner'] },
    },
    figures: { 'informatik-regioner': { table: [['Informatikkompetens i regionerna', '1', '1']] } },
    final: 'allowed',
  },
  {
    name: 'informatics officers made missing',
    edits: [missing('2020/9-1', {})],
    paragraphs: {
      [P.s35Informatik]: { flagged: true },
      [P.s36Ledning]: { flagged: true, contains: ['hade 18 regioner en informationssäkerhetspolicy'] },
      [P.s36Kompetens]: { flagged: true, once: ['uppgift saknas'] },
    },
    figures: { 'informatik-regioner': { table: [['Informatikansvarig i regionerna', 'uppgift saknas', 'uppgift saknas']] } },
    final: 'refused',
    cli: true,
  },
  {
    name: 'security coordinators fall to 60 percent (the respondent counts follow)',
    edits: [set('2020/7-1', { resurs: 'samordningsansvarig' }, 60, { qualifier: null })],
    paragraphs: {
      [P.s35Samordning]: { contains: ['År 2020 hade 60 procent av kommunerna', 'för år 2019 var 71 procent'] },
      [P.s35Svarande2020]: { absent: ['182 kommuner av 251'], orFlagged: true },
    },
    // The count of positive answers is the source's: flagged where it stands, in the caption too.
    figures: { 'informationssakerhetsansvar-kommuner': { table: [['2020', '60']], caption: ['182 kommuner positivt på frågan (av totalt 251 svarande kommuner).[Påståendet stämmer inte med data'] } },
    final: 'refused',
  },
  {
    name: 'more municipalities answer on security coordinators in 2020',
    edits: [respondents('2020/7-1', { resurs: 'samordningsansvarig' }, 260)],
    paragraphs: {
      [P.s35Samordning]: { contains: ['År 2020 hade cirka 73 procent'] },
      [P.s35Svarande2020]: { contains: ['av 260 kommuner som svarade'], flagged: true },
    },
    figures: { 'informationssakerhetsansvar-kommuner': { caption: ['(av totalt 260 svarande kommuner)', '[Påståendet stämmer inte med data'], captionAbsent: ['250 svarande', '251 svarande kommuner'] } },
    final: 'refused',
  },
  {
    name: 'security coordinators of 2019 change (footnote 83 and the caption follow)',
    edits: [set('2019/7-1', { resurs: 'samordningsansvarig' }, 75)],
    paragraphs: {
      [P.s35Samordning]: { contains: ['för år 2019 var 75 procent'] },
      [P.s35Svarande2019]: { absent: ['144 kommuner av 202'], orFlagged: true },
    },
    figures: { 'informationssakerhetsansvar-kommuner': { table: [['2019', '75']], caption: ['svarade 144 (av 202 svarande) kommuner', '[Påståendet stämmer inte med data'] } },
    final: 'refused',
  },
  {
    name: 'follow-up of risks differs between 2019 and 2020',
    edits: [set('2019/7-2', {}, 45)],
    paragraphs: {
      [P.s35Uppfoljning]: { absent: ['55 procent både år 2019 och år 2020'], orFlagged: true },
      [P.s35Uppfoljning2]: { absent: ['År 2019 och 2020 var det 55 procent'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'follow-up of risks the same both years at another level',
    edits: [set('2019/7-2', {}, 60), set('2020/7-2', {}, 60)],
    paragraphs: {
      [P.s35Uppfoljning]: { contains: ['60 procent både år 2019 och år 2020'], flagged: false },
      [P.s35Uppfoljning2]: { contains: ['År 2019 och 2020 var det 60 procent'], flagged: false },
    },
    final: 'allowed',
  },
  {
    name: 'full-time resources fell from a higher 2019',
    edits: [set('2019/7-1', { resurs: 'mer-an-en-heltidsresurs' }, 9)],
    paragraphs: { [P.s35Samordning]: { contains: ['vilket var en minskning med 2 procentenheter från föregående år'] } },
    final: 'allowed',
  },
  {
    name: 'full-time resources unchanged',
    edits: [set('2020/7-1', { resurs: 'mer-an-en-heltidsresurs' }, 3)],
    paragraphs: {
      [P.s35Samordning]: { contains: ['År 2020 hade 3 procent av kommunerna', 'vilket var oförändrat från föregående år'], absent: ['en ökning', 'en minskning', 'vilket var ingen förändring'] },
    },
    final: 'allowed',
  },
  {
    name: 'municipalities without classification rise',
    edits: [set('2020/7-3', { klassning: 'ingen-klassning' }, 35)],
    paragraphs: { [P.s35Klassning]: { contains: ['låg på 35 procent (år 2019, 30 procent)'] } },
    figures: { 'informationssakerhetsklassning-kommuner': { table: [['Ingen säkerhetsklassning', '30', '35']] } },
    final: 'allowed',
  },
  {
    name: 'KLASSA no longer a majority (40 procent)',
    edits: [set('2020/NY-35', { modell: 'klassa' }, 40)],
    paragraphs: { [P.s35Modell]: { contains: ['(40 procent)'], absent: ['en majoritet (40 procent)'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'KLASSA at exactly half',
    edits: [set('2020/NY-35', { modell: 'klassa' }, 50)],
    paragraphs: { [P.s35Modell]: { contains: ['(50 procent)'], absent: ['en majoritet (50 procent)'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'KLASSA a bare majority (51 procent)',
    edits: [set('2020/NY-35', { modell: 'klassa' }, 51)],
    paragraphs: { [P.s35Modell]: { contains: ['en majoritet (51 procent) SKR:s verktyg KLASSA'], flagged: false } },
    final: 'allowed',
  },
  {
    name: 'the counts of Figur 35 entered: "en majoritet" must be checked against them',
    edits: [set('2020/8-6', {}, 7)],
    paragraphs: { [P.s35Pdl]: { flagged: true } },
    figures: { 'pdl-tillampning': { table: [['2020', '7']] } },
    final: 'refused',
  },
  {
    name: 'fewer regions answer on PDL (the caption follows)',
    edits: [respondents('2020/8-6', {}, 17)],
    paragraphs: { [P.s35Pdl]: { contains: ['en majoritet av regionerna inte PDL fullt ut'], flagged: false } },
    figures: { 'pdl-tillampning': { caption: ['År 2020 svarade 17 regioner på frågan.'], captionAbsent: ['19 regioner'] } },
    final: 'allowed',
  },
  {
    name: 'strong authentication in all systems made missing',
    edits: [missing('2020/8-2', { system: 'alla' })],
    paragraphs: {
      [P.s35Autentisering]: { flagged: true, contains: ['hos 2 procent av kommunerna'] },
      [P.s35AutentiseringMinskat]: { flagged: true },
    },
    figures: { 'stark-autentisering-kommuner': { table: [['Alla system', 'uppgift saknas']] } },
    final: 'refused',
  },
  {
    name: 'municipalities with no strong authentication rise',
    edits: [set('2020/8-2', { system: 'inga' }, 20)],
    paragraphs: {
      [P.s35Autentisering]: { contains: ['hos 20 procent av kommunerna kräver inga system'] },
      // "har minskat" was said of the 2 procent of 2020: no longer known to hold.
      [P.s35AutentiseringMinskat]: { flagged: true },
    },
    figures: { 'stark-autentisering-kommuner': { table: [['Inga system', '20']] } },
    final: 'refused',
  },
];
