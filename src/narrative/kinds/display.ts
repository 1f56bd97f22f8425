/**
 * The display options every kind that prints values takes:
 * - `decimals` (maximum decimals shown) and `minDecimals` (kept trailing zeros: "15,0 procent");
 * - `scale` (`miljoner` or `miljarder`, counts and kronor only: "0,9 miljoner" instead of "900 000");
 * - `percentSign: true` (procent only: "99 %" instead of "99 procent", as in "(>99 %)");
 * - `comparator` (`över` default, `mer än`, `symbol`): how a value published as a bound is worded,
 *   "över 99 procent", "mer än 99 procent", ">99 procent" (under: "under 5", "mindre än 5", "<5");
 * - `approx` (`cirka` default, `omkring`): the word for an approximate value, "omkring 8 miljoner".
 */
import { isCounted, type Scale } from '../../text/index.js';
import { factMessages } from '../messages.js';
import { readEnum, readInteger, type Reader } from '../reader.js';
import { APPROX_WORDS, COMPARATORS, type ShowOptions } from '../../text/index.js';

export const DISPLAY_PARAMS = ['decimals', 'minDecimals', 'scale', 'percentSign', 'comparator', 'approx'] as const;

const SCALES: Record<string, Scale> = { miljoner: 'miljon', miljarder: 'miljard' };

export function readDisplay(r: Reader): ShowOptions {
  const decimals = readInteger(r, 'decimals', 0, 6);
  const minDecimals = readInteger(r, 'minDecimals', 0, 6);
  if (minDecimals !== undefined && decimals !== undefined && minDecimals > decimals) {
    r.error('fact/bad-param', factMessages.badParam(r.def.id, 'minDecimals', `at most decimals (${decimals})`, minDecimals));
  }
  const unit = r.indicator.unit;
  let scale: Scale | undefined;
  if (r.raw('scale') !== undefined) {
    scale = SCALES[readEnum(r, 'scale', ['miljoner', 'miljarder'] as const, 'miljoner')];
    if (!isCounted(unit)) {
      r.error('fact/bad-param', factMessages.badParam(r.def.id, 'scale', `left out: ${r.indicator.id} is in ${unit}, not a count or kronor`, r.raw('scale')));
    }
  }
  const rawSign = r.raw('percentSign');
  let percentSign: boolean | undefined;
  if (rawSign !== undefined) {
    if (typeof rawSign !== 'boolean') r.error('fact/bad-param', factMessages.badParam(r.def.id, 'percentSign', 'true or false', rawSign));
    else if (unit !== 'procent') r.error('fact/bad-param', factMessages.badParam(r.def.id, 'percentSign', `left out: ${r.indicator.id} is in ${unit}, not procent`, rawSign));
    else percentSign = rawSign;
  }
  const comparator = r.raw('comparator') === undefined ? undefined : readEnum(r, 'comparator', COMPARATORS, 'över');
  const approx = r.raw('approx') === undefined ? undefined : readEnum(r, 'approx', APPROX_WORDS, 'cirka');
  return {
    ...(decimals !== undefined ? { decimals } : {}),
    ...(minDecimals !== undefined ? { minDecimals } : {}),
    ...(scale ? { scale } : {}),
    ...(percentSign ? { percentSign } : {}),
    ...(comparator ? { comparator } : {}),
    ...(approx ? { approx } : {}),
  };
}
