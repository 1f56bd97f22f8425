/**
 * The registry stage: indicators/*.yaml → Registry.
 *
 *   SourceFile[] ──parseRegistryFile──▶ ParsedRegistryFile[]   YAML syntax + JSON Schema, per file
 *                ──normalize*─────────▶ goals, vocabularies,   per file, positions kept
 *                                       IndicatorEntry[]
 *                ──applyRegistryRules─▶ Diagnostic[]           across files (IDs, målområden, dimensions)
 *                ──buildRegistry──────▶ Registry               references resolved, catalogue order
 *
 * Pure: the caller reads the files (with project-relative paths such as indicators/goals.yaml) and
 * passes them in. Every problem becomes a diagnostic; bad input never throws.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../yaml/source.js';
import type { Dimension, Registry } from '../model/registry.js';
import { buildRegistry } from './build.js';
import { registryMessages } from './messages.js';
import { normalizeDimensions, normalizeGoals, normalizeIndicatorFile, type NormalizedGoals } from './normalize.js';
import { parseRegistryFile, type ParsedRegistryFile } from './parse.js';
import { applyRegistryRules } from './rules.js';
import { compileRegistrySchemas } from './schemas.js';

export function loadRegistry(files: readonly SourceFile[]): { registry: Registry; diagnostics: Diagnostic[] } {
  // 1. Parse and schema-validate each file, in path order so "first defined" is stable.
  const validators = compileRegistrySchemas();
  const parsed = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => parseRegistryFile(f, validators));
  const diagnostics = parsed.flatMap((p) => p.diagnostics);

  // 2. Normalize each file on its own.
  const goalsFile = firstOfKind(parsed, 'goals');
  const dimensionsFile = firstOfKind(parsed, 'dimensions');
  const goals: NormalizedGoals | undefined = goalsFile && normalizeGoals(goalsFile);
  const shared = dimensionsFile && normalizeDimensions(dimensionsFile);
  const vocabularies: ReadonlyMap<string, Dimension> | undefined = shared?.vocabularies;
  diagnostics.push(...(shared?.diagnostics ?? []));
  const entries = parsed.filter((p) => p.kind === 'indicators').flatMap(normalizeIndicatorFile);
  if (!goalsFile) diagnostics.push(registryMessages.missingFile('goals.yaml', 'the inriktningsmål and målområden'));
  if (!dimensionsFile) diagnostics.push(registryMessages.missingFile('dimensions.yaml', 'the shared dimensions'));

  // 3. Rules across files.
  diagnostics.push(...applyRegistryRules({ goals, vocabularies, entries }));

  // 4. Resolve into the Registry.
  const registry = buildRegistry(goals ?? { inriktningsmal: [], malomraden: [] }, vocabularies ?? new Map(), entries);
  return { registry, diagnostics: sortDiagnostics(diagnostics) };
}

function firstOfKind(parsed: readonly ParsedRegistryFile[], kind: ParsedRegistryFile['kind']): ParsedRegistryFile | undefined {
  return parsed.find((p) => p.kind === kind);
}
