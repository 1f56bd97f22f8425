import { limitPerFile, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.js';
import { locate } from '../yaml/source.js';
import type { Dimension } from '../model/registry.js';
import { registryMessages, type Problem } from './messages.js';
import { hasLineBreak, normalizeDimension, type IndicatorEntry, type Located, type NormalizedGoals } from './normalize.js';

/**
 * Cross-file rules: each is a small function of the normalized files that returns what it found.
 * A rule that needs goals.yaml or dimensions.yaml stays silent when that file is missing (load.ts
 * reports the missing file once instead of every reference to it).
 */
export interface RuleContext {
  goals: NormalizedGoals | undefined;
  vocabularies: ReadonlyMap<string, Dimension> | undefined;
  /** Every indicator entry of every file, files in path order. */
  entries: readonly IndicatorEntry[];
}

export type RegistryRule = (ctx: RuleContext) => Diagnostic[];

export const registryRules: readonly RegistryRule[] = [
  checkGoalNumbers,
  checkMalomradeGoals,
  checkDuplicateIds,
  checkMalomrade,
  checkInriktningsmal,
  checkDimensionRefs,
  checkInlineDimensions,
  checkCatalogue,
  checkFilePlacement,
  checkOneLineNames,
];

export function applyRegistryRules(ctx: RuleContext): Diagnostic[] {
  return limitPerFile(registryRules.flatMap((rule) => rule(ctx)));
}

/** Each inriktningsmål and målområde number appears once. */
export function checkGoalNumbers({ goals }: RuleContext): Diagnostic[] {
  if (!goals) return [];
  return [
    ...findDuplicates(goals.inriktningsmal, (g) => g.number).map(([first, again]) =>
      report(again, ['number'], registryMessages.duplicateNumber('inriktningsmål', again.value.number, fileLine(first, ['number']))),
    ),
    ...findDuplicates(goals.malomraden, (m) => m.number).map(([first, again]) =>
      report(again, ['number'], registryMessages.duplicateNumber('målområde', again.value.number, fileLine(first, ['number']))),
    ),
  ];
}

/** Every målområde belongs to an inriktningsmål that exists. */
export function checkMalomradeGoals({ goals }: RuleContext): Diagnostic[] {
  if (!goals) return [];
  const known = goals.inriktningsmal.map((g) => g.value.number);
  return goals.malomraden
    .filter((m) => !known.includes(m.value.inriktningsmal))
    .map((m) => report(m, ['inriktningsmal'], registryMessages.unknownInriktningsmal(m.value.inriktningsmal, known)));
}

/** IDs are unique across all files; the second occurrence is reported, naming the first. */
export function checkDuplicateIds({ entries }: RuleContext): Diagnostic[] {
  return findDuplicates(entries, (e) => e.id).map(([first, again]) =>
    report(again, ['id'], registryMessages.duplicateId(again.value.id, fileLine(first, ['id']))),
  );
}

/** A national ID's prefix is its målområde, which must exist; international ones have none. */
export function checkMalomrade({ goals, entries }: RuleContext): Diagnostic[] {
  const known = goals?.malomraden.map((m) => m.value.number);
  return entries.flatMap((entry) => {
    const { id, malomrade } = entry.value;
    const prefix = id.split(':')[0] ?? '';
    const out: Diagnostic[] = [];
    if (/^\d+$/.test(prefix) && Number(prefix) !== malomrade) {
      out.push(report(entry, ['malomrade'], registryMessages.idMalomradeMismatch(id, Number(prefix), malomrade)));
    }
    if (prefix === 'INT' && malomrade !== null) {
      out.push(report(entry, ['malomrade'], registryMessages.internationalWithMalomrade(id)));
    }
    if (known && malomrade !== null && !known.includes(malomrade)) {
      out.push(report(entry, ['malomrade'], registryMessages.unknownMalomrade(malomrade, known)));
    }
    return out;
  });
}

/**
 * Without a målområde the inriktningsmål must be given; for international indicators also as the
 * catalogue prints it, and the printed names must match the numbers. With a målområde they follow
 * from it, so a given list must agree.
 */
export function checkInriktningsmal({ goals, entries }: RuleContext): Diagnostic[] {
  if (!goals) return [];
  const known = goals.inriktningsmal.map((g) => g.value.number);
  const numberByName = new Map(goals.inriktningsmal.map((g) => [normalizeName(g.value.name), g.value.number]));
  const goalOfMalomrade = new Map(goals.malomraden.map((m) => [m.value.number, m.value.inriktningsmal]));
  return entries.flatMap((entry) => {
    const { id, malomrade, inriktningsmal: given, inriktningsmal_text: text } = entry.value;
    const out: Diagnostic[] = [];
    given?.forEach((n, k) => {
      if (!known.includes(n)) out.push(report(entry, ['inriktningsmal', k], registryMessages.unknownInriktningsmal(n, known)));
    });
    const derived = malomrade === null ? undefined : goalOfMalomrade.get(malomrade);
    if (malomrade === null && given === undefined) out.push(report(entry, ['id'], registryMessages.missingInriktningsmal(id)));
    if (derived !== undefined && given !== undefined && !sameNumbers(given, [derived])) {
      out.push(report(entry, ['inriktningsmal'], registryMessages.inriktningsmalNotOfMalomrade(given, malomrade ?? 0, derived)));
    }
    if (id.startsWith('INT:') && text === undefined) {
      out.push(report(entry, ['id'], registryMessages.missingInriktningsmalText(id)));
    }
    if (text !== undefined) {
      const names = /^ej relevant$/i.test(text) ? [] : text.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
      const named: number[] = [];
      for (const name of names) {
        const n = numberByName.get(normalizeName(name));
        if (n === undefined) {
          const all = goals.inriktningsmal.map((g) => g.value.name);
          out.push(report(entry, ['inriktningsmal_text'], registryMessages.unknownInriktningsmalName(name, all)));
        } else named.push(n);
      }
      if (named.length === names.length && !sameNumbers(named, given ?? [])) {
        out.push(report(entry, ['inriktningsmal_text'], registryMessages.inriktningsmalTextMismatch(text, named, given ?? [])));
      }
    }
    return out;
  });
}

/** A dimension given by name refers to a vocabulary of dimensions.yaml. */
export function checkDimensionRefs({ vocabularies, entries }: RuleContext): Diagnostic[] {
  if (!vocabularies) return [];
  const known = [...vocabularies.keys()];
  return entries.flatMap((entry) =>
    Object.entries(entry.value.dimensions ?? {})
      .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && !vocabularies.has(pair[1]))
      .map(([name, ref]) => report(entry, ['dimensions', name], registryMessages.unknownDimension(ref, known))),
  );
}

