import { fontCssMarker } from '../../assets/fonts.js';

/**
 * Puts the @font-face CSS first in <head> unless the HTML already carries it (the HTML renderer may
 * inline `loadFontCss()` itself). A function replacement: the CSS is base64 and must be inserted verbatim.
 */
export function injectFontCss(html: string, fontCss: string): string {
  if (html.includes(fontCssMarker)) return html;
  const style = `<style data-ehalsa-fonts>\n${fontCss}</style>`;
  const head = /<head(\s[^>]*)?>/i;
  if (head.test(html)) return html.replace(head, (tag) => `${tag}\n${style}`);
  const root = /<html(\s[^>]*)?>/i;
  if (root.test(html)) return html.replace(root, (tag) => `${tag}\n<head>${style}</head>`);
  return style + html;
}
