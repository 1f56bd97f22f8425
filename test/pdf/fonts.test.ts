import { describe, expect, it } from '@jest/globals';
import { fontCssMarker, loadFontCss } from '../../src/assets/fonts.js';
import { injectFontCss } from '../../src/pdf/printing/html.js';

describe('loadFontCss', () => {
  it('inlines Source Sans 3 regular, semibold and bold, upright and italic, latin and latin-ext, as data URLs', async () => {
    const css = await loadFontCss();
    expect(css.startsWith(fontCssMarker)).toBe(true);
    const faces = css.match(/@font-face \{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(12);
    const kinds = faces.map((face) => /font-style: (\w+);\s*font-weight: (\d+);/.exec(face)?.slice(1).join(' '));
    expect(new Set(kinds)).toEqual(new Set(['normal 400', 'italic 400', 'normal 600', 'italic 600', 'normal 700', 'italic 700']));
    for (const face of faces) {
      expect(face).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\('woff2'\);/);
      expect(face).toMatch(/unicode-range: U\+/);
    }
    // å ä ö (U+00E5, U+00E4, U+00F6) fall in the latin subset's first range.
    expect(css).toContain('unicode-range: U+0000-00FF');
  });

  it('is built once per process', async () => {
    expect(await loadFontCss()).toBe(await loadFontCss());
  });
});

describe('injectFontCss', () => {
  const css = `${fontCssMarker}\n@font-face { src: url(data:x;base64,$'$&) }\n`;

  it('puts the fonts first in <head>, verbatim (no $-patterns expanded)', () => {
    const out = injectFontCss('<html lang="sv-SE"><head><title>t</title></head><body></body></html>', css);
    expect(out).toBe(`<html lang="sv-SE"><head>\n<style data-ehalsa-fonts>\n${css}</style><title>t</title></head><body></body></html>`);
  });

  it('leaves HTML that already carries the fonts alone', () => {
    const html = `<html><head><style>${css}</style></head></html>`;
    expect(injectFontCss(html, css)).toBe(html);
  });

  it('copes with a document without <head>', () => {
    expect(injectFontCss('<html><body>x</body></html>', css)).toContain(`<head><style data-ehalsa-fonts>`);
    expect(injectFontCss('<p>x</p>', css).endsWith('</style><p>x</p>')).toBe(true);
  });
});
