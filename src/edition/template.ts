import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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
  const fail = (message: string, hint?: string): never => {
    throw new TemplateError(message, hint);
  };
  hb.registerHelper('fact', (id: unknown, ...rest: unknown[]) => {
    const part = rest.length > 1 ? rest[0] : undefined;
    const fact = lookups.facts.get(String(id));
    if (!fact) return fail(`unknown fact "${String(id)}"`, 'define it in facts/*.yaml of this edition');
    if (fact.missing.length) return mark('missing', fact.id, fact.text);
    if (part === undefined) return mark('fact', fact.id, fact.text);
    const value = fact.parts[String(part)];
    if (value === undefined) {
      return fail(`fact "${fact.id}" has no part "${String(part)}"`, `parts of ${fact.kind}: ${Object.keys(fact.parts).join(', ')}`);
    }
    return mark('fact', fact.id, value);
  });
  hb.registerHelper('ref', (id: unknown) => {
    const label = lookups.refs.get(String(id));
    if (!label) return fail(`unknown figure or table "${String(id)}"`, 'place it with @figure/@table and define it in figures/*.yaml');
    return mark('ref', String(id), label);
  });
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

class TemplateError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Handlebars reports "Parse error on line 3:" or "… - 3:5"; turn either into file:line:column. */
function templateDiagnostic(err: unknown, file: string, text: string): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  let line = 1;
  let column = 1;
  const parse = /Parse error on line (\d+)/.exec(message);
  const strict = / - (\d+):(\d+)$/.exec(message);
  if (parse) line = Number(parse[1]);
  else if (strict) {
    line = Number(strict[1]);
    column = Number(strict[2]) + 1;
  } else if (err instanceof TemplateError) {
    // Helper errors carry no position; point at the first use of the failing name.
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
