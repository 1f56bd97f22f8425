/**
 * The JSON Schemas are the source of truth for what an input file may hold; the TypeScript types of
 * the files as written (src/registry/spec.ts, src/datasets/parse.ts, src/edition/spec.ts) must say the
 * same. This test generates TypeScript from each schema (json-schema-to-typescript, which knows nothing
 * of the hand-written types), then has tsc check, type by type, that the generated and the written type
 * agree: each assignable to the other (the same required keys and value types), and again with every
 * key made required at every depth (the same optional keys too). A key added to a schema and not to its
 * type, a type narrowed in one of them, or an enum value left out fails here.
 *
 * The last pairs are deliberate mismatches (a schema with one more key, and one with a key's type
 * changed): the test asserts that tsc rejects exactly those, so the check is known to be able to fail.
 */
import { describe, expect, it } from '@jest/globals';
import { compile } from 'json-schema-to-typescript';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../support/cli.js';

interface Schema {
  [key: string]: unknown;
}

/** A generated module: the schema's file, and the changes of a deliberate mismatch. */
interface Generated {
  module: string;
  schema: string;
  alter?: (schema: Schema) => void;
}

const GENERATED: Generated[] = [
  { module: 'goals', schema: 'src/registry/goals.schema.json' },
  { module: 'dimensions', schema: 'src/registry/dimensions.schema.json' },
  { module: 'indicators', schema: 'src/registry/indicators.schema.json' },
  { module: 'dataset', schema: 'src/datasets/dataset.schema.json' },
  { module: 'edition', schema: 'src/edition/edition.schema.json' },
  { module: 'facts', schema: 'src/edition/facts.schema.json' },
  { module: 'figures', schema: 'src/edition/figures.schema.json' },
  {
    module: 'editionWithIsbn',
    schema: 'src/edition/edition.schema.json',
    alter: (s) => void ((s['properties'] as Schema)['isbn'] = { type: 'string' }),
  },
  {
    module: 'captionWithNumericSource',
    schema: 'src/edition/figures.schema.json',
    alter: (s) => void ((((s['definitions'] as Schema)['caption'] as Schema)['properties'] as Schema)['source'] = { type: 'number' }),
  },
];

/** [name, the written type (module.Type), the generated type (module.Type)] */
const PAIRS: [string, string, string][] = [
  ['goals.yaml', 'registry.GoalsSpec', 'goals.Root'],
  ['goals.yaml: inriktningsmål', 'registry.InriktningsmalSpec', 'goals.Inriktningsmal'],
  ['goals.yaml: målområde', 'registry.MalomradeSpec', 'goals.Malomrade'],
  ['dimensions.yaml', 'registry.DimensionsSpec', 'dimensions.Root'],
  ['dimensions.yaml: a dimension', 'registry.DimensionSpec', 'dimensions.Dimension'],
  ['indicators/*.yaml', 'registry.IndicatorFileSpec', 'indicators.Root'],
  ['indicators/*.yaml: an indicator', 'registry.IndicatorSpec', 'indicators.Indicator'],
  ['indicators/*.yaml: a dimension reference', 'registry.DimensionRefSpec', 'indicators.DimensionRef'],
  ['datasets/<year>/*.yaml', 'datasets.DatasetFileSpec', 'dataset.Root'],
  ['datasets/<year>/*.yaml: an observation', 'datasets.ObservationSpec', 'dataset.Observation'],
  ['datasets/<year>/*.yaml: an origin', 'observation.Origin', 'dataset.Origin'],
  ['edition.yaml', 'editionSpec.EditionSpec', 'edition.Root'],
  ['facts/*.yaml', 'editionSpec.FactsFileSpec', 'facts.Root'],
  ['figures/*.yaml', 'editionSpec.FiguresSpec', 'figures.Root'],
  ['figures/*.yaml: a figure', 'editionSpec.FigureSpec', 'figures.Figure'],
  ['figures/*.yaml: a table', 'editionSpec.TableSpec', 'figures.Table'],
  ['figures/*.yaml: a caption', 'editionSpec.CaptionSpec', 'figures.Caption'],
  ['figures/*.yaml: a selection', 'editionSpec.SelectionSpec', 'figures.Selection'],
  ['figures/*.yaml: years', 'editionSpec.YearsSpec', 'figures.Years'],
];

