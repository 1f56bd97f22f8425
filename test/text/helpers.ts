/** Test helpers: write expected numbers readably and read printed text back independently of src/text. */

/** "1_234,5" → "1\u00A0234,5": underscores mark the no-break spaces expected inside numbers. */
export function nb(text: string): string {
  return text.replace(/_/g, '\u00A0');
}

const SCALE_EXPONENT: Record<string, number> = {
  miljon: 6,
  miljoner: 6,
  miljard: 9,
  miljarder: 9,
  biljon: 12,
  biljoner: 12,
};

/**
 * Reads the first number of a phrase back into the value a reader would take from it:
 * "drygt 191 miljoner" → 191e6, "knappt 3 procent" → 3, "−1,2" → −1.2. Deliberately written without
 * src/text so a formatting bug cannot cancel itself out.
 */
export function readShown(text: string): number {
  const m = /([−-]?\d{1,3}(?:\u00A0\d{3})*(?:,\d+)?)(?: (miljon|miljoner|miljard|miljarder|biljon|biljoner))?/.exec(text);
  if (!m || m[1] === undefined) throw new Error(`no number in ${JSON.stringify(text)}`);
  const digits = m[1].replace(/\u00A0/g, '').replace(',', '.').replace('−', '-');
  const exponent = m[2] ? (SCALE_EXPONENT[m[2]] ?? 0) : 0;
  return Number(`${digits}e${exponent}`);
}

/** The value of one unit in the last printed digit of the first number: "1,8 miljoner" → 100 000. */
export function lastDigitUnit(text: string): number {
  const m = /\d+(?:,(\d+))?(?: (miljon|miljoner|miljard|miljarder|biljon|biljoner))?/.exec(
    text.replace(/\u00A0(?=\d)/g, ''),
  );
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  const fraction = m[1]?.length ?? 0;
  const exponent = m[2] ? (SCALE_EXPONENT[m[2]] ?? 0) : 0;
  return Number(`1e${exponent - fraction}`);
}
