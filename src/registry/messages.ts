/**
 * Every user-facing message of the registry stage, in one place. Each entry returns a diagnostic
 * without its location (the caller knows where); tests build their expectations from the same
 * functions instead of copying strings.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { units } from './spec.js';

export type Problem = Omit<Diagnostic, 'location'>;

export const registryCodes = {
  malformedId: 'registry/malformed-id',
  invalidName: 'registry/invalid-name',
  valuesAndPattern: 'registry/values-and-pattern',
  invalidPattern: 'registry/invalid-pattern',
  duplicateId: 'registry/duplicate-id',
  duplicateNumber: 'registry/duplicate-number',
  unknownMalomrade: 'registry/unknown-malomrade',
  unknownInriktningsmal: 'registry/unknown-inriktningsmal',
  unknownDimension: 'registry/unknown-dimension',
  idMalomradeMismatch: 'registry/id-malomrade-mismatch',
  missingInriktningsmal: 'registry/missing-inriktningsmal',
  inriktningsmalMismatch: 'registry/inriktningsmal-mismatch',
  catalogueMismatch: 'registry/catalogue-mismatch',
  misplacedIndicator: 'registry/misplaced-indicator',
  missingFile: 'registry/missing-file',
  multilineLabel: 'registry/multiline-label',
} as const;

const error = (code: string, message: string, hint?: string): Problem => ({
  severity: 'error',
  code,
  message,
  ...(hint === undefined ? {} : { hint }),
});

const ID_FORMS = 'IDs look like "2:3" (målområde:number), "INT:4" or "NY:1"';
const NAME_FORM = 'use lower-case letters a–z, digits and hyphens, e.g. "sarskilt-boende-aldre"';

/** Hints for a missing key, where something more useful than "add it" can be said (see schema-improvers.ts). */
const missingFieldHints: Record<string, string> = {
  malomrade: 'add "malomrade: N" (1–13), or "malomrade: null" for an international indicator',
  unit: `add "unit: …", one of ${units.join(', ')}`,
  values: 'a vocabulary needs "values:" (code: label, one per line) or, when codes cannot be listed, "pattern:"',
  uppfoljningsomraden: 'add "uppfoljningsomraden:" with the Uppföljningsområde as printed, or [] for an addition',
};

