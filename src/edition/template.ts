import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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
  const hb = Handlebars.create();
  // Handlebars gives helpers the position of their {{ … }} (options.loc): the error points there.
  const fail = (options: unknown, message: string, hint?: string): never => {
    throw new TemplateError(message, hint, (options as { loc?: TemplateLoc } | undefined)?.loc);
  };
  hb.registerHelper('fact', (id: unknown, ...rest: unknown[]) => {
    const part = rest.length > 1 ? rest[0] : undefined;
    const options = rest[rest.length - 1];
    const fact = lookups.facts.get(String(id));
    if (!fact) return fail(options, `unknown fact "${String(id)}"`, didYouMean(String(id), lookups.facts.keys()) ?? 'define it in facts/*.yaml of this edition');
    if (fact.missing.length) return mark('missing', fact.id, fact.text);
    if (part === undefined) return mark('fact', fact.id, fact.text);
    const value = fact.parts[String(part)];
    if (value === undefined) {
      const parts = Object.keys(fact.parts);
      return fail(options, `fact "${fact.id}" has no part "${String(part)}"`, `${didYouMean(String(part), parts) ?? ''} parts of ${fact.kind}: ${parts.join(', ')}`.trim());
    }
    return mark('fact', fact.id, value);
  });
  hb.registerHelper('ref', (id: unknown, options: unknown) => {
    const label = lookups.refs.get(String(id));
    if (!label) {
      const hint = didYouMean(String(id), lookups.refs.keys()) ?? 'place it with @figure/@table and define it in figures/*.yaml';
      return fail(options, `unknown figure or table "${String(id)}"`, hint);
    }
    return mark('ref', String(id), label);
  });
  const construct = unsupportedConstruct(text, file);
  if (construct) return { text: '', diagnostics: [construct] };
  try {
    const template = hb.compile(text, {
      strict: true,
      noEscape: true,
      knownHelpers: { fact: true, ref: true },
      knownHelpersOnly: true,
    });
    return { text: template(context), diagnostics: [] };
  } catch (err) {
    return { text: '', diagnostics: [templateDiagnostic(err, file, text)] };
  }
}

/**
 * The texts use plain {{…}} only. Handlebars' blocks ({{#if}}, {{#each}}) would pass a missing value
 * silently even in strict mode, and partials ({{> x}}) do not exist here: both are reported at their
 * place. A text that does not parse is left to the compiler, which says why.
 */
function unsupportedConstruct(text: string, file: string): Diagnostic | null {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch {
    return null;
  }
  const walk = (body: readonly hbs.AST.Statement[]): Diagnostic | null => {
    for (const node of body) {
      const n = node as hbs.AST.Statement & { path?: { original?: unknown }; name?: { original?: unknown } };
      const name = String(n.path?.original ?? n.name?.original ?? '');
      const what =
        node.type === 'BlockStatement' || node.type === 'DecoratorBlock'
          ? `the block {{#${name}}} cannot be used in the edition texts`
          : node.type === 'PartialStatement' || node.type === 'PartialBlockStatement'
            ? `the partial {{> ${name}}} cannot be used in the edition texts`
            : node.type === 'Decorator'
              ? `the decorator {{* ${name}}} cannot be used in the edition texts`
              : null;
      if (what) {
        return {
          severity: 'error',
          code: 'template/unsupported',
          message: what,
          location: { file, line: node.loc.start.line, column: node.loc.start.column + 1 },
          hint: 'write the text out; numbers come from {{fact "id"}}, figure numbers from {{ref "id"}}, the year from {{year}}',
        };
      }
    }
    return null;
  };
  return walk(program.body);
}

interface TemplateLoc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

class TemplateError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly loc?: TemplateLoc,
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
      code: 'template/error',
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
        ? 'templates can read {{year}}, {{previousYear}} and the edition fields; numbers come from {{fact "id"}}'
        : unknownHelper
          ? 'the helpers are fact and ref'
          : 'check the {{ }} syntax';
  return {
    severity: 'error',
    code: 'template/error',
    message: text1,
    location: { file, line, column },
    ...(hint ? { hint } : {}),
  };
}
