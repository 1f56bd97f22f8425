/**
 * The display options every kind that prints values takes: `decimals` (maximum decimals shown) and
 * `scale` (`miljoner` or `miljarder`, counts and kronor only: "0,9 miljoner" instead of "900 000").
 */
import type { Scale, ValueFormatOptions } from '../../text/index.js';
import { factMessages } from '../messages.js';
import { readEnum, readInteger, type Reader } from '../reader.js';

export const DISPLAY_PARAMS = ['decimals', 'scale'] as const;

const SCALES: Record<string, Scale> = { miljoner: 'miljon', miljarder: 'miljard' };

export function readDisplay(r: Reader): Pick<ValueFormatOptions, 'decimals' | 'scale'> {
  const decimals = readInteger(r, 'decimals', 0, 6);
  let scale: Scale | undefined;
  if (r.raw('scale') !== undefined) {
    scale = SCALES[readEnum(r, 'scale', ['miljoner', 'miljarder'] as const, 'miljoner')];
    const unit = r.indicator.unit;
    if (unit !== 'antal' && unit !== 'kronor') {
      r.error('fact/bad-param', factMessages.badParam(r.def.id, 'scale', `left out: ${r.indicator.id} is in ${unit}, not a count or kronor`, r.raw('scale')));
    }
  }
  return { ...(decimals !== undefined ? { decimals } : {}), ...(scale ? { scale } : {}) };
}
