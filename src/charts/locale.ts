/**
 * The sv-SE locale for vega's d3-format and d3-time-format. It travels inside every spec
 * (`config.locale`), so the compiled Vega spec formats the same way wherever it is rendered, and
 * `format.ts` formats the text alternative with the very same d3 functions.
 *
 * - numbers: decimal comma, U+00A0 NO-BREAK SPACE between thousands ("191 000 000"), U+2212 minus —
 *   the same choices as src/text/number.ts.
 * - time: Swedish month names, lower case as Swedish writes them ("mars 2020", "mar").
 */
export const SV_NUMBER_LOCALE = {
  decimal: ',',
  thousands: '\u00a0',
  grouping: [3],
  currency: ['', '\u00a0kr'] as [string, string],
  minus: '\u2212',
};

export const SV_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const SV_SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

export const SV_TIME_LOCALE = {
  dateTime: '%A %e %B %Y kl. %X',
  date: '%Y-%m-%d',
  time: '%H:%M:%S',
  periods: ['fm', 'em'] as [string, string],
  days: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  shortDays: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
  months: [...SV_MONTHS],
  shortMonths: [...SV_SHORT_MONTHS],
};

/** `config.locale` of every spec. */
export const SV_LOCALE = { number: SV_NUMBER_LOCALE, time: SV_TIME_LOCALE };
