import { missing, respondents, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

/** 3.6 Inriktningsmål 4 (sections/36-inriktningsmal-4.md). */
export const cases: Case[] = [
  {
    name: 'every region answers on security policies',
    edits: [respondents('2020/12-1', { dokument: 'policy' }, 21)],
    paragraphs: {
      [P.s36Ledning]: { contains: ['hade 18 regioner en informationssäkerhetspolicy'] },
      [P.s36Policy]: { absent: ['Enbart 21 regioner', 'svarade inte'], orFlagged: true },
    },
    final: 'refused',
  },
  {
    name: 'fewer regions answer on security policies',
    edits: [respondents('2020/12-1', { dokument: 'policy' }, 17)],
    paragraphs: {
      [P.s36Ledning]: { contains: ['hade 18 regioner en informationssäkerhetspolicy'], flagged: false },
      [P.s36Policy]: { contains: ['Enbart 17 regioner svarade på frågan.'], flagged: false },
    },
    final: 'allowed',
  },
  {
    name: 'more security plans than policies',
    edits: [set('2020/12-1', { dokument: 'plan' }, 20)],
    paragraphs: { [P.s36Ledning]: { contains: ['20'], absent: ['av dessa hade 20'], orFlagged: true } },
    final: 'refused',
  },
  {
    name: 'as many informatics officers as security policies',
    edits: [set('2020/9-1', {}, 18)],
    paragraphs: {
      [P.s35Informatik]: { contains: ['18 av regionerna anger'] },
      [P.s36Ledning]: { absent: ['enbart 18 regioner hade'], orFlagged: true },
      [P.s36Kompetens]: { contains: ['18 av de 19 regioner som svarade'] },
    },
    figures: { 'informatik-regioner': { table: [['Informatikansvarig i regionerna', 'uppgift saknas', '18']] } },
    final: 'refused',
  },
  {
    name: 'a single region with a mobility strategy',
    edits: [set('2020/9-2', { status: 'framtagen' }, 1)],
    paragraphs: { [P.s36Ledning]: { contains: ['En region uppgav'], absent: ['En regioner'] } },
    figures: { 'mobilitetsstrategi-regioner': { table: [['2020', '1', '2']] } },
    final: 'allowed',
  },
  {
    name: 'a single region plans a mobility strategy',
    edits: [set('2020/9-2', { status: 'planerad' }, 1)],
    paragraphs: { [P.s36Ledning]: { contains: ['ytterligare en region att'], absent: ['ytterligare 1 region'] } },
    figures: { 'mobilitetsstrategi-regioner': { table: [['2020', '12', '1']] } },
    final: 'allowed',
  },
  {
    name: 'fewer regions answered on mobility strategies in 2018 than in 2017',
    edits: [respondents('2018/9-2', { status: 'framtagen' }, 19)],
    figures: { 'mobilitetsstrategi-regioner': { caption: ['År 2017 och 2018 svarade 20 regioner på frågan.[Påståendet stämmer inte med data'] } },
    final: 'refused',
  },
  {
    name: 'fewer regions answered on mobility strategies in 2019 (the caption follows)',
    edits: [respondents('2019/9-2', { status: 'framtagen' }, 16)],
    figures: { 'mobilitetsstrategi-regioner': { caption: ['År 2019 svarade 16 regioner och år 2020 svarade 19 regioner.'], captionAbsent: ['Påståendet'] } },
    final: 'allowed',
  },
  {
    name: 'the IT cost estimate made missing',
    edits: [missing('2019/NY-14', {})],
    paragraphs: { [P.s36Finansiering]: { flagged: true, once: ['uppgift saknas'] } },
    final: 'refused',
    cli: true,
  },
  {
    name: 'every region reports IT costs',
    edits: [respondents('2019/NY-14', {}, 21)],
    paragraphs: { [P.s36Finansiering]: { contains: ['Baserat på 21 regioner som inkom med data'] } },
    final: 'allowed',
  },
  {
    name: 'the IT cost share of 2016 entered: the stable range must be checked against the series',
    edits: [set('2016/NY-15', {}, 2.9)],
    paragraphs: { [P.s36Finansiering]: { flagged: true } },
    figures: { 'it-kostnader-regioner': { table: [['2016', '2,9']] } },
    final: 'refused',
  },
  {
    name: 'the counts of Figur 40 entered: "ökade mest" and "fem regioner" must be checked against them',
    edits: ['oklar-lagstiftning', 'ekonomi', 'egna-resurser', 'verksamhetens-installning'].flatMap((hinder, i) => [
      set('2019/12-2', { hinder }, 6 + i),
      set('2020/12-2', { hinder }, 9 + i),
    ]),
    paragraphs: { [P.s36Hinder]: { flagged: true } },
    figures: { 'hinder-e-tjanster': { table: [['Ekonomi', '7', '10']] } },
    final: 'refused',
  },
  {
    name: 'more regions answered on hinders in 2019 (the caption follows)',
    edits: [respondents('2019/12-2', { hinder: 'oklar-lagstiftning' }, 20)],
    paragraphs: { [P.s36Hinder]: { flagged: false, contains: ['ytterligare fem regioner'] } },
    figures: { 'hinder-e-tjanster': { caption: ['År 2019 och 2020 svarade 20 respektive 19 regioner på frågan.'] } },
    final: 'allowed',
  },
  {
    name: 'a single region sends referrals across borders',
    edits: [set('2020/13-1', {}, 1)],
    paragraphs: {
      [P.s36Remiss]: { contains: ['En region har implementerat'], absent: ['En regioner', 'de en regionerna'], orFlagged: true },
      [P.s40Tjanster]: { flagged: false },
    },
    final: 'refused',
  },
  {
    name: 'two regions send referrals across borders',
    edits: [set('2020/13-1', {}, 2)],
    paragraphs: {
      [P.s36Remiss]: { contains: ['Två regioner har implementerat', 'Gemensamt för de två regionerna är'], flagged: false },
      [P.s40Tjanster]: { flagged: false },
    },
    final: 'allowed',
  },
  {
    name: 'a single county plans a digital agenda',
    edits: [set('2020/13-4', { dokument: 'digital-agenda', status: 'planeras' }, 1)],
    paragraphs: { [P.s36Lan]: { contains: ['ytterligare ett län planerade'], absent: ['ytterligare en län'] } },
    figures: { 'digital-agenda-lan': { table: [['Gemensam digital agenda', '13', '1']] } },
    final: 'allowed',
  },
  {
    name: 'a single county with a digital agenda, a single county plans an action plan',
    edits: [set('2020/13-4', { dokument: 'digital-agenda', status: 'finns' }, 1), set('2020/13-4', { dokument: 'handlingsplan', status: 'planeras' }, 1)],
    paragraphs: { [P.s36Lan]: { contains: ['digital agenda för ett län,', 'och ytterligare ett uppgav'], absent: ['för 1 län', 'ytterligare en uppgav'] } },
    figures: { 'digital-agenda-lan': { table: [['Gemensam digital agenda', '1', '2'], ['Gemensam handlingsplan för digital agenda', '11', '1']] } },
    final: 'allowed',
  },
  {
    name: 'counties with a digital agenda made missing',
    edits: [missing('2020/13-4', { dokument: 'digital-agenda', status: 'finns' })],
    paragraphs: { [P.s36Lan]: { flagged: true, contains: ['ytterligare två län planerade'] } },
    figures: { 'digital-agenda-lan': { table: [['Gemensam digital agenda', 'uppgift saknas', '2']] } },
    final: 'refused',
  },
  {
    name: 'more counties with an action plan',
    edits: [set('2020/13-4', { dokument: 'handlingsplan', status: 'finns' }, 14)],
    paragraphs: { [P.s36Lan]: { contains: ['fanns i 14'] } },
    figures: { 'digital-agenda-lan': { table: [['Gemensam handlingsplan för digital agenda', '14', '2']] } },
    final: 'allowed',
  },
  {
    name: 'more regions answer on informatics officers',
    edits: [respondents('2020/9-1', {}, 21)],
    paragraphs: {
      [P.s36Kompetens]: { contains: ['Elva av de 21 regioner som svarade'] },
      [P.s35Informatik]: { contains: ['Elva av regionerna'] },
      [P.s36Ledning]: { contains: ['enbart 11 regioner'] },
    },
    figures: { 'informatik-regioner': { table: [['Informatikansvarig i regionerna', 'uppgift saknas', '11']] } },
    final: 'allowed',
  },
];
