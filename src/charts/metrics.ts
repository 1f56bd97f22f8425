/**
 * Advance widths of Source Sans 3 (units per em: 1000) for the characters charts print, read from the
 * font files of @fontsource/source-sans-3 (latin subset) — test/charts/metrics.test.ts checks every
 * number against the font and regenerates this table with UPDATE_METRICS=1.
 *
 * Vega measures text with a canvas, which Node lacks; without one it guesses 0.8 em per character and
 * truncates or misplaces labels. render.ts installs `textWidth` as vega's text measure instead, so the
 * layout (label limits, legend columns, autosize) matches what the reader sees with the embedded font.
 * Kerning is ignored (under 1 % on Swedish words).
 */

/** The characters measured, in table order. */
export const METRIC_CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ\u2009–—‘’“”•…−";

/** Advance widths per weight, in the order of METRIC_CHARS. */
export const ADVANCES: Readonly<Record<400 | 600 | 700, readonly number[]>> = {
  400: [
    200, 289, 426, 497, 497, 824, 609, 249, 303, 303, 418, 497, 249, 311, 249, 350, 497, 497, 497, 497, 497, 497, 497, 497,
    497, 497, 249, 249, 497, 497, 497, 425, 847, 543, 588, 571, 615, 527, 494, 617, 652, 263, 479, 579, 486, 727, 647, 664,
    566, 664, 569, 534, 536, 645, 515, 786, 513, 476, 539, 303, 350, 303, 497, 500, 542, 504, 553, 456, 555, 496, 292, 504,
    544, 246, 247, 495, 255, 829, 547, 542, 555, 555, 347, 419, 338, 544, 467, 719, 446, 467, 425, 303, 241, 303, 497, 200,
    289, 497, 497, 497, 497, 241, 497, 542, 744, 345, 429, 497, 311, 423, 542, 331, 497, 367, 367, 542, 562, 560, 249, 542,
    367, 365, 429, 781, 808, 796, 425, 544, 544, 544, 544, 544, 544, 822, 571, 527, 527, 527, 527, 263, 263, 263, 263, 639,
    647, 664, 664, 664, 664, 664, 497, 664, 645, 645, 645, 645, 476, 583, 576, 504, 504, 504, 504, 504, 504, 778, 456, 496,
    496, 496, 496, 246, 246, 246, 246, 544, 547, 542, 542, 542, 542, 542, 497, 542, 544, 544, 544, 544, 467, 555, 467, 100,
    480, 800, 249, 249, 426, 426, 304, 948, 497,
  ],
  600: [
    200, 315, 482, 513, 513, 841, 639, 275, 324, 324, 438, 513, 275, 322, 275, 344, 513, 513, 513, 513, 513, 513, 513, 513,
    513, 513, 275, 275, 513, 513, 513, 444, 875, 558, 597, 576, 625, 538, 510, 628, 663, 282, 494, 597, 502, 745, 657, 674,
    582, 674, 592, 545, 546, 655, 536, 800, 541, 501, 540, 324, 344, 324, 513, 500, 549, 516, 563, 462, 564, 507, 317, 520,
    558, 262, 263, 522, 271, 843, 560, 549, 564, 564, 373, 431, 361, 556, 495, 748, 481, 495, 443, 324, 255, 324, 513, 200,
    315, 513, 513, 513, 513, 255, 513, 549, 747, 352, 455, 513, 322, 443, 549, 348, 513, 372, 372, 549, 578, 599, 275, 549,
    372, 369, 455, 795, 827, 807, 444, 558, 558, 558, 558, 558, 558, 834, 576, 538, 538, 538, 538, 282, 282, 282, 282, 651,
    656, 674, 674, 674, 674, 674, 513, 674, 655, 655, 655, 655, 501, 600, 604, 516, 516, 516, 516, 516, 516, 780, 462, 507,
    507, 507, 507, 262, 262, 262, 262, 552, 560, 549, 549, 549, 549, 549, 513, 549, 556, 556, 556, 556, 495, 564, 495, 100,
    480, 800, 275, 275, 482, 482, 325, 964, 513,
  ],
  700: [
    200, 340, 537, 528, 528, 857, 667, 300, 344, 344, 457, 528, 300, 332, 300, 339, 528, 528, 528, 528, 528, 528, 528, 528,
    528, 528, 300, 300, 528, 528, 528, 463, 902, 573, 605, 582, 635, 548, 524, 638, 674, 301, 509, 614, 518, 762, 665, 684,
    596, 684, 613, 556, 556, 665, 556, 813, 567, 525, 541, 344, 339, 344, 528, 500, 555, 527, 573, 468, 573, 518, 341, 534,
    571, 276, 278, 548, 286, 857, 572, 555, 573, 573, 398, 443, 383, 568, 523, 776, 514, 521, 460, 344, 268, 344, 528, 200,
    340, 528, 528, 528, 528, 268, 528, 555, 750, 359, 480, 528, 332, 462, 555, 365, 528, 376, 376, 555, 594, 636, 300, 555,
    376, 373, 480, 809, 846, 818, 463, 573, 573, 573, 573, 573, 573, 845, 582, 548, 548, 548, 548, 301, 301, 301, 301, 657,
    665, 684, 684, 684, 684, 684, 528, 684, 665, 665, 665, 665, 525, 617, 632, 527, 527, 527, 527, 527, 527, 781, 467, 518,
    518, 518, 518, 276, 276, 276, 276, 558, 572, 555, 555, 555, 555, 555, 528, 555, 568, 568, 568, 568, 521, 573, 521, 100,
    480, 800, 300, 300, 537, 537, 345, 978, 528,
  ],
};

/** Width used for a character the table lacks: the average of the letters and digits. */
export const FALLBACK_ADVANCE: Readonly<Record<400 | 600 | 700, number>> = { 400: 500, 600: 515, 700: 529 };

const INDEX = new Map<number, number>([...METRIC_CHARS].map((c, i) => [c.codePointAt(0)!, i]));

/** Nearest tabulated weight: 400 for normal and lighter, 600 for semibold, 700 for bold and heavier. */
export function tabulatedWeight(weight: number | string | undefined): 400 | 600 | 700 {
  const w = weight === undefined ? 400 : weight === 'bold' ? 700 : weight === 'normal' ? 400 : Number(weight) || 400;
  return w >= 650 ? 700 : w >= 550 ? 600 : 400;
}

/** Width of `text` in user units at `fontSize` (the same units as the SVG). */
export function textWidth(text: string, fontSize: number, weight: number | string = 400): number {
  const w = tabulatedWeight(weight);
  const table = ADVANCES[w];
  let units = 0;
  for (const c of text) {
    const i = INDEX.get(c.codePointAt(0)!);
    units += i === undefined ? FALLBACK_ADVANCE[w] : table[i]!;
  }
  return (units * fontSize) / 1000;
}
