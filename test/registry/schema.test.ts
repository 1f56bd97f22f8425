/**
 * The JSON Schemas are the source of truth; src/registry/spec.ts mirrors them as TypeScript. The key
 * tables there are checked against the types at compile time (`satisfies KeyTable<T>`) and against
 * the schemas here, so the two cannot drift apart silently.
 */
import { describe, expect, it } from '@jest/globals';
import { dimensionsSchema, goalsSchema, indicatorsSchema } from '../../src/registry/schemas.js';
import {
  catalogues,
  dimensionKeys,
  dimensionsKeys,
  goalsKeys,
  indicatorFileKeys,
  indicatorKeys,
  inriktningsmalKeys,
  malomradeKeys,
  polarities,
  units,
} from '../../src/registry/spec.js';

interface ObjectSchema {
  properties: Record<string, { enum?: unknown[] }>;
  required?: string[];
}

const objectSchemas: [string, ObjectSchema, Record<string, 'required' | 'optional'>][] = [
  ['goals', goalsSchema as unknown as ObjectSchema, goalsKeys],
  ['goals#inriktningsmal', goalsSchema.definitions.inriktningsmal as unknown as ObjectSchema, inriktningsmalKeys],
  ['goals#malomrade', goalsSchema.definitions.malomrade as unknown as ObjectSchema, malomradeKeys],
  ['dimensions', dimensionsSchema as unknown as ObjectSchema, dimensionsKeys],
  ['dimensions#dimension', dimensionsSchema.definitions.dimension as unknown as ObjectSchema, dimensionKeys],
  ['indicators', indicatorsSchema as unknown as ObjectSchema, indicatorFileKeys],
  ['indicators#indicator', indicatorsSchema.definitions.indicator as unknown as ObjectSchema, indicatorKeys],
];

describe('schemas and spec types agree', () => {
  it.each(objectSchemas)('%s: same keys, same required keys', (_name, schema, table) => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(table).sort());
    const required = Object.entries(table)
      .filter(([, r]) => r === 'required')
      .map(([k]) => k);
    expect([...(schema.required ?? [])].sort()).toEqual(required.sort());
  });

  it('enums match the model unions', () => {
    const indicator = indicatorsSchema.definitions.indicator as unknown as ObjectSchema;
    expect(indicator.properties['unit']?.enum).toEqual([...units]);
    expect(indicator.properties['polarity']?.enum).toEqual([...polarities]);
    expect(indicator.properties['catalogue']?.enum).toEqual([...catalogues]);
  });
});
