import { loadFontCss } from './fonts.js';

/**
 * The stylesheets inlined into each HTML flavour (the page makes no requests): the embedded font,
 * then the shared screen rules, then for print the paged-media rules.
 */
export interface Styles {
  /** The embedded font's @font-face rules: a style element of its own, which Paged.js need not parse. */
  fonts: string;
  screen: string;
  print: string;
}

/** `project.layout`: the files of templates/layout/ as read (the pipeline's ProjectFiles has them). */
export async function loadStyles(project: { readonly layout: readonly { path: string; text: string }[] }): Promise<Styles> {
  const css = (name: string) => project.layout.find((f) => f.path === `templates/layout/${name}`)?.text ?? '';
  const base = css('report.css');
  return { fonts: await loadFontCss(), screen: `${base}\n${css('screen.css')}`, print: `${base}\n${css('print.css')}` };
}
