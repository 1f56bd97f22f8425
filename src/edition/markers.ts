/**
 * Handlebars helpers return text, but the document model keeps computed text, gap markers and figure
 * references apart from prose (report.json traces them; HTML styles gaps). The helpers wrap their
 * output in private-use characters that the Markdown parser turns back into typed inlines.
 */
const OPEN = '\uE000';
const SEP = '\uE001';
const CLOSE = '\uE002';

export type MarkerKind = 'fact' | 'missing' | 'ref' | 'claim';
const CODE: Record<MarkerKind, string> = { fact: 'F', missing: 'M', ref: 'R', claim: 'C' };

export function mark(kind: MarkerKind, key: string, text: string): string {
  return `${OPEN}${CODE[kind]}${key}${SEP}${text}${CLOSE}`;
}

/** A mark; its parts exclude every marker character, so that an unclosed mark costs one scan, not one per mark. */
export const MARKER_PATTERN = /\uE000([FMRC])([^\uE000-\uE002]*)\uE001([^\uE000-\uE002]*)\uE002/g;

export function markerKind(code: string): MarkerKind {
  return code === 'F' ? 'fact' : code === 'M' ? 'missing' : code === 'C' ? 'claim' : 'ref';
}

/** Plain text of a string that may hold markers. */
export function stripMarkers(s: string): string {
  return s.replace(MARKER_PATTERN, (_m, _c, _k, text: string) => text);
}
