import { missing, qualify, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

/** 3.1 Bakgrundsfaktorer (sections/31-bakgrundsfaktorer.md). */
export const cases: Case[] = [
  {
    name: 'Sweden leads DESI (placing and score change together)',
    edits: [set('2020/INT-1', { index: 'desi', delomrade: 'totalt', land: 'sverige' }, 7.41), set('2020/NY-16', { delomrade: 'totalt' }, 1)],
    paragraphs: {
      [P.s31Desi]: { contains: ['placeras Sverige på första plats med en poäng på 7,41', 'Finland och Danmark en poäng på 7,23 respektive 6,91'] },
    },
    figures: { 'desi-2020': { table: [['Sverige', '7,41']], alt: ['högst för Sverige, 7,41 poäng'] } },
    final: 'allowed',
    cli: true,
  },
  {
    name: 'Sweden first in human capital (no longer after Finland)',
    edits: [set('2020/NY-16', { delomrade: 'humankapital' }, 1)],
    paragraphs: {
      [P.s31Desi]: { contains: ['humankapital – 1:a plats'], absent: ['1:a plats efter Finland'], orFlagged: true },
    },
  },
  {
    name: 'households with internet fall from 2018',
    edits: [set('2020/NY-2', {}, 93)],
    paragraphs: {
      [P.s31Hushall]: { contains: ['minskat från cirka 98 procent år 2018 till 93 procent år 2020'], absent: ['konstant'], orFlagged: true },
      [P.s01Forutsattning]: { contains: ['93 procent har tillgång till internet i hemmet'], absent: ['>93'] },
    },
  },
  {
    name: 'a quarter of the population lack a digital device',
    edits: [set('2020/NY-4', {}, 25)],
    paragraphs: {
      [P.s31Enhet]: { contains: ['År 2020 var det 25 procent'], absent: ['ingen större brist'], orFlagged: true },
    },
  },
  {
    name: 'internet use in Sweden published as "knappt 86"',
    edits: [qualify('2019/NY-3', { land: 'sverige' }, 'knappt')],
    paragraphs: {
      [P.s31Internet]: { contains: ['knappt 86 procent av Sveriges befolkning'], absent: ['drygt 86'] },
    },
    figures: { internetanvandning: { alt: ['Sverige: knappt 86 procent år 2019'] } },
    final: 'allowed',
  },
  {
    name: 'internet use in Sweden above Iceland and Norway',
    edits: [set('2019/NY-3', { land: 'sverige' }, 97)],
    paragraphs: {
      [P.s31Internet]: { contains: ['drygt 97 procent av Sveriges befolkning', 'för Island drygt 95 procent'] },
    },
    figures: { internetanvandning: { alt: ['Sverige: drygt 97 procent år 2019'] } },
    final: 'allowed',
  },
  {
    name: 'bank-id holders made missing',
    edits: [missing('2020/NY-6', { 'e-legitimation': 'bank-id' })],
    paragraphs: {
      [P.s31Legitimation]: { flagged: true, contains: ['cirka 100 000 innehavare'] },
    },
    final: 'refused',
  },
  {
    name: 'the over-81s without bank-id follow the data',
    edits: [set('2020/NY-17', {}, 30)],
    paragraphs: {
      [P.s31Vaccination]: { contains: ['kunde 30 procent av alla individer över 81 år inte följa'] },
    },
    final: 'allowed',
  },
  {
    name: 'the over-80s hold bank-id as often as the young',
    edits: [set('2020/NY-5', { aldersgrupp: 'over-80' }, 99.5)],
    paragraphs: {
      [P.s31Bankid]: { contains: ['99,5 procent'], absent: ['skiljer sig mycket', 'vilket sjunker', 'endast 99,5'], orFlagged: true },
      [P.s01Forutsattning]: { contains: ['99,5 procent'], absent: ['stor skillnad', 'enbart 99,5'], orFlagged: true },
    },
    figures: { 'bankid-aldersgrupp': { table: [['Över 80 år', '99,5']] } },
  },

  {
    name: 'Sweden third in internet services (no longer second after Finland)',
    edits: [set('2020/NY-16', { delomrade: 'internettjanster' }, 3)],
    paragraphs: {
      [P.s31Desi]: { contains: ['användning av internettjänster – 3:e plats'], absent: ['3:e plats efter Finland'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'every household has internet',
    edits: [set('2020/NY-2', {}, 100)],
    paragraphs: {
      [P.s31Hushall]: { absent: ['nästan hela Sveriges befolkning', 'relativt konstant kring 100'], orFlagged: true },
      [P.s01Forutsattning]: { contains: ['(100 procent har tillgång till internet i hemmet)'] },
    },
    final: 'refused',
  },
  {
    name: 'households with internet dip in 2019',
    edits: [set('2019/NY-2', {}, 90)],
    paragraphs: {
      [P.s31Hushall]: { flagged: true, contains: ['kring 98 procent sedan 2018'] },
    },
    final: 'refused',
    cli: true,
  },
  {
    name: 'households with internet made missing',
    edits: [missing('2020/NY-2', {})],
    paragraphs: {
      [P.s31Hushall]: { flagged: true, contains: ['sedan 2018'] },
      [P.s01Forutsattning]: { flagged: true, contains: ['>99 procent i yngre åldersgrupper'] },
    },
    final: 'refused',
  },
  {
    name: 'internet use in Sweden lower in 2019 than the rise reached',
    edits: [set('2019/NY-3', { land: 'sverige' }, 80)],
    paragraphs: {
      [P.s31Internet]: { flagged: true, contains: ['drygt 80 procent av Sveriges befolkning'] },
    },
    figures: { internetanvandning: { alt: ['Sverige: drygt 80 procent år 2019'] } },
    final: 'refused',
  },
  {
    name: 'a twentieth of the population lack a digital device',
    edits: [set('2020/NY-4', {}, 5)],
    paragraphs: {
      [P.s31Enhet]: { flagged: false, contains: ['ingen större brist', 'År 2020 var det 5 procent'] },
    },
    final: 'allowed',
  },
  {
    name: 'six percent lack a digital device (more than "ingen större brist")',
    edits: [set('2020/NY-4', {}, 6)],
    paragraphs: {
      [P.s31Enhet]: { flagged: true, contains: ['År 2020 var det 6 procent'] },
    },
    final: 'refused',
  },
  {
    name: 'the over-80s hold bank-id at 60 percent (no longer a large gap)',
    edits: [set('2020/NY-5', { aldersgrupp: 'over-80' }, 60)],
    paragraphs: {
      [P.s31Bankid]: { flagged: true, contains: ['endast 60 procent'] },
      [P.s01Forutsattning]: { flagged: true, contains: ['enbart 60 procent av de över 80 år'] },
    },
    figures: { 'bankid-aldersgrupp': { table: [['Över 80 år', '60']] } },
    final: 'refused',
  },
  {
    name: 'the over-80s hold bank-id at 45 percent (the young still more than twice as often)',
    edits: [set('2020/NY-5', { aldersgrupp: 'over-80' }, 45)],
    paragraphs: {
      [P.s31Bankid]: { flagged: false, contains: ['endast 45 procent', 'skiljer sig mycket'] },
      [P.s01Forutsattning]: { flagged: false, contains: ['enbart 45 procent av de över 80 år'] },
    },
    figures: { 'bankid-aldersgrupp': { table: [['Över 80 år', '45']] } },
    final: 'allowed',
  },
];
