import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findPackageDir } from './packages.js';

/**
 * Source Sans 3 as @font-face rules with the font files inlined as base64 data URLs, so the PDF embeds
 * exactly these fonts and never falls back to whatever the machine has (and no request leaves the page).
 * Latin + latin-ext cover Swedish. Regular, semibold and bold, each upright and italic: a missing
 * italic makes Chromium slant and embolden another face itself, which it embeds as a Type 3 font.
 */

export const fontFamily = 'Source Sans 3';

/** First line of the generated CSS; the printer looks for it to avoid inlining the fonts twice. */
export const fontCssMarker = '/* ehalsa:fonts Source Sans 3 */';

const faces = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 600, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

const subsets = ['latin', 'latin-ext'] as const;

let cached: Promise<string> | undefined;

/** The @font-face CSS, built once per process (about 0.3 MB of base64). */
export function loadFontCss(): Promise<string> {
  cached ??= buildFontCss().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** One font file as bytes (WOFF, which pdf-lib's fontkit reads), for drawing in the post-pass. */
export async function loadFontFile(weight: 400 | 600 | 700, subset: 'latin' | 'latin-ext' = 'latin'): Promise<Uint8Array> {
  const dir = findPackageDir('@fontsource/source-sans-3');
  return readFile(join(dir, 'files', `source-sans-3-${subset}-${weight}-normal.woff`));
}

async function buildFontCss(): Promise<string> {
  const dir = findPackageDir('@fontsource/source-sans-3');
  const rules: string[] = [fontCssMarker];
  for (const face of faces) {
    const sheet = await readFile(join(dir, `${face.weight}${face.style === 'italic' ? '-italic' : ''}.css`), 'utf8');
    for (const subset of subsets) {
      const file = `source-sans-3-${subset}-${face.weight}-${face.style}.woff2`;
      const base64 = (await readFile(join(dir, 'files', file))).toString('base64');
      rules.push(
        [
          '@font-face {',
          `  font-family: '${fontFamily}';`,
          `  font-style: ${face.style};`,
          `  font-weight: ${face.weight};`,
          '  font-display: block;',
          `  src: url(data:font/woff2;base64,${base64}) format('woff2');`,
          `  unicode-range: ${readUnicodeRange(sheet, file)};`,
          '}',
        ].join('\n'),
      );
    }
  }
  return rules.join('\n') + '\n';
}

/** The unicode-range fontsource declares for a file, so the browser picks the right subset per glyph. */
function readUnicodeRange(sheet: string, file: string): string {
  const start = sheet.indexOf(`files/${file}`);
  const match = start < 0 ? null : /unicode-range:\s*([^;]+);/.exec(sheet.slice(start));
  if (!match?.[1]) throw new Error(`@fontsource/source-sans-3 has no unicode-range for ${file}`);
  return match[1].trim();
}
