import { missing, qualify, respondents, set, type Case } from '../case.js';
import { P } from './paragraphs.js';

const fraga = (q: string, region: string) => ({ fraga: q, region });

/** 3.3 Inriktningsmål 1, continued (sections/33b-inriktningsmal-1-forts.md). */
export const cases: Case[] = [
  {
    name: 'Gävleborg becomes the most positive about 1177',
    edits: [set('2020/3-2', fraga('e-tjanster-1177', 'gavleborg'), 90)],
    paragraphs: {
      [P.s33bRegioner]: { contains: ['Gävleborg (90 procent)'], absent: ['Jönköping* (77 procent) och Gävleborg (90 procent)'], orFlagged: true },
    },
  },
  {
    name: 'Stockholm drops below Västerbotten and Uppsala on digital care',
    edits: [set('2020/3-2', fraga('digital-vard', 'stockholm'), 45)],
    paragraphs: {
      [P.s33bRegioner]: { contains: ['Stockholm (45 procent)'], absent: ['Stockholm (45 procent), Västerbotten (48 procent) och Uppsala (48 procent)'], orFlagged: true },
    },
  },
  {
    name: 'Uppsala falls to last on digital care',
    edits: [set('2020/3-2', fraga('digital-vard', 'uppsala'), 30)],
    paragraphs: {
      [P.s33bRegioner]: { contains: ['Uppsala (30 procent)'], absent: ['och Uppsala (30 procent), medan'], orFlagged: true },
    },
  },
  {
    name: 'Kronoberg becomes the most positive about care at home',
    edits: [set('2020/3-2', fraga('vardas-hemma', 'kronoberg'), 70)],
    paragraphs: {
      [P.s33bRegioner]: { contains: ['Kronoberg (70 procent)'], absent: ['och Kronoberg (70 procent)'], orFlagged: true },
    },
  },
  {
    name: 'positive about 1177 no longer a majority (40 procent)',
    edits: [set('2020/3-2', fraga('e-tjanster-1177', 'riket'), 40)],
    paragraphs: {
      [P.s33bAttityd]: { contains: ['(40 procent)'], absent: ['Majoriteten av invånarna', 'En något mindre andel'], orFlagged: true },
      [P.s33bGrupper]: { flagged: true },
      [P.s01Attityd]: { contains: ['Totalt uppger 40 procent'], absent: ['En lägre andel (46 procent)'], orFlagged: true },
    },
    figures: { 'installning-digital-teknik': { table: [['Användningen av 1177 Vårdguidens e-tjänster', '40']] } },
    final: 'refused',
  },
  {
    name: 'positive about 1177 at exactly half',
    edits: [set('2020/3-2', fraga('e-tjanster-1177', 'riket'), 50)],
    paragraphs: {
      [P.s33bAttityd]: { contains: ['(50 procent)'], absent: ['Majoriteten av invånarna'], orFlagged: true },
      [P.s33bGrupper]: { flagged: true },
      [P.s01Attityd]: { contains: ['Totalt uppger 50 procent', 'En lägre andel (46 procent)'] },
    },
    figures: { 'installning-digital-teknik': { table: [['Användningen av 1177 Vårdguidens e-tjänster', '50']] } },
    final: 'refused',
  },
  {
    name: 'care at home fewer positive than digital care',
    edits: [set('2020/3-2', fraga('vardas-hemma', 'riket'), 30)],
    paragraphs: {
      [P.s33bAttityd]: { contains: ['(30 procent)'], absent: ['medan det är fler som'], orFlagged: true },
      [P.s33bGrupper]: { flagged: true },
    },
    figures: { 'installning-digital-teknik': { table: [['Större möjlighet att kunna vårdas hemma med stöd av digital teknik', '30']] } },
    final: 'refused',
    cli: true,
  },
  {
    name: 'AI for medicine reminders made missing',
    edits: [missing('2020/NY-7', { vardomrade: 'paminna-om-mediciner' })],
    paragraphs: { [P.s33bAi]: { flagged: true, contains: ['(53 procent)'] } },
    figures: { 'ai-vardomraden': { table: [['Påminna om att ta mediciner', 'uppgift saknas']] } },
    final: 'refused',
  },
  {
    name: 'AI attitudes of 2019 made missing',
    edits: [missing('2019/NY-8', { installning: 'positiva' })],
    paragraphs: {
      [P.s33bAi]: { flagged: true, contains: ['År 2020 uppgav 42 procent'] },
      [P.s01Attityd]: { flagged: true, contains: ['42 procent år 2020'], absent: ['sjönk'], once: ['uppgift saknas'] },
    },
    final: 'refused',
  },
  {
    name: 'a single region offers payment by terminal',
    edits: [set('2020/2-1', { losning: 'betalning-terminal', status: 'infort' }, 1)],
    paragraphs: { [P.s33bAnkomst]: { contains: ['En region kunde erbjuda'], absent: ['En regioner'] } },
    figures: { ankomstregistrering: { table: [['Betalning via terminal', '1', '6']] } },
    final: 'allowed',
  },
  {
    name: 'a single region on its way to payment by terminal',
    edits: [set('2020/2-1', { losning: 'betalning-terminal', status: 'pa-vag' }, 1)],
    paragraphs: { [P.s33bAnkomst]: { contains: ['en region var på väg'], absent: ['en regioner'] } },
    figures: { ankomstregistrering: { table: [['Betalning via terminal', '2', '1']] } },
    final: 'allowed',
  },
  {
    name: 'a single region with arrival registration by terminal',
    edits: [set('2020/2-1', { losning: 'ankomstregistrering-terminal', status: 'infort-eller-pa-vag' }, 1)],
    paragraphs: { [P.s33bAnkomst]: { contains: ['hade en region infört'], absent: ['1 regioner', 'en regioner'] } },
    final: 'allowed',
  },
  {
    name: 'Norway overtakes Sweden in portal visits',
    edits: [set('2020/NY-10', { land: 'norge' }, 20)],
    paragraphs: {
      [P.s01Strategi]: { absent: ['det högsta antalet årliga besök'], orFlagged: true },
      [P.s33bPortal]: { contains: ['20'], absent: ['Sverige ligger i topp', 'invånarna använder mest'], orFlagged: true },
    },
    figures: { 'nordiska-halsoportaler': { alt: ['Norge: 20 per invånare år 2020'] } },
  },
  {
    name: 'Finland no longer the lowest in portal visits',
    edits: [set('2020/NY-10', { land: 'finland' }, 12)],
    paragraphs: {
      [P.s01Strategi]: { flagged: false, contains: ['det högsta antalet årliga besök per capita'] },
      [P.s33bPortal]: { contains: ['(12 besök)'], absent: ['Finland har lägst'], orFlagged: true },
    },
    figures: { 'nordiska-halsoportaler': { alt: ['Finland: 12 per invånare år 2020'] } },
  },
  {
    name: 'Swedish portal visits fall',
    edits: [set('2020/NY-18', { land: 'sverige' }, -10, { qualifier: null })],
    paragraphs: {
      [P.s33bPortal]: { contains: ['en minskning på 10 procent jämfört med år 2019'], absent: ['en ökning', '−10', '-10'] },
    },
    final: 'allowed',
  },
  {
    name: 'Journalen no longer the most used service',
    edits: [set('2020/NY-11', { tjanst: 'journalen' }, 2000000, { qualifier: null })],
    paragraphs: {
      [P.s33bJournalen]: { contains: ['2 miljoner'], absent: ['Journalen är den mest använda', 'betydligt färre'], orFlagged: true },
    },
    figures: { 'tjanster-1177': { table: [['Journalen', '2 000 000']] } },
    final: 'refused',
    cli: true,
  },
  {
    name: '"Ändra bokad tid" rises',
    edits: [set('2020/NY-11', { tjanst: 'andra-bokad-tid' }, 800000)],
    paragraphs: {
      [P.s33bJournalen]: { contains: ['800 000'], absent: ['som sjunkit'], orFlagged: true },
    },
    figures: { 'tjanster-1177': { table: [['Ändra bokad tid', 'ca 750 000', '800 000']] } },
    final: 'refused',
  },
  {
    name: 'Helsenorge\'s medicine list published as "drygt"',
    edits: [qualify('2020/NY-12', { tjanst: 'medicinlistan' }, 'drygt')],
    paragraphs: { [P.s33bHelsenorge]: { contains: ['med drygt 8,5 miljoner visningar'] } },
    figures: { 'tjanster-helsenorge': { alt: ['drygt 8 500 000'] } },
    final: 'allowed',
  },
  {
    name: 'Kanta\'s prescription renewals made missing',
    edits: [missing('2020/NY-13', { tjanst: 'receptfornyelse' })],
    paragraphs: { [P.s33bKanta]: { flagged: true } },
    figures: { 'tjanster-kanta': { alt: ['uppgift saknas'] } },
    final: 'refused',
  },
  {
    name: 'started treatment modules made missing',
    edits: [missing('2020/2-12', { matt: 'startade-moment' })],
    paragraphs: { [P.s33bStod]: { flagged: true, contains: ['46 596 avslutade moment'], absent: ['62 241'] } },
    figures: { 'stod-och-behandling': { table: [['2020', 'uppgift saknas', '46 596']] } },
    final: 'refused',
  },
  // ── claims that rest on the source (stated): they hold for the numbers they were stated with ─────
  {
    name: 'fewer started treatment modules than published',
    edits: [set('2020/2-12', { matt: 'startade-moment' }, 50000)],
    paragraphs: {
      [P.s33bStod]: { flagged: true, contains: ['50 000 startade och 46 596 avslutade moment'], absent: ['62 241'] },
    },
    figures: { 'stod-och-behandling': { table: [['2020', '50 000', '46 596']] } },
    final: 'refused',
  },
  {
    name: 'arrival registration: another number of responding regions',
    edits: [respondents('2020/2-1', { losning: 'ankomstregistrering-terminal', status: 'infort-eller-pa-vag' }, 21)],
    paragraphs: { [P.s33bAnkomst]: { flagged: true, contains: ['16 regioner infört'] } },
    figures: { ankomstregistrering: { caption: ['År 2020 svarade 21 regioner på frågan.'], captionAbsent: ['svarade 19 regioner'] } },
    final: 'refused',
  },
  {
    name: 'AI for referrals overtakes medicine reminders',
    edits: [set('2020/NY-7', { vardomrade: 'hanvisning' }, 60)],
    paragraphs: { [P.s33bAi]: { contains: ['(60 procent)'], absent: ['avdelning (53 procent)'], orFlagged: true } },
    figures: { 'ai-vardomraden': { table: [['Hänvisning till rätt sjukhus eller avdelning', '60']] } },
    final: 'refused',
  },
  {
    name: 'digital out-of-county contacts in 2020 other than published',
    edits: [set('2020/2-3', { rapportering: 'via-jonkoping-sormland' }, 1500000)],
    paragraphs: {
      [P.s01Strategi]: { flagged: false, contains: ['den största kontaktytan'] },
      [P.s01Vardmoten]: { flagged: true },
      [P.s33Vardgivarna]: { contains: ['1,5 miljoner digitala vårdkontakter'], absent: ['2,3 miljoner'] },
      [P.s33bUtomlans]: { flagged: true },
    },
    figures: { utomlanskontakter: { table: [['2020', '1 500 000']] } },
    final: 'refused',
  },
  {
    name: 'prescription renewals on 1177 close to Journalen',
    edits: [set('2020/NY-11', { tjanst: 'receptfornyelse' }, 30000000)],
    paragraphs: {
      [P.s33bJournalen]: { contains: ['cirka 30 miljoner för ansökan om receptförnyelser'], absent: ['betydligt färre'], orFlagged: true },
    },
    figures: { 'tjanster-1177': { table: [['Ansökan om receptförnyelse', 'ca 30 000 000']] } },
    final: 'refused',
  },
  {
    name: 'contact requests on 1177 more than half of Journalen\'s',
    edits: [set('2020/NY-11', { tjanst: 'kontaktforfragan' }, 25000000)],
    paragraphs: {
      [P.s33bJournalen]: { contains: ['drygt 25 miljoner kontaktförfrågningar'], absent: ['betydligt färre'], orFlagged: true },
    },
    figures: { 'tjanster-1177': { table: [['Kontaktförfrågningar', 'drygt 25 000 000']] } },
    final: 'refused',
  },
  {
    name: '"Ändra bokad tid" flat between 2019 and 2020',
    edits: [set('2020/NY-11', { tjanst: 'andra-bokad-tid' }, 750000)],
    paragraphs: {
      [P.s33bJournalen]: { contains: ['förutom för ”Ändra bokad tid”, som legat kvar på 750 000 (Figur 21)'], absent: ['sjunkit', 'från cirka 750 000 till 750 000'], flagged: false },
    },
    figures: { 'tjanster-1177': { table: [['Ändra bokad tid', 'ca 750 000', '750 000']] } },
    final: 'allowed',
  },
  {
    name: 'Helsenorge\'s medicine list other than published',
    edits: [set('2020/NY-12', { tjanst: 'medicinlistan' }, 9000000)],
    paragraphs: { [P.s33bHelsenorge]: { flagged: true, contains: ['cirka 9 miljoner visningar'] } },
    figures: { 'tjanster-helsenorge': { table: [['Medicinlistan', 'ca 9 000 000']] } },
    final: 'refused',
  },
  {
    name: 'Kanta\'s prescription renewals other than published',
    edits: [set('2020/NY-13', { tjanst: 'receptfornyelse' }, 2500000)],
    paragraphs: { [P.s33bKanta]: { flagged: true, contains: ['drygt 2,5 miljoner ansökningar'] } },
    figures: { 'tjanster-kanta': { table: [['Ansöka om receptförnyelse', 'drygt 2 500 000']] } },
    final: 'refused',
    cli: true,
  },
  {
    name: 'digital care more popular than 1177\'s e-services',
    edits: [set('2020/3-2', fraga('digital-vard', 'riket'), 85)],
    paragraphs: {
      [P.s33bAttityd]: { contains: ['(85 procent)'], absent: ['En något mindre andel', 'medan det är fler som'], orFlagged: true },
      [P.s33bGrupper]: { flagged: true },
      [P.s01Attityd]: { absent: ['En lägre andel (85 procent)'], orFlagged: true },
    },
    figures: { 'installning-digital-teknik': { table: [['Vård, konsultation och behandling med hjälp av digital teknik', '85']] } },
    final: 'refused',
  },
];
