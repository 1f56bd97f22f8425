import type { ValidateFunction } from 'ajv';
import { defineSchema } from '../schema/schema.js';
import dimensionsSchema from './dimensions.schema.json' with { type: 'json' };
import goalsSchema from './goals.schema.json' with { type: 'json' };
import indicatorsSchema from './indicators.schema.json' with { type: 'json' };

export { dimensionsSchema, goalsSchema, indicatorsSchema };

/** Which schema a registry file answers to, decided by its file name. */
export type RegistryFileKind = 'goals' | 'dimensions' | 'indicators';

export type RegistryValidators = Record<RegistryFileKind, ValidateFunction>;

// indicators.schema.json refers to dimensions.schema.json by its file name (so editors resolve it next
// to the YAML's $schema), hence the names.
const goals = defineSchema('goals.schema.json', goalsSchema);
const dimensions = defineSchema('dimensions.schema.json', dimensionsSchema);
const indicators = defineSchema('indicators.schema.json', indicatorsSchema, [dimensions]);

/** The three validators (compiled on first use, by the one ajv setup of src/schema/schema.ts). */
export function compileRegistrySchemas(): RegistryValidators {
  return { goals: goals(), dimensions: dimensions(), indicators: indicators() };
}
