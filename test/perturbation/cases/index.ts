import type { Case } from '../case.js';
import { cases as s01 } from './01.js';
import { cases as s31 } from './31.js';
import { cases as s33 } from './33.js';
import { cases as s33b } from './33b.js';
import { cases as s34 } from './34.js';
import { cases as s35 } from './35.js';
import { cases as s36 } from './36.js';

/** The perturbation cases by section of the 2020 edition. */
export const CASES: Readonly<Record<string, readonly Case[]>> = {
  '01': s01,
  '31': s31,
  '33': s33,
  '33b': s33b,
  '34': s34,
  '35': s35,
  '36': s36,
};
