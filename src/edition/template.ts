import Handlebars from 'handlebars';
import { privateCharacters } from '../yaml/characters.js';
import { limitPerFile, type Diagnostic } from '../diagnostics/diagnostic.js';
import { explainParseError } from '../diagnostics/handlebars.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Fact } from '../model/fact.js';
import { mark } from './markers.js';

/** What a section or caption template may read: the report year and the edition's metadata. */
export interface ProseContext {
  year: number;
  previousYear: number;
  [key: string]: unknown;
}

export interface ProseLookups {
  facts: ReadonlyMap<string, Fact>;
  /** The edition's claims by id ({{claim "id"}} checks only that the claim exists; it prints nothing). */
  claims?: ReadonlySet<string>;
  /** Figure/table id → "Figur 6" / "Tabell 1". */
  refs: ReadonlyMap<string, string>;
}

/**
 * Fills a template of the edition texts. Handlebars runs strict: a missing value, an unknown helper
 * or an unknown fact is an error naming the file and line, never an empty string. Helpers only look
 * things up; every phrase was computed before (src/narrative).
 */
export function expandTemplate(
  text: string,
  file: string,
  context: ProseContext,
  lookups: ProseLookups,
): { text: string; diagnostics: Diagnostic[] } {
  // The engine's marks are private-use characters: one typed into a text would forge a fact.
  const private_ = privateCharacters({ path: file, text });
  if (private_.length) return { text: '', diagnostics: private_ };
  let program: hbs.AST.Program | null;
  try {
    program = Handlebars.parse(text);
  } catch {
    // Left to the compiler below, which says why.
    program = null;
  }
  if (program) {
    const problems = checkConstructs(program, file, context);
    if (problems.length) return { text: '', diagnostics: problems };
    // Nearly every text is plain {{…}} that expands without a problem: read it straight off the
    // parsed template, without compiling it to a function (most of a cold start's template time).
    const direct = interpret(program, context, lookups);
    if (typeof direct === 'string') return { text: direct, diagnostics: [] };
    if (direct !== null) return { text: '', diagnostics: [templateDiagnostic(new TemplateError(direct.failure[0], direct.failure[1], direct.loc, direct.failure[2]), file, text)] };
  }
  // Anything else, and every error, goes through Handlebars itself, whose messages the diagnostics
  // are made from.
  return expandWithHandlebars(text, file, context, lookups);
}

/** The template compiled and run by Handlebars: the reference the direct expansion must equal. */
export function expandWithHandlebars(
  text: string,
  file: string,
  context: ProseContext,
  lookups: ProseLookups,
): { text: string; diagnostics: Diagnostic[] } {
  const private_ = privateCharacters({ path: file, text });
  if (private_.length) return { text: '', diagnostics: private_ };
  try {
    const problems = checkConstructs(Handlebars.parse(text), file, context);
    if (problems.length) return { text: '', diagnostics: problems };
  } catch {
    // A syntax error: the compiler below says where.
  }
  const hb = Handlebars.create();
  // Only the project's helpers: Handlebars' own would print nothing ({{lookup}}) or write to stdout ({{log}}).
  for (const name of BUILTIN_HELPERS) hb.unregisterHelper(name);
  // Handlebars gives helpers the position of their {{ … }} (options.loc): the error points there.
  const fail = (options: unknown, [message, hint, code]: Failure): never => {
    throw new TemplateError(message, hint, (options as { loc?: TemplateLoc } | undefined)?.loc, code);
  };
  hb.registerHelper('fact', (id: unknown, ...rest: unknown[]) => {
    const options = rest[rest.length - 1];
    const result = factText(lookups, id, rest.length > 1 ? rest[0] : undefined);
    return typeof result === 'string' ? result : fail(options, result);
  });
  hb.registerHelper('claim', (id: unknown, options: unknown) => {
    const result = claimText(lookups, id);
    return typeof result === 'string' ? result : fail(options, result);
  });
  hb.registerHelper('ref', (id: unknown, options: unknown) => {
    const result = refText(lookups, id);
    return typeof result === 'string' ? result : fail(options, result);
  });
  try {
    const template = hb.compile(text, {
      strict: true,
      noEscape: true,
      knownHelpers: { ...Object.fromEntries(BUILTIN_HELPERS.map((name) => [name, false])), ...Object.fromEntries(HELPERS.map((name) => [name, true])) },
      knownHelpersOnly: true,
    });
    // Numbers as text: Handlebars adds two numbers that stand side by side ({{year}}{{previousYear}}).
    // Only its own names: {{toString}} is an undefined value (an error), not an empty string.
    const asText = new Proxy(
      Object.fromEntries(Object.entries(context).map(([key, value]) => [key, typeof value === 'number' ? String(value) : value])),
      { has: (target, key) => Object.prototype.hasOwnProperty.call(target, key) },
    );
    return { text: template(asText), diagnostics: [] };
  } catch (err) {
    return { text: '', diagnostics: [templateDiagnostic(err, file, text)] };
  }
}

