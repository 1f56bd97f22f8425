import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { locate, type YamlSource } from '../diagnostics/source.js';
import { expandTemplate } from './template.js';

/** What a caption template may read (src/charts/figure.ts fills them when the figure is built). */
const CAPTION_NAMES = 'captions can use {{years}}, {{firstYear}}, {{year}} and {{previousYear}}';

/**
 * The templates of a figure's or table's caption (title, notes, source, footnotes), checked when the
 * edition is loaded: filled only when the figure is built, a mistake there would otherwise pass
 * `validate` and stop `report` with a position inside the text of the caption rather than the file.
 * Each problem points at the caption's text in figures/*.yaml.
 */
export function checkCaptionTemplates(caption: Record<string, unknown>, path: (string | number)[], source: YamlSource, year: number): Diagnostic[] {
  const context = { year, previousYear: year - 1, firstYear: year, years: String(year) };
  const out: Diagnostic[] = [];
  const check = (text: unknown, at: (string | number)[]) => {
    if (typeof text !== 'string' || !text.includes('{{')) return;
    const { diagnostics } = expandTemplate(text, source.file.path, context, { facts: new Map(), refs: new Map() });
    const type = (source.doc.getIn(at, true) as { type?: string } | undefined)?.type;
    const quoted = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE';
    for (const d of diagnostics) out.push(inCaption(d, quoted, locate(source, at)));
  };
  for (const field of ['title', 'source'] as const) check(caption[field], [...path, 'caption', field]);
  for (const field of ['notes', 'footnotes'] as const) {
    const list = caption[field];
    if (Array.isArray(list)) list.forEach((text, i) => check(text, [...path, 'caption', field, i]));
  }
  return out;
}

/** A template diagnostic (line and column within the caption's text) → the place in the YAML file. */
function inCaption(d: Diagnostic, quoted: boolean, node: SourceLocation): Diagnostic {
  const citation = /^unknown (fact|figure or table) /.test(d.message);
  const message = citation ? `a caption cannot cite facts or figures: ${d.message}` : d.message;
  const hint = citation || /^template value /.test(d.message) ? CAPTION_NAMES : d.hint;
  const inner = d.location;
  // On the text's first line the column is exact (after the opening quote of a quoted text); further
  // lines of a folded or quoted text are shown from where the text begins.
  let location: SourceLocation = { file: node.file, line: node.line, column: node.column };
  if (inner && inner.line === 1) {
    const quote = quoted ? 1 : 0;
    const column = node.column + quote + inner.column - 1;
    location = { file: node.file, line: node.line, column, ...(inner.endColumn !== undefined && inner.endLine === 1 ? { endLine: node.line, endColumn: node.column + quote + inner.endColumn - 1 } : {}) };
  }
  return { ...d, message, location, ...(hint ? { hint } : {}) };
}
