/**
 * The paragraphs the cases examine, by the start of their UNPERTURBED text in the 2020 edition (a
 * paragraph, list item or footnote; each must start exactly one).
 */
export const P = {
  // Sammanfattning
  s01Forutsattning: 'En viktig förutsättning för att Vision e-hälsa 2025',
  s01Strategi: 'En strategi för genomförande av Vision e-hälsa 2025, nästa steg på vägen, 2020–2022 definierar',
  s01Attityd: 'Totalt uppger',
  s01Aterstaende: 'Förutsättningar för de två återstående',
  // 3.1 Bakgrundsfaktorer
  s31Desi: 'I den internationella jämförelsen DESI',
  s31Hushall: 'I linje med regeringens mål',
  s31Internet: 'Även om siffran stadigt ökat',
  s31Enhet: 'Tillgång till en digital enhet',
  s31Legitimation: 'Flera digitala tjänster kräver',
  s31Bankid: 'Andelen personer som har skaffat bank-id',
  s31Vaccination: 'Vikten av att beakta tillgång till bank-id',
  // 3.3 Inriktningsmål 1
  s33Ordinart: 'Andel kommuner som har nattillsyn med digital teknik i ordinärt boende',
  s33Boenden: 'Kommuner använder även olika typer av välfärdsteknik',
  s33Internet: 'Även om internetuppkoppling inte klassas',
  s33Hsl: 'I den kommunala hälso- och sjukvården',
  s33Etjanster: 'En ökande andel av kommunerna',
  s33Aktorer: 'I dag finns',
  s33Vardgivarna: 'De 12 vårdgivarna hade tillsammans',
  s33Yrkesgrupper: 'Olika yrkeskategorier medverkar',
  s33Alder: 'Patienternas åldersstruktur',
  s33Kvinnor: 'Kvinnor använder digital vård i högre grad',
  s33Inloggningar: 'Totalt har det gjorts',
  s33Webbtidbok: 'Webbtidboken erbjuder',
  // 3.3, continued
  s33bStod: 'Antalet startade och avslutade moment',
  s33bAnkomst: 'Digital ankomstregistrering och betalning frigör',
  s33bAttityd: 'I 2020 års version av Hälso- och sjukvårdsbarometern',
  s33bRegioner: 'Det finns en geografisk skillnad',
  s33bAi: 'År 2020 uppgav',
  s33bPortal: '1177 Vårdguiden är den vårdportal',
  s33bJournalen: 'Journalen är den mest använda tjänsten',
  s33bHelsenorge: 'Medicinlistan är den mest använda',
  s33bKanta: 'Ansöka om receptförnyelse är den vanligast',
  // 3.4 Inriktningsmål 2
  s34Tillvaxt: 'Ett sätt att mäta hur medarbetarna',
  s34Npo: 'En av de tjänster som går att komma åt',
  s34Kommuner: 'Totalt var',
  s34Sjf: 'För att ge vårdens och socialtjänstens medarbetare',
  s34Mobil: 'För att läsa och dokumentera mobilt',
  s34Legitimerad: 'Andelen kommuner där all mobil legitimerad',
  s34Lasplattor: 'Även inom regionerna sker en utveckling',
  s34Ees: 'Ändamålsenlig och effektiv informationshantering',
  s34Eu: 'EU arbetar, inom ramen',
  // 3.5 Inriktningsmål 3
  s35Informatik: 'Ett mått på resurser och kompetens',
  s35Samordning: 'År 2020 hade cirka 73 procent',
  s35Uppfoljning: 'När det gäller om kommunen regelbundet',
  s35Klassning: 'År 2020 hade 18 procent av alla kommuner',
  s35Modell: 'Av de kommuner som klassificerat',
  s35Autentisering: 'I 15 procent av kommunerna kräver',
  s35Uppfoljning2: 'Ett annat sätt att bevaka',
  s35Svarande2020: '182 kommuner av 251',
  s35Svarande2019: '150 kommuner av 204',
  // 3.6 Inriktningsmål 4
  s36Ledning: 'Kunskap inom digitalisering i organisationen',
  s36Policy: 'Enbart 19 regioner svarade',
  s36Finansiering: 'Finansieringen är en viktig faktor',
  s36Kompetens: 'Kompetensutveckling är en viktig del',
  s36Remiss: 'Fem regioner har implementerat',
  s36Lan: 'En annan form av samverkan',
} as const;