/** What went wrong in a helper: the message and a hint. */
type Failure = [message: string, hint: string | undefined, code?: { code: string; subject: string }];

/** {{fact "id"}} or {{fact "id" "part"}}: the fact's text (or one part of it), marked for the renderers. */
function factText(lookups: ProseLookups, id: unknown, part: unknown): string | Failure {
  const fact = lookups.facts.get(String(id));
  if (!fact) return [`unknown fact "${String(id)}"`, didYouMean(String(id), lookups.facts.keys()) ?? 'define it in facts/*.yaml of this edition', { code: 'template/unknown-fact', subject: String(id) }];
  if (fact.missing.length) {
    // What stays true of a fact with a gap (the years asked for, a known start) prints; the rest is the marker.
    // The whole fact may say what is known before the gap ("har ökat … till 44 procent år 2020 [uppgift
    // saknas: … 2021]"); a part that is not known prints only the marker.
    if (part === undefined) return mark('missing', fact.id, fact.text);
    const known = fact.parts[String(part)];
    return known === undefined ? mark('missing', fact.id, fact.missing.map((m) => `[${m}]`).join(' ')) : mark('fact', fact.id, known);
  }
  if (part === undefined) return mark('fact', fact.id, fact.text);
  const value = fact.parts[String(part)];
  if (value === undefined) {
    // The capitalized twins of the forms (Perfect, Past, …) go without saying.
    const parts = Object.keys(fact.parts).filter((p) => p === 'Text' || p.charAt(0) === p.charAt(0).toLowerCase());
    return [`fact "${fact.id}" has no part "${String(part)}"`, `${didYouMean(String(part), parts) ?? ''} parts of ${fact.kind}: ${parts.join(', ')}`.trim()];
  }
  return mark('fact', fact.id, value);
}

/** {{claim "id"}}: nothing to print, only where the sentence's claim stands. */
function claimText(lookups: ProseLookups, id: unknown): string | Failure {
  const claims = lookups.claims ?? new Set<string>();
  if (claims.has(String(id))) return mark('claim', String(id), '');
  return [`unknown claim "${String(id)}"`, didYouMean(String(id), claims) ?? 'define it under claims: in facts/*.yaml of this edition'];
}

/** {{ref "id"}}: "Figur 6" or "Tabell 1". */
function refText(lookups: ProseLookups, id: unknown): string | Failure {
  const label = lookups.refs.get(String(id));
  if (label) return mark('ref', String(id), label);
  return [`unknown figure or table "${String(id)}"`, didYouMean(String(id), lookups.refs.keys()) ?? 'place it with @figure/@table and define it in figures/*.yaml'];
}

/**
 * The parsed template expanded directly, exactly as the compiled one would (strict, unescaped),
 * when it holds only text, comments, {{name}} of a string or number in the context, and
 * {{fact …}}/{{ref …}} with literal arguments. The first helper that fails is returned as Handlebars
 * would throw it (without compiling a long text full of mistakes); null for anything else.
 */
