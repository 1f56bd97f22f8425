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
    pending: '"Enbart" and the regions that did not answer are hand-written beside the respondents',
  },
  {
    name: 'more security plans than policies',
    edits: [set('2020/12-1', { dokument: 'plan' }, 20)],
    paragraphs: { [P.s36Ledning]: { contains: ['20'], absent: ['av dessa hade 20'], orFlagged: true } },
    pending: '"av dessa hade" claims the plans are a subset of the policies',
  },
  {
    name: 'a single region with a mobility strategy',
    edits: [set('2020/9-2', { status: 'framtagen' }, 1)],
    paragraphs: { [P.s36Ledning]: { contains: ['En region uppgav'], absent: ['En regioner'] } },
    figures: { 'mobilitetsstrategi-regioner': { table: [['2020', '1', '2']] } },
    final: 'allowed',
    pending: 'agreement: "En regioner uppgav"',
  },
  {
    name: 'a single region plans a mobility strategy',
    edits: [set('2020/9-2', { status: 'planerad' }, 1)],
    paragraphs: { [P.s36Ledning]: { contains: ['ytterligare 1 region att'], absent: ['1 regioner'] } },
    figures: { 'mobilitetsstrategi-regioner': { table: [['2020', '12', '1']] } },
    final: 'allowed',
    pending: 'agreement: "ytterligare 1 regioner"',
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
    name: 'a single region sends referrals across borders',
    edits: [set('2020/13-1', {}, 1)],
    paragraphs: {
      [P.s36Remiss]: { contains: ['En region har implementerat'], absent: ['En regioner', 'de en regionerna'], orFlagged: true },
      [P.s40Tjanster]: { flagged: false },
    },
    pending: 'agreement: "En regioner har implementerat", "de en regionerna"',
  },
  {
    name: 'a single county plans a digital agenda',
    edits: [set('2020/13-4', { dokument: 'digital-agenda', status: 'planeras' }, 1)],
    paragraphs: { [P.s36Lan]: { contains: ['ytterligare ett län planerade'], absent: ['ytterligare en län'] } },
    figures: { 'digital-agenda-lan': { table: [['Gemensam digital agenda', '13', '1']] } },
    final: 'allowed',
    pending: 'agreement: "ytterligare en län" (län is neuter)',
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
