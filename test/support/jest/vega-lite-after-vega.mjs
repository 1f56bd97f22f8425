// vega-lite as the project's own modules see it under jest (resolver.cjs maps 'vega-lite' here):
// vega-lite's own ES module build, loaded only once vega is loaded.
//
// Why: src/charts/render.ts loads vega and vega-lite at once (Promise.all of two dynamic imports), and
// vega-lite imports vega and vega-util. Jest 29's ES module runtime on Node 20 cannot link two module
// graphs that share modules at the same time: it fails with "request for './accessor.js' is not in
// cache" (vega-util's accessor.js). Loaded one after the other, both link and run as under Node —
// the same files, the same module instances. (Cycles are not the trouble: vega alone loads fine.)
//
// The names are vega-lite's exports; test/support/vega-lite.test.ts fails when they differ.
await import('vega');
const vl = await import('vega-lite');

export const {
  accessPathDepth, accessPathWithDatum, accessWithDatumToUnescapedPath, compile, contains, deepEqual,
  deleteNestedProperty, duplicate, entries, every, fieldIntersection, flatAccessWithDatum, getFirstDefined,
  hasIntersection, hasProperty, hash, internalField, isBoolean, isEmpty, isEqual, isInternalField,
  isNullOrFalse, isNumeric, isPrimitive, keys, logicalExpr, mergeDeep, never, normalize, normalizeAngle,
  omit, pick, prefixGenerator, removePathFromField, replaceAll, replacePathInField, resetIdCounter,
  setEqual, some, stringify, titleCase, unescapeSingleQuoteAndPathDot, unique, uniqueId, vals, varName,
  version,
} = vl;