function interpret(program: hbs.AST.Program, context: ProseContext, lookups: ProseLookups): string | { failure: Failure; loc: TemplateLoc } | null {
  let out = '';
  let failed: { failure: Failure; loc: TemplateLoc } | null = null;
  for (const node of program.body) {
    if (node.type === 'ContentStatement') out += (node as hbs.AST.ContentStatement).value;
    else if (node.type === 'CommentStatement') continue;
    else if (node.type === 'MustacheStatement') {
      const value = mustache(node as hbs.AST.MustacheStatement, context, lookups);
      if (value === null) return null;
      // Read on after a failure: a construct only Handlebars reads, later in the text, may fail first
      // (when it compiles).
      if (typeof value !== 'string') failed ??= { failure: value, loc: node.loc };
      else out += value;
    } else return null;
  }
  return failed ?? out;
}

function mustache(node: hbs.AST.MustacheStatement, context: ProseContext, lookups: ProseLookups): string | Failure | null {
  const path = node.path as hbs.AST.PathExpression;
  if (path.type !== 'PathExpression' || path.data || path.depth !== 0 || path.parts.length !== 1 || node.hash) return null;
  const name = path.parts[0]!;
  const args: Array<string | number> = [];
  for (const param of node.params) {
    if (param.type !== 'StringLiteral' && param.type !== 'NumberLiteral') return null;
    args.push((param as hbs.AST.StringLiteral | hbs.AST.NumberLiteral).value);
  }
  if (name === 'fact') return args.length === 1 || args.length === 2 ? factText(lookups, args[0], args[1]) : null;
  if (name === 'ref') return args.length === 1 ? refText(lookups, args[0]) : null;
  if (name === 'claim') return args.length === 1 ? claimText(lookups, args[0]) : null;
  if (args.length || !Object.prototype.hasOwnProperty.call(context, name)) return null;
  const value = context[name];
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : null;
}

/** The edition texts' helpers (src/edition/template.ts registers each). */
export const HELPERS = ['fact', 'ref', 'claim'] as const;

/** Handlebars' own helpers, none of which the texts may use. */
const BUILTIN_HELPERS = ['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup'] as const;

const CONSTRUCT_HINT = 'write the text out; numbers come from {{fact "id"}}, figure numbers from {{ref "id"}}, the year from {{year}}, conditions from {{claim "id"}}';

/**
 * The texts use plain {{…}} only: the project's helpers and names of the context that hold text or a
 * number. Handlebars' blocks ({{#if}}, {{#each}}) would pass a missing value silently even in strict
 * mode, its own helpers print nothing ({{lookup}}) or write to stdout ({{log}}), partials ({{> x}}) do
 * not exist here, and {{this}}, {{@root}} or {{../x}} reach past the names the texts may read: each is
 * reported at its place, as is a name the context lacks (without compiling the template).
 */
function checkConstructs(program: hbs.AST.Program, file: string, context: ProseContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (loc: hbs.AST.SourceLocation) => ({ file, line: loc.start.line, column: loc.start.column + 1 });
  const unsupported = (loc: hbs.AST.SourceLocation, what: string) =>
    out.push({ severity: 'error', code: 'template/unsupported', message: `${what} cannot be used in the edition texts`, location: at(loc), hint: CONSTRUCT_HINT });
  const expression = (node: hbs.AST.Expression): void => {
    if (node.type === 'SubExpression') return call(node as hbs.AST.SubExpression);
    if (node.type !== 'PathExpression') return;
    const path = node as hbs.AST.PathExpression;
    if (path.data || path.depth > 0 || /^(this\b|\.)/.test(path.original)) unsupported(path.loc, `{{${path.original}}}`);
  };
  const call = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression): void => {
    const path = node.path as hbs.AST.PathExpression;
    node.params.forEach(expression);
    node.hash?.pairs.forEach((pair) => expression(pair.value));
    if (path.type !== 'PathExpression') return;
    const head = path.parts[0] ?? '';
    if ((BUILTIN_HELPERS as readonly string[]).includes(head) && !path.data && path.parts.length === 1) {
      return void unsupported(node.loc, `the Handlebars helper {{${head}}}`);
    }
    expression(path);
    const plain = !path.data && path.depth === 0 && !/^(this\b|\.)/.test(path.original);
    if (!plain || node.params.length || node.hash || (HELPERS as readonly string[]).includes(head)) return;
    // A name to print: every part an own property, and what it names text or a number.
    let value: unknown = context;
    for (const part of path.parts) {
      value = value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, part) ? (value as Record<string, unknown>)[part] : NOT_DEFINED;
      if (value === NOT_DEFINED) break;
    }
    if (value === NOT_DEFINED) {
      out.push({ severity: 'error', code: 'template/error', message: `template value "${path.original}" is not defined`, location: at(path.loc), hint: VALUE_HINT });
    } else if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      out.push({ severity: 'error', code: 'template/error', message: `template value "${path.original}" is not text or a number`, location: at(path.loc), hint: VALUE_HINT });
    }
  };
  for (const node of program.body) {
    const n = node as hbs.AST.Statement & { path?: { original?: unknown }; name?: { original?: unknown } };
    const name = String(n.path?.original ?? n.name?.original ?? '');
    if (node.type === 'BlockStatement' || node.type === 'DecoratorBlock') unsupported(node.loc, `the block {{#${name}}}`);
    else if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') unsupported(node.loc, `the partial {{> ${name}}}`);
    else if (node.type === 'Decorator') unsupported(node.loc, `the decorator {{* ${name}}}`);
    else if (node.type === 'MustacheStatement') call(node as hbs.AST.MustacheStatement);
  }
  return limitPerFile(out);
}

