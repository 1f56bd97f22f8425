/** Every message the datasets stage prints, in one place; tests compare against these functions. */
export const datasetMessages = {
  emptyFile: () => 'the file is empty',
  onlyComments: () => 'the file holds only comments, no data',
  notAMapping: () => 'a dataset file must be a mapping with indicator, year, source and observations',
  unknownIndicator: (id: string) => `unknown indicator "${id}"`,
  yearMismatch: (year: number, folder: number) => `year ${year} does not match the folder datasets/${folder}/`,
  unknownDimension: (name: string, id: string) => `indicator ${id} has no dimension "${name}"`,
  unknownDimensionValue: (name: string, value: string) => `unknown ${name} "${value}"`,
  missingDimension: (name: string, id: string) => `observation lacks dimension "${name}" of indicator ${id}`,
  shareOutOfRange: (value: number) => `a share must be between 0 and 100, not ${value}`,
  notFinite: () => 'the value must be a finite number',
  negativeCount: (value: number) => `a count cannot be negative (${value})`,
  valueAndMissing: () => 'an observation has either a value or a missing reason, not both',
  neitherValueNorMissing: () => 'an observation needs a value or a missing reason',
  duplicate: (key: string, first: string) => `duplicate observation ${key} (first at ${first})`,
  conflict: (key: string, first: string, a: string, b: string) =>
    `conflicting values for ${key}: ${b} here, ${a} at ${first}`,
  decimalComma: (text: string) => `"${text}" is text, not a number`,
  strayFile: (name: string) => `unexpected file "${name}" in a year folder`,
  strayMapping: (name: string) => `unexpected file "${name}" in datasets/mappings/`,
  originMissing: (file: string) => `the origin ${file} is not in the repository`,
  originChanged: (file: string) => `${file} has changed since this value was imported from it`,
  fileIndicatorName: (file: string, id: string) => `file name "${file}" does not match indicator ${id}`,
  noData: (year: number) => `there is no data for ${year}`,
  blankSource: () => 'the source is blank',
  tooPrecise: (written: string, max: number) => `the value ${written} has more than ${max} decimals, more than the report can print`,
  tooLarge: (value: number) => `the value ${value} is too large to print digit for digit`,
  dimensionForm: (name: string, written: string, value: string) => `${name} ${written} is read as the number ${value}, not as written`,
  sameInAnotherForm: (key: string, other: string, first: string) => `observation ${key} is ${other} (at ${first}) written another way`,
} as const;

export const datasetHints = {
  decimalComma: (text: string) => `write ${text.replace(',', '.').replace(/\s/g, '')} — numbers use a decimal point in data files`,
  yearMismatch: (folder: number) => `move the file to the folder of its year, or set year: ${folder}`,
  missingReason: 'add value: <number>, or missing: not-asked | not-collected | not-available',
  strayFile: 'a year folder holds only <indicator>.yaml files such as 1-1.yaml (and README.md); source files go in datasets/sources/<year>/',
  strayMapping: 'datasets/mappings/ holds only mapping files, <name>.yaml',
  originMissing: 'keep the source file under datasets/sources/ (git add it), or correct the path',
  originChanged: 'import it again (`ehalsa import <file> --mapping <mapping>`): the values follow the new file, and a hand-entered one that differs is reported',
  fileName: (id: string) => `name the file ${fileNameFor(id)}`,
  share: 'procent values are 0–100; write 66 for 66 procent, not 0.66',
  valueAndMissing: 'keep the value if the source states one; otherwise remove the value and keep the reason',
  emptyFile: 'a dataset file needs indicator, year, source and observations; delete the file until there is data',
  blankSource: 'name the publication the values come from, as the report cites it',
  tooPrecise: 'write the value with the decimals the source prints',
  tooLarge: 'values must be below 10^15 (a million billion); check the number, or use a unit such as miljoner in the indicator',
  dimensionForm: (written: string, value: string) => `write ${value}, or "${written}" in quotes if the code is text`,
  sameInAnotherForm: 'write each dimension value one way throughout (7, not 007 or 07)',
} as const;

/** "2:10" → "2-10.yaml", "INT:1" → "INT-1.yaml". */
export function fileNameFor(id: string): string {
  return `${id.replace(':', '-')}.yaml`;
}