const MISMATCHES: [string, string, string][] = [
  ['deliberate mismatch: a key only the schema has', 'editionSpec.EditionSpec', 'editionWithIsbn.Root'],
  ['deliberate mismatch: a key of another type', 'editionSpec.CaptionSpec', 'captionWithNumericSource.Caption'],
];

/** The hand-written modules, by the name the check gives them. */
const WRITTEN: Record<string, string> = {
  registry: 'src/registry/spec.ts',
  datasets: 'src/datasets/parse.ts',
  editionSpec: 'src/edition/spec.ts',
  observation: 'src/model/observation.ts',
};

/**
 * What the generator cannot read, said in the form it can, with the same meaning for the type:
 * `if: {type: …}, then: A, else: B` is A or B; an anyOf of `required` alone (facts.schema.json: facts
 * or claims) constrains which keys are present, not their types. The root is named Root.
 */
function forGenerator(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forGenerator);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) out[k] = forGenerator(v);
  if ('if' in out && 'then' in out && 'else' in out && !('properties' in out)) {
    const { if: _if, then, else: otherwise, ...rest } = out;
    return { ...rest, anyOf: [then, otherwise] };
  }
  if (Array.isArray(out['anyOf']) && out['anyOf'].every((a) => a !== null && typeof a === 'object' && Object.keys(a).join() === 'required')) delete out['anyOf'];
  return out;
}

async function generate(g: Generated): Promise<string> {
  const schema = forGenerator(JSON.parse(readFileSync(join(projectRoot, g.schema), 'utf8'))) as Schema;
  delete schema['title'];
  delete schema['$id'];
  g.alter?.(schema);
  return compile(schema as never, 'Root', {
    bannerComment: '',
    format: false,
    cwd: join(projectRoot, g.schema, '..'),
    declareExternallyReferenced: true,
    strictIndexSignatures: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: false,
  });
}

function checkSource(pairs: readonly [string, string, string][]): string {
  const imports = [
    ...Object.entries(WRITTEN).map(([name, path]) => `import type * as ${name} from ${JSON.stringify(join(projectRoot, path).replace(/\.ts$/, '.js'))};`),
    ...GENERATED.map((g) => `import type * as ${g.module} from './${g.module}.js';`),
  ];
  return [
    ...imports,
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type AllKeys<T> = T extends readonly (infer E)[] ? AllKeys<E>[] : T extends object ? { [K in keyof T]-?: AllKeys<T[K]> } : T;',
    'type Agree<A, B> = Same<A, B> extends true ? Same<AllKeys<A>, AllKeys<B>> : false;',
    // one line per pair, so a tsc error names its pair by its line
    ...pairs.map(([, written, generated], i) => `export const pair${i}: Agree<${written}, ${generated}> = true;`),
  ].join('\n');
}

/** The pairs tsc rejects, and its messages about anything else. */
function compileCheck(dir: string, pairs: readonly [string, string, string][]): { failing: string[]; other: string[] } {
  const file = join(dir, 'check.ts');
  writeFileSync(file, checkSource(pairs));
  const config = ts.readConfigFile(join(projectRoot, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, projectRoot);
  // Without the DOM library, which the files the check reaches do not need: much faster.
  const program = ts.createProgram([file], { ...options, lib: ['lib.es2023.d.ts'], types: ['node'], noEmit: true, rootDir: undefined });
  const first = checkSource([]).split('\n').length; // the line of pair0, 0-based
  const failing: string[] = [];
  const other: string[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const pair = d.file?.fileName === file ? pairs[line - first] : undefined;
    if (pair) failing.push(pair[0]);
    else other.push(`${d.file?.fileName ?? ''}:${line + 1}: ${text}`);
  }
  return { failing, other };
}

describe('the types of the files as written agree with their JSON Schemas', () => {
  it(
    'every written type and the type generated from its schema agree; the deliberate mismatches do not',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ehalsa-schema-types-'));
      try {
        writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
        for (const g of GENERATED) writeFileSync(join(dir, `${g.module}.ts`), await generate(g));
        const { failing, other } = compileCheck(dir, [...PAIRS, ...MISMATCHES]);
        expect(other).toEqual([]);
        expect(failing).toEqual(MISMATCHES.map(([name]) => name));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
