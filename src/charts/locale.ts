/** sv-SE number locale for vega's d3-format: decimal comma, no-break space between thousands. */
export const SV_NUMBER_LOCALE = {
  decimal: ',',
  thousands: '\u00a0',
  grouping: [3],
  currency: ['', '\u00a0kr'] as [string, string],
  minus: '\u2212',
};