/** Inline vocabularies get the checks shared ones get in normalize.ts (a pattern must compile). */
export function checkInlineDimensions({ entries }: RuleContext): Diagnostic[] {
  return entries.flatMap((entry) =>
    Object.entries(entry.value.dimensions ?? {}).flatMap(([name, ref]) =>
      typeof ref === 'string' ? [] : normalizeDimension(name, ref, entry.source, [...entry.path, 'dimensions', name]).diagnostics,
    ),
  );
}

/** NY:n IDs and `catalogue: addition` go together. */
export function checkCatalogue({ entries }: RuleContext): Diagnostic[] {
  return entries.flatMap((entry) => {
    const { id, catalogue } = entry.value;
    const isAdditionId = id.startsWith('NY:');
    if (isAdditionId && catalogue !== 'addition') return [report(entry, ['id'], registryMessages.additionWithoutCatalogue(id))];
    if (!isAdditionId && catalogue === 'addition') return [report(entry, ['catalogue'], registryMessages.catalogueIdMismatch(id))];
    return [];
  });
}

/** An indicator's name prints in captions, legends and tables: one line (labels: normalize.ts). */
export function checkOneLineNames({ entries }: RuleContext): Diagnostic[] {
  return entries.filter((e) => hasLineBreak(e.value.name)).map((e) => report(e, ['name'], registryMessages.multilineName(e.value.id)));
}

/** malomrade-NN.yaml holds målområde NN only (a warning: the registry is still correct). */
export function checkFilePlacement({ entries }: RuleContext): Diagnostic[] {
  return entries.flatMap((entry) => {
    const match = /(?:^|\/)malomrade-(\d+)\.yaml$/.exec(entry.source.file.path);
    const { id, malomrade } = entry.value;
    if (!match || malomrade === null || Number(match[1]) === malomrade) return [];
    return [report(entry, ['malomrade'], registryMessages.misplacedIndicator(id, malomrade, malomradeFileName(malomrade)))];
  });
}

export function malomradeFileName(n: number): string {
  return `malomrade-${String(n).padStart(2, '0')}.yaml`;
}

function report<T>(item: Located<T>, sub: (string | number)[], problem: Problem): Diagnostic {
  return { ...problem, location: where(item, sub) };
}

function where<T>(item: Located<T>, sub: (string | number)[]): SourceLocation {
  return locate(item.source, [...item.path, ...sub]);
}

function fileLine<T>(item: Located<T>, sub: (string | number)[]): string {
  const loc = where(item, sub);
  return `${loc.file}:${loc.line}`;
}

/** Pairs of (first occurrence, later occurrence) for every repeated key, in input order. */
function findDuplicates<T, K>(items: readonly Located<T>[], keyOf: (value: T) => K): [Located<T>, Located<T>][] {
  const first = new Map<K, Located<T>>();
  const out: [Located<T>, Located<T>][] = [];
  for (const item of items) {
    const key = keyOf(item.value);
    const earlier = first.get(key);
    if (earlier) out.push([earlier, item]);
    else first.set(key, item);
  }
  return out;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  return sa.length === sb.length && sa.every((n, i) => n === sb[i]);
}

function normalizeName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