const NOT_DEFINED = Symbol('not defined');
const VALUE_HINT = 'templates can read {{year}}, {{previousYear}} and the edition fields; numbers come from {{fact "id"}}';

interface TemplateLoc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

class TemplateError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly loc?: TemplateLoc,
    /** A code more precise than `template/error`, and what it is about (an unknown fact and its id). */
    readonly code?: { code: string; subject: string },
  ) {
    super(message);
  }
}

/** Handlebars reports "Parse error on line 3:" or "… - 3:5"; turn either into file:line:column. */
function templateDiagnostic(err: unknown, file: string, text: string): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  const syntax = explainParseError(message, text);
  if (syntax) {
    return { severity: 'error', code: 'template/syntax', message: syntax.message, location: { file, line: syntax.line, column: syntax.column }, hint: syntax.hint };
  }
  let line = 1;
  let column = 1;
  const parse = /Parse error on line (\d+)/.exec(message);
  const strict = / - (\d+):(\d+)$/.exec(message);
  if (parse) line = Number(parse[1]);
  else if (strict) {
    line = Number(strict[1]);
    column = Number(strict[2]) + 1;
  } else if (err instanceof TemplateError && err.loc) {
    const { start, end } = err.loc;
    return {
      severity: 'error',
      code: err.code?.code ?? 'template/error',
      ...(err.code ? { subject: err.code.subject } : {}),
      message: err.message,
      location: { file, line: start.line, column: start.column + 1, ...(end.line === start.line ? { endLine: end.line, endColumn: end.column + 1 } : {}) },
      ...(err.hint ? { hint: err.hint } : {}),
    };
  } else if (err instanceof TemplateError) {
    // Without a position (not expected): point at the first use of the failing name.
    const name = /"([^"]+)"/.exec(message)?.[1];
    const idx = name ? text.indexOf(`"${name}"`) : -1;
    if (idx >= 0) {
      const before = text.slice(0, idx).split('\n');
      line = before.length;
      column = before[before.length - 1]!.length + 1;
    }
  }
  const first = message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  const missingVar = /^"([^"]+)" not defined in/.exec(first);
  const unknownHelper = /You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(message);
  const text1 = missingVar
    ? `template value "${missingVar[1]}" is not defined`
    : unknownHelper
      ? `unknown template helper "${unknownHelper[1]}"`
      : first;
  const hint =
    err instanceof TemplateError
      ? err.hint
      : missingVar
        ? VALUE_HINT
        : unknownHelper
          ? `the helpers are ${HELPERS.slice(0, -1).join(', ')} and ${HELPERS[HELPERS.length - 1]}`
          : 'check the {{ }} syntax';
  return {
    severity: 'error',
    code: (err instanceof TemplateError ? err.code?.code : undefined) ?? 'template/error',
    ...(err instanceof TemplateError && err.code ? { subject: err.code.subject } : {}),
    message: text1,
    location: { file, line, column },
    ...(hint ? { hint } : {}),
  };
}
