import type { ProjectFiles } from '../pipeline/project.js';
import { loadFontCss } from '../pdf/fonts.js';

/**
 * The stylesheets inlined into each HTML flavour (the page makes no requests): the embedded font,
 * then the shared screen rules, then for print the paged-media rules.
 */
export async function loadStyles(project: ProjectFiles): Promise<{ screen: string; print: string }> {
  const css = (name: string) => project.layout.find((f) => f.path === `templates/layout/${name}`)?.text ?? '';
  const fonts = await loadFontCss();
  const base = `${fonts}\n${css('report.css')}`;
  return { screen: `${base}\n${css('screen.css')}`, print: `${base}\n${css('print.css')}` };
}
