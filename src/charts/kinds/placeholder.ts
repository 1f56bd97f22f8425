import { escapeXml } from '../svg.js';
import { CHART_WIDTH, FONT_FAMILY, INK, MUTED } from '../theme.js';
import { wrapText } from '../wrap.js';

const SIZE = 9.5;
const LEADING = 13;
const PAD = 14;

/**
 * A framed box that says what the figure would show and what is missing — used instead of empty
 * axes when nothing can be drawn, and for figures that are not charts of data (a map). The text is
 * real text (searchable, read by screen readers through the SVG's title).
 */
export function placeholderSvg(heading: string, message: string): string {
  const width = CHART_WIDTH;
  const inner = width - 2 * PAD;
  const headLines = heading ? wrapText(heading, inner, SIZE, 3, 600) : [];
  const bodyLines = message.split('\n').flatMap((p) => wrapText(p, inner, SIZE));
  const lines = [...headLines.map((t) => ({ t, bold: true })), ...bodyLines.map((t) => ({ t, bold: false }))];
  const height = Math.round(2 * PAD + lines.length * LEADING + (headLines.length && bodyLines.length ? 4 : 0));
  let y = PAD + SIZE;
  const text = lines
    .map((l, i) => {
      if (i === headLines.length && i > 0) y += 4;
      const out = `<text x="${PAD}" y="${round(y)}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${SIZE}"${l.bold ? ' font-weight="600"' : ''} fill="${INK}">${escapeXml(l.t)}</text>`;
      y += LEADING;
      return out;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#f5f5f5" stroke="${MUTED}" stroke-width="1" stroke-dasharray="4 3"/>` +
    `${text}</svg>`
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
