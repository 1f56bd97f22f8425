/** Every message the edition stage prints. */
export const editionMessages = {
  noEdition: (year: number) => `there are no edition texts for ${year} (templates/editions/${year}/edition.yaml)`,
  yearMismatch: (year: number, folder: number) => `edition year ${year} does not match the folder templates/editions/${folder}/`,
  missingSection: (file: string) => `section file "${file}" is listed but does not exist`,
  unlistedSection: (file: string) => `section file "${file}" is not listed in edition.yaml`,
  duplicateId: (kind: string, id: string, first: string) => `duplicate ${kind} id "${id}" (first at ${first})`,
  emptyFile: () => 'the file is empty',
} as const;

export const editionHints = {
  noEdition: (year: number) => `run \`ehalsa new-year ${year}\` to start the edition from the previous one`,
  missingSection: 'create the file under sections/ or remove it from the list',
  unlistedSection: 'add it to "sections" in edition.yaml, or delete it',
  duplicateId: (kind: string) => `rename or remove one of them: a ${kind} id is used once in the whole edition`,
} as const;
