/** Every message of the import, in one place; tests compare against these functions. */
export const importMessages = {
  // The mapping file.
  notInMappings: (path: string) => `a mapping file belongs in datasets/mappings/, not at ${path}`,
  emptyMapping: () => 'the mapping file holds no mapping',
  notAMapping: () => 'a mapping file must be a mapping with file, targets and their options',
  unknownFormat: (file: string) => `cannot tell the format of "${file}" from its name`,
  sourceMissing: (file: string) => `the source file ${file} is not in the repository`,
  wrongFormatOption: (key: string, format: string) => `"${key}" does not apply to a ${format} source`,
  needsValue: () => 'a CSV or XLSX target needs value: the column that holds the values',
  needsSheet: () => 'an XLSX target needs the sheet it reads (sheet: …, or xlsx.sheet for all)',
  onePick: () => 'say where the code comes from with one of column, header or dimension',
  oneTransform: () => 'a transform is either divide or multiply, not both',
  noTransform: () => 'a transform needs divide: <n> or multiply: <n>',
  missingDimensions: (id: string, names: readonly string[]) => `indicator ${id} has dimension${names.length === 1 ? '' : 's'} ${names.join(', ')}, which the target does not set`,
  unusedCodes: (name: string) => `codes for "${name}", which no target's indicator has as a dimension`,
  headerLevel: (level: number, rows: number) => `header ${level} asks for a header row the table does not have (its header has ${rows} row${rows === 1 ? '' : 's'})`,

  // The source file.
  unreadable: (file: string, why: string) => `cannot read ${file}: ${why}`,
  notUtf8: () => 'the file is not UTF-8 text',
  unclosedQuote: () => 'a quoted field is never closed',
  emptySource: () => 'the source holds no rows',
  noSheet: (sheet: string) => `the workbook has no sheet "${sheet}"`,
  noColumn: (name: string, where: string) => `no column "${name}" in ${where}`,
  ambiguousColumn: (name: string, cells: readonly string[]) => `"${name}" names more than one column (${cells.join(', ')})`,
  noTemplateColumn: (name: string) => `the note names {${name}}, which is no column of the source`,
  notANumber: (cell: string, text: string) => `${cell} holds ${text === '' ? 'nothing' : `"${text}"`}, not a number`,
  notAYear: (cell: string, text: string) => `${cell} holds "${text}", not a year`,
  noCode: (cell: string, label: string, dimension: string) => `${cell}: "${label}" has no code for ${dimension}`,
  badCode: (cell: string, code: string, dimension: string) => `${cell}: "${code}" is not a code of ${dimension}`,
  matchesNothing: (target: number, id: string, why: string) => `target ${target} (${id}) matches nothing in the source: ${why}`,
  twoCells: (key: string, first: string, second: string) => `${second} and ${first} both give ${key}`,
  notJson: (why: string) => `the file is not JSON: ${why}`,
  notJsonStat: (why: string) => `the file is not a JSON-stat 2 dataset: ${why}`,
  noDimension: (id: string) => `the source has no dimension "${id}"`,
  noCategory: (dimension: string, code: string) => `dimension ${dimension} has no category "${code}"`,
  unplacedDimension: (id: string, size: number) => `dimension ${id} has ${size} categories, and the target neither selects one nor maps it`,
  unknownFlag: (cell: string, flag: string) => `${cell} carries the status "${flag}", which the mapping does not mention`,
  invalidValue: (cell: string, problem: string) => `${cell}: ${problem}`,

  // Merging into the dataset files.
  conflict: (key: string, old: string, next: string, cell: string) => `the import would change the hand-entered ${key} from ${old} to ${next} (${cell})`,
  editedSinceImport: (key: string, old: string, next: string, cell: string) =>
    `${key} is ${old} here, but its source says ${next} (${cell}) and has not changed since it was imported`,
  noteConflict: (key: string, cell: string) => `the import would replace the hand-written note of ${key} (${cell})`,
  datasetInvalid: (path: string) => `${path} has errors; correct them before importing into it`,
  noSourceForNewFile: (path: string) => `the import would create ${path}, and the mapping gives no source for it`,
  stale: (key: string, file: string) => `${key} was imported from ${file}, which no longer gives it`,
  sourceReplaced: (file: string) => `${file} already holds another file`,
  fetchFailed: (url: string, why: string) => `could not fetch ${url}: ${why}`,
  notJsonResponse: (url: string, type: string) => `${url} answered with ${type || 'no content type'}, not JSON-stat`,
  urlMismatch: (url: string, mapped: string) => `the mapping fetches its source from ${mapped}, not ${url}`,
} as const;

export const importHints = {
  mappingsFolder: 'move it to datasets/mappings/<name>.yaml',
  format: 'add format: csv | xlsx | json-stat',
  sourceMissing: 'bring it in with `ehalsa import <file or URL> --mapping <this file>`, or correct the path',
  missingDimensions: (names: readonly string[]) => `add ${names.map((n) => `${n}: <code>`).join(', ')} under dimensions (a fixed code, or { column: … })`,
  notUtf8: 'save it as UTF-8, or say csv: { encoding: windows-1252 }',
  unclosedQuote: 'close the field with "; write a " inside a quoted field as ""',
  notANumber: (decimal: string, text: string) =>
    decimal === ',' && /^-?\d+\.\d+$/.test(text)
      ? 'the source writes a decimal point here: say decimal: "." (csv: or xlsx:)'
      : decimal === '.' && /^-?\d+,\d+$/.test(text)
        ? 'the source writes a decimal comma here: say decimal: "," (csv: or xlsx:)'
        : `if the source means "no value" by "${text}", say so: missing: { "${text}": not-available }`,
  empty: 'if the source leaves the cell empty on purpose, add missing: { "": not-available }',
  noCode: (dimension: string) => `add it under codes: { ${dimension}: { "<label>": <code> } }, or list it under skip`,
  matchesNothing: 'check rows.where, select and skip against the source',
  twoCells: 'give the target a dimension that tells the two apart, or skip one of them',
  unknownFlag: (flag: string) => `add flags: { ${flag}: "<note>" } to keep the value with a note, or missing: { "${flag}": not-available }`,
  conflict: 'if the source is right, delete the hand-entered value (or write missing: not-available) and import again; if the hand value is right, skip the source cell in the mapping',
  editedSinceImport: 'a value brought in by the import is changed in the source or the mapping, not in the dataset file; delete its origin lines to keep it as a hand-entered value',
  noteConflict: 'delete one of the two notes: the hand-written one, or the mapping\'s note',
  noSourceForNewFile: 'add source: "<the source as the report cites it>" to the mapping',
  sourceReplaced: 'a source file is kept as delivered: give the new delivery its own name in the mapping (file: …), or delete the old file first',
  stale: 'delete the observation, or bring the mapping back to it',
} as const;
