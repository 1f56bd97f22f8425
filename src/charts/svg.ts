/**
 * SVG post-processing shared by vega output and the hand-drawn kinds (diagram, placeholder).
 *
 * Accessibility: the SVG is one image (`role="img"`) named by its <title> — the finding, one sentence —
 * and described by its <desc>: the data briefly, what kind of chart it is and where its data table is.
 * Nothing inside it is announced separately. The print flavour names it by both (src/render/html.ts):
 * Chromium turns the name into the tagged PDF Figure's /Alt, and a PDF has no description.
 */

export interface SvgText {
  /** The finding: the accessible name. */
  title: string;
  /** The data briefly, the kind of chart and where its data is: the accessible description. */
  desc: string;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Makes `svg` accessible and deterministic: adds role, aria-labelledby/-describedby, <title> and
 * <desc>, and renames every id to `<prefix>-<n>` (in order of appearance, with its references).
 */
export function accessibleSvg(svg: string, prefix: string, text: SvgText): string {
  const renamed = renameIds(svg, prefix);
  const open = /^<svg\b[^>]*>/.exec(renamed);
  if (!open) throw new Error('not an SVG document');
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const tag = open[0]
    .replace(/\s(role|aria-label|aria-labelledby|aria-describedby|aria-roledescription)="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg role="img" aria-labelledby="${titleId}" aria-describedby="${descId}"`);
  const head = `<title id="${titleId}">${escapeXml(text.title)}</title><desc id="${descId}">${escapeXml(text.desc)}</desc>`;
  // vega's own ARIA inside (English roles and labels of its groups) is noise inside one image
  const body = renamed.slice(open[0].length).replace(/\s(role|aria-roledescription|aria-label)="[^"]*"/g, '');
  return `${tag}${head}${body}`;
}

/** Renames ids (vega's clip1, gradient_0, …) to prefix-1, prefix-2, … and their url(#…)/href="#…". */
export function renameIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}-${ids.size + 1}`);
  }
  if (ids.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (all, a: string, id: string, b: string) => `${a}${ids.get(id) ?? id}${b}`)
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => (ids.has(id) ? `url(#${ids.get(id)!})` : all))
    .replace(/(href=")#([^"]+)(")/g, (all, a: string, id: string, b: string) => (ids.has(id) ? `${a}#${ids.get(id)!}${b}` : all));
}
