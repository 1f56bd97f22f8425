/** Pure numbers for the narrative: changes, spans, ratios, shares, ranks and counts. No formatting, no IO. */
export { changeSign, computeChange } from './change.js';
export type { Change, ChangeOptions } from './change.js';
export { countMeeting, meetsThreshold } from './count.js';
export type { CountResult, Threshold } from './count.js';
export { decimalPlaces, exactDifference, exactSum } from './decimal.js';
export { bottomN, rankItems, rankOf, topN } from './rank.js';
export type { Order, RankItem, Ranked, Significance, TieBreak, TopResult } from './rank.js';
export { computeRatio, relativeDifference, shareOf, sharesOfTotal } from './ratio.js';
export type { Shares } from './ratio.js';
export { changeOverSpan } from './span.js';
export type { Gap, GapReason, SeriesPoint, SpanChange, SpanOptions } from './span.js';
export { findObservation, resolveYears, selectObservations, yearsWithValues } from './select.js';
