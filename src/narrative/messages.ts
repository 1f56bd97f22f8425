/** Every message the facts stage prints, in one place; tests compare against these functions. */
export const factMessages = {
  unknownKind: (id: string, kind: string) => `fact "${id}" has unknown kind "${kind}"`,
  unknownParam: (id: string, kind: string, name: string) => `fact "${id}" (${kind}) has no parameter "${name}"`,
  missingParam: (id: string, name: string) => `fact "${id}" needs the parameter "${name}"`,
  badParam: (id: string, name: string, expected: string, got: unknown) =>
    `fact "${id}": "${name}" must be ${expected}, not ${JSON.stringify(got)}`,
  unknownIndicator: (id: string, indicator: unknown) => `fact "${id}" names unknown indicator ${JSON.stringify(indicator)}`,
  unknownDimension: (id: string, indicator: string, name: string) => `fact "${id}": indicator ${indicator} has no dimension "${name}"`,
  unknownCode: (id: string, dimension: string, code: string) => `fact "${id}": unknown ${dimension} "${code}"`,
  dimensionFixed: (id: string, dimension: string) =>
    `fact "${id}": "${dimension}" is both the dimension to go through and fixed in "where"`,
  yearAfterReport: (id: string, year: number, reportYear: number) =>
    `fact "${id}" asks for ${year}, after the report year ${reportYear}`,
  yearWithoutData: (id: string, indicator: string, year: number) =>
    `fact "${id}" asks for ${year}, but datasets/ has no observation of ${indicator} for that year`,
  spanBackwards: (id: string, from: number, to: number) => `fact "${id}": "from" (${from}) must come before "to" (${to})`,
  tooFewItems: (id: string) => `fact "${id}": a pair needs at least two items`,
  noNoun: (id: string, dimension: string) => `fact "${id}": no Swedish noun is known for counting "${dimension}"`,
  equalsCode: (id: string, code: string) => `fact "${id}": "${code}" is not a code of another dimension of the indicator`,
  tiedRank: (id: string, member: string, others: string) => `fact "${id}": ${member} shares its place with ${others} (equal values)`,
  afterItself: (id: string) => `fact "${id}": "after" names the fact itself`,
  unknownAfter: (id: string, after: string) => `fact "${id}": "after" names unknown fact "${after}"`,
  afterNoChange: (id: string, kind: string) => `fact "${id}" (${kind}) words no change, so it cannot follow another fact's verb`,
  afterNotShort: (id: string) => `fact "${id}": a fact with "after" borrows the other fact's verb, so its own form must be short`,
  afterNoVerb: (id: string, after: string) => `fact "${id}": "after" names "${after}", which is not worded with a verb (form perfect, past or supine)`,
  tieAtCut: (id: string, members: string) =>
    `fact "${id}": the list ends inside a tie (${members}); who is listed follows the source's order`,
} as const;

export const factHints = {
  knownKinds: (kinds: readonly string[]) => `known kinds: ${kinds.join(', ')}`,
  knownParams: (kind: string, names: readonly string[]) => `parameters of ${kind}: ${names.join(', ')}`,
  knownDimensions: (names: readonly string[]) =>
    names.length ? `dimensions: ${names.join(', ')}` : 'the indicator has no dimensions',
  knownCodes: (codes: readonly string[]) => `known codes: ${codes.join(', ')}`,
  pattern: (pattern: string) => `codes have the form ${pattern}`,
  indicators: 'list the registry with `ehalsa indicators`',
  dataYears: (years: readonly number[]) =>
    years.length ? `years with data for the indicator: ${years.join(', ')}` : 'the indicator has no data yet',
  nouns: (names: readonly string[]) => `countable dimensions: ${names.join(', ')}`,
  tieBreak: 'the 2020 edition breaks such ties by footnote 58 (significance against the nation, then the share negative); enter that data or reword',
} as const;
