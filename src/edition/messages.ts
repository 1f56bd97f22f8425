/** Every message the edition stage prints. */
export const editionMessages = {
  noEdition: (year: number) => `there are no edition texts for ${year} (templates/editions/${year}/edition.yaml)`,
  yearMismatch: (year: number, folder: number) => `edition year ${year} does not match the folder templates/editions/${folder}/`,
  missingSection: (file: string) => `section file "${file}" is listed but does not exist`,
  unlistedSection: (file: string) => `section file "${file}" is not listed in edition.yaml`,
  duplicateId: (kind: string, id: string, first: string) => `duplicate ${kind} id "${id}" (first at ${first})`,
  emptyFile: () => 'the file is empty',
  impossibleDate: (date: string, why: string) => `the date ${date} does not exist: ${why}`,
  duplicateSection: (name: string, first: number) =>
    name === 'toc' ? `the table of contents (toc) is listed twice (first as item ${first})` : `section file "${name}" is listed twice (first as item ${first})`,
  unknownUnrevised: (name: string) => `"unrevised" names "${name}", which is not among the sections`,
} as const;

export const editionHints = {
  /** `years`: the editions that exist. new-year starts an edition from an earlier one, so it is offered only where there is one. */
  noEdition: (year: number, years: readonly number[]) => {
    const earlier = years.filter((y) => y < year).pop();
    if (earlier !== undefined) return `run \`ehalsa new-year ${year}\` to start the edition from the ${earlier} edition`;
    if (!years.length) return 'an edition starts from templates/editions/<year>/edition.yaml (see templates/editions/README.md)';
    const last = years[years.length - 1]!;
    return `editions exist for ${years.join(', ')}, none earlier than ${year} to start it from: build one of those, e.g. \`ehalsa report --year ${last}\``;
  },
  missingSection: 'create the file under sections/ or remove it from the list',
  unlistedSection: 'add it to "sections" in edition.yaml, or delete it',
  duplicateId: (kind: string) => `rename or remove one of them: a ${kind} id is used once in the whole edition`,
  impossibleDate: 'write the publication date as YYYY-MM-DD, a day that exists',
  duplicateSection: 'list each section once: a second listing would print its chapter twice, with the same ids',
  unknownUnrevised: 'list the section files that are not yet revised, as "sections" names them, or remove the entry',
} as const;
