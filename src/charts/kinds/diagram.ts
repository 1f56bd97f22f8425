import type { FigureDef } from '../../model/edition.js';
import { joinList } from '../../text/list.js';
import { numberWord } from '../../text/words.js';
import { escapeXml } from '../svg.js';
import { CHART_WIDTH, FONT_FAMILY, INK, MUTED, OUTLINE } from '../theme.js';
import { wrapText } from '../wrap.js';

/** The contents of the strategy picture (Figur 1), from the definition's options. */
export interface StrategyDiagram {
  /** The goals, drawn as pillars side by side. */
  inriktningsmal: string[];
  /** The foundations, drawn as layers under the pillars. */
  forutsattningar: string[];
}

/** Reads `options.inriktningsmal` and `options.forutsattningar`; null when either is absent or empty. */
export function readDiagram(def: FigureDef): StrategyDiagram | null {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : []);
  const inriktningsmal = list(def.options['inriktningsmal']);
  const forutsattningar = list(def.options['forutsattningar']);
  return inriktningsmal.length && forutsattningar.length ? { inriktningsmal, forutsattningar } : null;
}

/** "Fyra inriktningsmål – A, B, C och D – vilar på tre grundläggande förutsättningar: X, Y och Z." */
export function describeDiagram(d: StrategyDiagram): string {
  const count = (n: number) => {
    const w = numberWord(n, 'ett');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return (
    `${count(d.inriktningsmal.length)} inriktningsmål – ${joinList(d.inriktningsmal)} – vilar på ` +
    `${numberWord(d.forutsattningar.length)} grundläggande förutsättningar: ${joinList(d.forutsattningar)}.`
  );
}

const GAP = 8;
const PILLAR_SIZE = 10;
const PILLAR_LEADING = 12.5;
const BASE_SIZE = 10;
const BASE_HEIGHT = 22;
const HEADING_SIZE = 9;
const PILLAR_FILL = '#005c8d';
const BASE_FILLS = ['#cfe6f8', '#b4d8f3', '#9ccbee'];

/**
 * Figur 1, drawn: the goals as dark pillars side by side, standing on the foundations drawn as pale
 * layers across the whole width, each group under its heading. All text is real SVG text in the
 * report font; the SVG's title carries the description (see figure.ts).
 */
export function diagramSvg(d: StrategyDiagram): string {
  const width = CHART_WIDTH;
  const n = d.inriktningsmal.length;
  const pillarWidth = (width - GAP * (n - 1)) / n;
  const wrapped = d.inriktningsmal.map((t) => wrapText(t, pillarWidth - 12, PILLAR_SIZE, 4, 600));
  const lines = Math.max(...wrapped.map((w) => w.length));
  const pillarHeight = Math.max(64, lines * PILLAR_LEADING + 28);
  const font = `font-family="${escapeXml(FONT_FAMILY)}"`;
  const parts: string[] = [];
  let y = HEADING_SIZE + 2;
  parts.push(`<text x="0" y="${y}" ${font} font-size="${HEADING_SIZE}" fill="${MUTED}" letter-spacing="0.4">INRIKTNINGSMÅL</text>`);
  y += 6;
  const top = y;
  wrapped.forEach((w, i) => {
    const x = i * (pillarWidth + GAP);
    parts.push(`<rect x="${r(x)}" y="${r(top)}" width="${r(pillarWidth)}" height="${r(pillarHeight)}" fill="${PILLAR_FILL}"/>`);
    const cx = x + pillarWidth / 2;
    const first = top + pillarHeight / 2 - ((w.length - 1) * PILLAR_LEADING) / 2 + PILLAR_SIZE * 0.35;
    parts.push(
      `<text ${font} font-size="${PILLAR_SIZE}" font-weight="600" fill="#ffffff" text-anchor="middle">` +
        w.map((line, k) => `<tspan x="${r(cx)}" y="${r(first + k * PILLAR_LEADING)}">${escapeXml(line)}</tspan>`).join('') +
        `</text>`,
    );
  });
  y = top + pillarHeight + 3;
  d.forutsattningar.forEach((t, i) => {
    const fill = BASE_FILLS[i % BASE_FILLS.length]!;
    parts.push(`<rect x="0" y="${r(y)}" width="${width}" height="${BASE_HEIGHT}" fill="${fill}" stroke="${OUTLINE}" stroke-width="0.5"/>`);
    parts.push(`<text x="${width / 2}" y="${r(y + BASE_HEIGHT / 2 + BASE_SIZE * 0.35)}" ${font} font-size="${BASE_SIZE}" fill="${INK}" text-anchor="middle">${escapeXml(t)}</text>`);
    y += BASE_HEIGHT + 2;
  });
  y += 4;
  parts.push(`<text x="0" y="${r(y + HEADING_SIZE)}" ${font} font-size="${HEADING_SIZE}" fill="${MUTED}" letter-spacing="0.4">GRUNDLÄGGANDE FÖRUTSÄTTNINGAR</text>`);
  const height = Math.ceil(y + HEADING_SIZE + 4);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

function r(n: number): number {
  return Math.round(n * 100) / 100;
}
