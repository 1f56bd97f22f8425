/** The registry stage's public surface. */
export { loadRegistry } from './load.js';
export { findIndicator } from './find.js';
export { compareIndicatorIds } from './build.js';
export { listIndicators, describeIndicator } from './listing.js';
export type { IndicatorRow, IndicatorDescription, DimensionDescription, NumberedName } from './listing.js';
export { renderIndicatorList, renderIndicatorDescription, formatYears } from './listing-text.js';
export { registryMessages, registryCodes } from './messages.js';
