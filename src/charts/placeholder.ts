import { CHART_WIDTH, FONT } from './theme.js';

/** A framed box that says what is missing, used instead of empty axes. */
export function placeholderSvg(title: string, message: string): string {
  const lines = wrap(message, 80);
  const height = 40 + lines.length * 16;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const text = lines
    .map((l, i) => `<text x="${CHART_WIDTH / 2}" y="${28 + i * 16}" text-anchor="middle" font-family="${FONT}" font-size="12" fill="#333">${esc(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-label="${esc(`${title} ${message}`)}"><rect x="1" y="1" width="${CHART_WIDTH - 2}" height="${height - 2}" fill="#f4f4f4" stroke="#888" stroke-dasharray="4 3"/>${text}</svg>`;
}

function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
