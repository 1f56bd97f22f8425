/**
 * Change over a span of years: from the first year with a value (or a given year) to the last (or a
 * given year). Years in between without a value — not asked, not collected, not entered — are skipped
 * and reported, never read as zero. An end point without a value is a gap the caller must show.
 */
import type { MissingReason } from '../model/observation.js';
import { computeChange, type Change } from './change.js';

/** Why a year has no value: a reason the data gives, or 'absent' when nothing was entered at all. */
export type GapReason = MissingReason | 'absent';

/** One year of a series: a value, or the reason there is none. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  /** Set when value is null. */
  reason: GapReason | null;
}

export interface Gap {
  year: number;
  reason: GapReason;
}

export interface SpanOptions {
  /** 'first' (default): the first year with a value before `to`; or a year. */
  from?: number | 'first';
  /** 'last' (default): the last year with a value; or a year. */
  to?: number | 'last';
  share?: boolean;
}

export type SpanChange =
  | { ok: true; fromYear: number; toYear: number; change: Change; skipped: Gap[] }
  | { ok: false; gaps: Gap[] };

/** The numbers of a found span, as a fact records them (report.json): ends, years and changes. */
export function spanValues(span: Extract<SpanChange, { ok: true }>): Record<string, number | null> {
  return {
    from: span.change.from,
    to: span.change.to,
    fromYear: span.fromYear,
    toYear: span.toYear,
    difference: span.change.absolute,
    relative: span.change.relative,
  };
}

/**
 * 2017: 37, 2018: not asked, 2019: 52, 2020: 66 with defaults → 2017 → 2020, change 29, skipped
 * [2018 not-asked]. Points may come in any order; a year given twice is an error of the caller.
 */
export function changeOverSpan(points: readonly SeriesPoint[], options: SpanOptions = {}): SpanChange {
  const series = [...points].sort((a, b) => a.year - b.year);
  assertDistinct(series);
  const at = (year: number): SeriesPoint => series.find((p) => p.year === year) ?? { year, value: null, reason: 'absent' };
  const gaps: Gap[] = [];

  const toSpec = options.to ?? 'last';
  let to: SeriesPoint | undefined;
  if (toSpec === 'last') {
    to = [...series].reverse().find((p) => p.value !== null);
    if (!to) return { ok: false, gaps: reasonsOrLast(series, series[series.length - 1]?.year ?? 0) };
  } else {
    to = at(toSpec);
    if (to.value === null) gaps.push(gapOf(to));
  }

  const fromSpec = options.from ?? 'first';
  let from: SeriesPoint | undefined;
  if (fromSpec === 'first') {
    const end = to.year;
    const earlier = series.filter((p) => p.year < end);
    from = earlier.find((p) => p.value !== null);
    if (!from) gaps.push(...reasonsOrLast(earlier, end - 1));
  } else {
    if (fromSpec >= to.year) throw new RangeError(`a span must run forward in time: ${fromSpec} → ${to.year}`);
    from = at(fromSpec);
    if (from.value === null) gaps.push(gapOf(from));
  }

  if (gaps.length || !from || from.value === null || to.value === null) {
    return { ok: false, gaps: gaps.sort((a, b) => a.year - b.year) };
  }
  const skipped = series.filter((p) => p.year > from.year && p.year < to.year && p.value === null).map(gapOf);
  return {
    ok: true,
    fromYear: from.year,
    toYear: to.year,
    change: computeChange(from.value, to.value, { share: options.share }),
    skipped,
  };
}

/**
 * Why no year of `points` has a value: the years that give a reason (not asked, not collected, …);
 * when none does, only the latest year (or `fallback`) as not entered — not every year any other
 * indicator has data for.
 */
function reasonsOrLast(points: readonly SeriesPoint[], fallback: number): Gap[] {
  const explained = points.filter((p) => p.value === null && p.reason !== null && p.reason !== 'absent').map(gapOf);
  if (explained.length) return explained;
  return [{ year: points[points.length - 1]?.year ?? fallback, reason: 'absent' }];
}

function gapOf(p: SeriesPoint): Gap {
  return { year: p.year, reason: p.reason ?? 'absent' };
}

function assertDistinct(series: readonly SeriesPoint[]): void {
  for (let i = 1; i < series.length; i++) {
    if (series[i]!.year === series[i - 1]!.year) throw new RangeError(`year ${series[i]!.year} appears twice in a series`);
  }
}