export const registryMessages = {
  malformedId: (id: string, suggestion: string | undefined): Problem =>
    error(
      registryCodes.malformedId,
      `malformed indicator ID "${id}"`,
      suggestion !== undefined ? `write it as "${suggestion}"; ${ID_FORMS}` : ID_FORMS,
    ),

  invalidName: (kind: 'dimension name' | 'value code', name: string): Problem =>
    error(
      registryCodes.invalidName,
      `invalid ${kind} "${name}"`,
      kind === 'value code' ? `${NAME_FORM}; not only digits` : NAME_FORM,
    ),

  valuesAndPattern: (dimension: string): Problem =>
    error(
      registryCodes.valuesAndPattern,
      `dimension "${dimension}" has both "values" and "pattern"`,
      'keep one: list the values, or give a pattern when they cannot be listed',
    ),

  invalidPattern: (dimension: string, reason: string): Problem =>
    error(registryCodes.invalidPattern, `the pattern of dimension "${dimension}" is not a valid regular expression`, reason),

  duplicateId: (id: string, firstAt: string): Problem =>
    error(
      registryCodes.duplicateId,
      `indicator ID "${id}" is already defined at ${firstAt}`,
      'IDs must be unique across all files in indicators/; give this one a new ID or remove one of them',
    ),

  duplicateNumber: (kind: 'inriktningsmål' | 'målområde', n: number, firstAt: string): Problem =>
    error(registryCodes.duplicateNumber, `${kind} ${n} is already defined at ${firstAt}`, 'each number may appear once'),

  unknownMalomrade: (n: number, known: readonly number[]): Problem =>
    error(registryCodes.unknownMalomrade, `målområde ${n} does not exist`, `målområden in goals.yaml: ${rangeText(known)}`),

  unknownInriktningsmal: (n: number, known: readonly number[]): Problem =>
    error(
      registryCodes.unknownInriktningsmal,
      `inriktningsmål ${n} does not exist`,
      `inriktningsmål in goals.yaml: ${rangeText(known)}`,
    ),

  unknownDimension: (name: string, known: readonly string[]): Problem =>
    error(
      registryCodes.unknownDimension,
      `unknown shared dimension "${name}"`,
      didYouMean(name, known) ??
        `shared dimensions in dimensions.yaml: ${known.join(', ')}; or define the values inline with {label, values}`,
    ),

  idMalomradeMismatch: (id: string, idMalomrade: number, malomrade: number | null): Problem =>
    error(
      registryCodes.idMalomradeMismatch,
      `ID "${id}" belongs to målområde ${idMalomrade}, but "malomrade" is ${malomrade === null ? 'null' : malomrade}`,
      'the number before the colon is the målområde; make the two agree',
    ),

  internationalWithMalomrade: (id: string): Problem =>
    error(
      registryCodes.idMalomradeMismatch,
      `international indicator "${id}" cannot have a målområde`,
      'write "malomrade: null" and give the inriktningsmål in "inriktningsmal" and "inriktningsmal_text"',
    ),

  missingInriktningsmal: (id: string): Problem =>
    error(
      registryCodes.missingInriktningsmal,
      `indicator "${id}" has no målområde, so it needs "inriktningsmal"`,
      'add "inriktningsmal: [n, …]" with the numbers of goals.yaml, or [] when none applies',
    ),

  missingInriktningsmalText: (id: string): Problem =>
    error(
      registryCodes.missingInriktningsmal,
      `international indicator "${id}" needs "inriktningsmal_text"`,
      'copy the catalogue\'s text, e.g. "Ej relevant" or "Rätt information och kunskap; …"',
    ),

  inriktningsmalTextMismatch: (text: string, named: readonly number[], given: readonly number[]): Problem =>
    error(
      registryCodes.inriktningsmalMismatch,
      `"inriktningsmal_text" names inriktningsmål [${named.join(', ')}] but "inriktningsmal" is [${given.join(', ')}]`,
      `make the numbers match "${text}"`,
    ),

  unknownInriktningsmalName: (name: string, known: readonly string[]): Problem =>
    error(
      registryCodes.inriktningsmalMismatch,
      `"${name}" in "inriktningsmal_text" is not the name of an inriktningsmål`,
      didYouMean(name, known) ?? `inriktningsmål in goals.yaml: ${known.join('; ')}`,
    ),

  inriktningsmalNotOfMalomrade: (given: readonly number[], malomrade: number, derived: number): Problem =>
    error(
      registryCodes.inriktningsmalMismatch,
      `"inriktningsmal" [${given.join(', ')}] does not match målområde ${malomrade}, which belongs to inriktningsmål ${derived}`,
      'remove "inriktningsmal"; it follows from the målområde',
    ),

  additionWithoutCatalogue: (id: string): Problem =>
    error(
      registryCodes.catalogueMismatch,
      `"${id}" is an addition's ID, but "catalogue" is not "addition"`,
      'add "catalogue: addition"',
    ),

  catalogueIdMismatch: (id: string): Problem =>
    error(
      registryCodes.catalogueMismatch,
      `only NY:n IDs can have "catalogue: addition", not "${id}"`,
      'give the addition the next free NY:n ID in additions.yaml, or remove "catalogue: addition"',
    ),

  misplacedIndicator: (id: string, malomrade: number, expectedFile: string): Problem => ({
    severity: 'warning',
    code: registryCodes.misplacedIndicator,
    message: `indicator "${id}" of målområde ${malomrade} is in another målområde's file`,
    hint: `move it to ${expectedFile}`,
  }),

  multilineLabel: (what: string): Problem =>
    error(
      registryCodes.multilineLabel,
      `the label of "${what}" breaks across lines`,
      'write it on one line (a label prints in one table cell, legend entry or axis label); in YAML, ">-" folds lines into one',
    ),

  multilineName: (id: string): Problem =>
    error(registryCodes.multilineLabel, `the name of indicator "${id}" breaks across lines`, 'write it on one line; in YAML, ">-" folds lines into one'),

  missingFile: (name: string, what: string): Problem =>
    error(registryCodes.missingFile, `no ${name} among the registry files`, `indicators/${name} defines ${what}`),
};

export function missingFieldHint(field: string): string | undefined {
  return missingFieldHints[field];
}

/** [1, 2, 3, 5] → "1–3, 5" */
export function rangeText(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const n of [...sorted.slice(1), undefined]) {
    if (n !== undefined && prev !== undefined && n === prev + 1) {
      prev = n;
      continue;
    }
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.length ? parts.join(', ') : 'none';
}
