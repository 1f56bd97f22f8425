import Handlebars from 'handlebars';

/**
 * No line break right after "e-" ("e-hälsa", "e-tjänster", "E-hälsomyndigheten"): a line ending in
 * "e-" reads as a hyphenated word. Each such word is wrapped in a nowrap span (report.css's .nobr)
 * rather than given a non-breaking hyphen (U+2011), so the text still reads "e-hälsa" with a
 * hyphen-minus when searched, copied or extracted from the PDF.
 *
 * A Handlebars helper for the templates' prose: `{{nobr text}}` escapes the text as `{{text}}` would.
 */
export function keepEWordsWhole(text: string): string {
  return Handlebars.escapeExpression(text).replace(eWord, '$1<span class="nobr">$2</span>');
}

/** "e-" or "E-" starting a word, with the rest of the word. */
const eWord = /(^|[^\p{L}\p{N}-])([eE]-[\p{L}\p{N}]+)/gu;

export function nobrHelper(text: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(keepEWordsWhole(String(text ?? '')));
}
