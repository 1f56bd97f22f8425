/**
 * Every diagnostic code ehalsa reports, listed once, with the stage whose exit code an error of it
 * decides (src/cli/exit.ts): a mistake in an input file is `input` (exit 3), a broken layout template
 * `render` (exit 4), a problem while printing `pdf` (exit 5). Code that filters diagnostics names
 * codes from here, never message text; test/diagnostics/codes.test.ts checks that every code used in
 * src is listed and every listed code is used.
 */

/** Which stage's exit code an error of the code decides. */
export type CodeStage = 'input' | 'render' | 'pdf';

/** The stages whose files are checked against a JSON Schema: the first part of their schema codes. */
export const SCHEMA_PREFIXES = ['registry', 'dataset', 'plausibility', 'mapping', 'edition', 'figures', 'facts'] as const;

/** The kinds of schema mistake (src/schema/messages.ts words each): the last part of a schema code. */
export const SCHEMA_KINDS = ['unknown-key', 'missing-key', 'wrong-type', 'invalid-value', 'invalid-name', 'invalid'] as const;

/** The edition's YAML files that may be empty by mistake (`edition/empty`, …). */
const EMPTY_FILE_PREFIXES = ['edition', 'figures', 'facts'] as const;

/** The codes written out in the sources, by the input or stage they are about. */
const LISTED = {
  /** YAML syntax, any input file */
  yaml: ['alias', 'duplicate-key', 'syntax', 'too-deep', 'version'],
  /** the input folders: what may stand where, readable text files */
  file: ['link', 'misplaced', 'more-problems', 'not-a-folder', 'not-a-year', 'not-regular', 'not-utf8', 'too-large', 'unreadable'],
  /** indicators/*.yaml */
  registry: ['catalogue-mismatch', 'duplicate-id', 'duplicate-number', 'id-malomrade-mismatch', 'inriktningsmal-mismatch', 'invalid-pattern', 'malformed-id', 'misplaced-indicator', 'missing-file', 'missing-inriktningsmal', 'multiline-label', 'unknown-dimension', 'unknown-inriktningsmal', 'unknown-malomrade', 'values-and-pattern'],
  /** datasets/<year>/*.yaml */
  dataset: ['blank-source', 'conflict', 'dimension-form', 'duplicate', 'empty', 'file-name', 'negative-count', 'no-value', 'not-a-mapping', 'not-finite', 'origin-changed', 'origin-missing', 'same-in-another-form', 'share-out-of-range', 'stray-file', 'unknown-dimension', 'unknown-dimension-value', 'unknown-indicator', 'unprintable-value', 'value-and-missing', 'year-mismatch'],
  /** datasets/plausibility.yaml and the checks between years (warnings) */
  plausibility: ['break', 'outlier', 'repeated-table', 'share-jump', 'unknown-indicator'],
  /** datasets/mappings/*.yaml */
  mapping: ['empty', 'format', 'header-level', 'location', 'missing-dimension', 'no-sheet', 'no-value', 'not-a-mapping', 'pick', 'source-missing', 'transform', 'unknown-code', 'unknown-dimension', 'unknown-indicator', 'unused-codes', 'wrong-option'],
  /** `ehalsa import`: reading a source and merging it */
  import: ['ambiguous-column', 'conflict', 'csv-quote', 'dataset-invalid', 'empty-source', 'encoding', 'fetch', 'invalid-value', 'json-stat', 'matches-nothing', 'no-category', 'no-code', 'no-column', 'no-dimension', 'no-mapping', 'no-sheet', 'no-source', 'not-a-number', 'not-a-year', 'source-kept', 'stale', 'two-cells', 'unknown-flag', 'unplaced-dimension', 'url', 'xlsx'],
  /** templates/editions/<year>/edition.yaml and the placement of sections, figures and tables */
  edition: ['duplicate-section', 'figure-not-placed', 'impossible-date', 'missing', 'missing-section', 'table-not-placed', 'unknown-unrevised', 'unlisted-section', 'year-mismatch'],
  /** the fact definitions (facts/*.yaml) as computed */
  fact: ['bad-after', 'bad-param', 'missing-param', 'no-noun', 'tie', 'unknown-code', 'unknown-dimension', 'unknown-indicator', 'unknown-kind', 'unknown-param', 'year-after-report', 'year-without-data'],
  /** the claims of the hand-written text */
  claim: ['bad-condition', 'false', 'unknown'],
  /** the figure definitions (figures/*.yaml) and drawing them */
  figure: ['bad-option', 'no-years', 'overlapping-marks', 'unknown-dimension', 'unknown-dimension-value', 'unknown-indicator', 'unknown-option'],
  /** {{…}} citations in the section texts and captions */
  template: ['unknown-fact', 'error', 'syntax', 'unsupported'],
  /** the section texts as Markdown */
  text: ['duplicate-footnote', 'footnote-cycle', 'footnote-too-deep', 'heading-claim', 'image', 'link', 'numbered-under-unnumbered', 'private-character', 'quote-too-deep', 'skipped-heading-level', 'unclosed-comment', 'unknown-directive', 'unknown-footnote', 'unused-footnote'],
  /** templates/layout/ (Handlebars): a render-stage error */
  layout: ['error', 'syntax'],
  /** printing the PDF (warnings) */
  pdf: ['network-blocked', 'page-error'],
} as const;

const STAGE: Partial<Record<string, CodeStage>> = { layout: 'render', pdf: 'pdf' };

/** Every code: the listed ones, `<schema prefix>/<schema kind>` and `<edition file>/empty`. */
export const CODES: ReadonlyMap<string, CodeStage> = new Map<string, CodeStage>([
  ...Object.entries(LISTED).flatMap(([prefix, names]) => names.map((name): [string, CodeStage] => [`${prefix}/${name}`, STAGE[prefix] ?? 'input'])),
  ...SCHEMA_PREFIXES.flatMap((prefix) => SCHEMA_KINDS.map((kind): [string, CodeStage] => [`${prefix}/${kind}`, 'input'])),
  ...EMPTY_FILE_PREFIXES.map((prefix): [string, CodeStage] => [`${prefix}/empty`, 'input']),
]);

/** The codes written out in the sources (for the catalog's test). */
export const LISTED_CODES: readonly string[] = Object.entries(LISTED).flatMap(([prefix, names]) => names.map((name) => `${prefix}/${name}`));

/** The stage an error decides; a code not in the catalog counts as input (the test keeps there none). */
export function stageOfCode(code: string): CodeStage {
  return CODES.get(code) ?? 'input';
}

/** The stage a list of diagnostics decides: the first stage after input that one of its errors names, else input. */
export function stageOfErrors(diagnostics: readonly { severity: string; code: string }[]): CodeStage {
  const stages = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => stageOfCode(d.code)));
  return stages.has('input') || !stages.size ? 'input' : stages.has('render') ? 'render' : 'pdf';
}
