#!/usr/bin/env node
// Writes the XLSX fixture of the import tests, a workbook shaped like Socialstyrelsen's survey tables
// (a contents sheet, tables under a title row, header cells merged over their columns, a source line
// below), with made-up numbers:
//
//   node test/import/make-workbook.mjs test/fixtures/import/xlsx/project/datasets/sources/2020/kommuner-2020.xlsx
//
// The file is committed: exceljs stamps the time into the workbook, and the tests' golden files hold its SHA-256.
import ExcelJS from 'exceljs';

const out = process.argv[2];
if (!out) throw new Error('usage: make-workbook.mjs <out.xlsx>');
const workbook = new ExcelJS.Workbook();
workbook.creator = 'ehalsa test fixture';
workbook.created = workbook.modified = new Date(Date.UTC(2021, 0, 15));

const contents = workbook.addWorksheet('Innehåll');
contents.getCell('A1').value = 'E-hälsa och välfärdsteknik i kommunerna 2020 (testdata)';
contents.getCell('A3').value = 'Tabell 1. Välfärdsteknik efter boendeform och år';
contents.getCell('A4').value = 'Tabell 2. Som tabell 1, med en rättelse';
contents.getCell('A5').value = 'Tabell 3. Som tabell 1, med korttidsboende';

/** A table: title in row 1 (merged), boendeform merged over its years in row 3, years in row 4, data from row 5. */
function table(name, title, forms, rows) {
  const sheet = workbook.addWorksheet(name);
  const width = 1 + forms.length * 2;
  sheet.getCell(1, 1).value = title;
  sheet.mergeCells(1, 1, 1, width);
  forms.forEach((form, i) => {
    sheet.getCell(3, 2 + i * 2).value = form;
    sheet.mergeCells(3, 2 + i * 2, 3, 3 + i * 2);
    sheet.getCell(4, 2 + i * 2).value = 2019;
    sheet.getCell(4, 3 + i * 2).value = 2020;
  });
  sheet.getCell(4, 1).value = 'Välfärdsteknik';
  rows.forEach((r, i) => r.forEach((v, j) => (sheet.getCell(5 + i, 1 + j).value = v)));
  sheet.getCell(6 + rows.length, 1).value = 'Källa: Socialstyrelsen (testdata).';
}

const forms = ['Ordinärt boende', 'Särskilt boende för äldre'];
table('Tabell 1', 'Tabell 1. Andel kommuner med välfärdsteknik, efter boendeform och år. Procent.', forms, [
  ['Nattillsyn med digital teknik', 60, 67, 30, 44],
  ['Passiva larm eller sensorer', 90, 93, '–', 55.5],
  ['Totalt', 150, 160, 30, 99.5],
]);
table('Tabell 2', 'Tabell 2. Som tabell 1.', forms, [
  ['Nattillsyn med digital teknik', 60, 'x', 30, 44],
  ['Passiva larm eller sensorer', 90, 93, '–', 55.5],
]);
table('Tabell 3', 'Tabell 3. Som tabell 1.', ['Ordinärt boende', 'Korttidsboende'], [
  ['Nattillsyn med digital teknik', 60, 67, 12, 14],
]);
await workbook.xlsx.writeFile(out);
