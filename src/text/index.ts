/**
 * Swedish for numbers and phrases, pure and deterministic. A sentence generator (or a Handlebars
 * helper) calls these; none of them decides which numbers to compare, that is src/compute.
 */
export {
  DEFAULT_DECIMALS,
  MINUS,
  NBSP,
  decimalExponent,
  formatNumber,
  formatPercent,
  formatPercentSign,
  formatYear,
  normalizeNumberText,
  parseNumber,
  roundHalfAway,
  roundSignificant,
  shiftDecimal,
} from './number.js';
export type { NumberFormatOptions } from './number.js';
export { formatScaled, pickScale, scaleExponent, scaleNumber } from './scale.js';
export type { Scale, ScaleOptions, ScaledNumber } from './scale.js';
export { defaultDecimals, displayValue, formatValue, isChangeUnit, isCounted, unitWordFor } from './unit.js';
export type { DisplayedValue, ValueFormatOptions } from './unit.js';
export { approximate, formatQualified, qualifierWord } from './approximate.js';
export type { ApproximateOptions, Approximation, QualifiedOptions } from './approximate.js';
export {
  FINITE_FORMS,
  FORMS,
  VERB_FORMS,
  VERB_SETS,
  changeVerbs,
  describeChange,
  directionOf,
  formatDifference,
  phraseChangeBy,
  phraseFromTo,
  phraseLevel,
  showChange,
  showChangeValue,
  splitFinite,
} from './change.js';
export type { ChangeOptions, ChangeWords, Direction, Form, Phrases, ShownChange, ShownEnds, VerbSet, Verbs } from './change.js';
export { APPROX_WORDS, COMPARATORS, showValue } from './shown.js';
export type { ApproxWord, Comparator, ShowOptions, ShownValue } from './shown.js';
export { describeRatio, formatRelativeDifference } from './ratio.js';
export type { RatioOptions } from './ratio.js';
export { formatRespective, joinList, joinRespective } from './list.js';
export type { Conjunction } from './list.js';
export { EN_DASH, formatNumberRange, formatYearRange, formatYearSpan } from './range.js';
export {
  AKTOR,
  AR,
  FALL,
  KOMMUN,
  LAN,
  LAND,
  NOUNS,
  PRIVAT_AKTOR,
  REGION,
  VARDGIVARE,
  capitalize,
  countNoun,
  countOf,
  definiteCount,
  formatPlace,
  numberWord,
  ordinalNumeric,
  ordinalWord,
} from './words.js';
export type { Gender, Noun, Numerals } from './words.js';
export { describeMissing, missingMarker } from './missing.js';
