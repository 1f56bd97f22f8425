import { textWidth } from './metrics.js';

/**
 * Breaks `text` into lines no wider than `maxWidth` (SVG units) in Source Sans 3 at `fontSize`,
 * at spaces (and after hyphens/dashes when a word alone is too wide). At most `maxLines` lines:
 * the last one ends with "…" when text is left over. A word wider than a line stays whole.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, weight: number | string = 400): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize, weight) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && textWidth(`${last}…`, fontSize, weight) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Width of the widest line. */
export function linesWidth(lines: readonly string[], fontSize: number, weight: number | string = 400): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize, weight)));
}
