import { parseIndicatorRef, type Indicator, type Registry } from '../model/registry.js';

/**
 * Looks an indicator up by any of the forms people write: "2:3", "2.3", "ID 2.3", "int:4", "ny:1".
 * Undefined when the reference is not an ID or names no indicator.
 */
export function findIndicator(registry: Registry, ref: string): Indicator | undefined {
  const id = parseIndicatorRef(ref.trim().toUpperCase());
  return id === undefined ? undefined : registry.indicators.get(id);
}
