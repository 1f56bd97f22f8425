/**
 * `units` (src/registry/spec.ts) lists the units for a hint, in the schema's order; whether the Unit type
 * and the schema's enum agree is checked with the other types in schema-types.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { indicatorsSchema } from '../../src/registry/schemas.js';
import { units } from '../../src/registry/spec.js';

describe('units', () => {
  it("is the schema's enum of units, in its order", () => {
    expect([...units]).toEqual(indicatorsSchema.definitions.indicator.properties.unit.enum);
  });
});
