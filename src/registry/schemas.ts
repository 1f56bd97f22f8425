import type { ValidateFunction } from 'ajv';
import { lazyRequire } from '../diagnostics/lazy.js';
import dimensionsSchema from './dimensions.schema.json' with { type: 'json' };
import goalsSchema from './goals.schema.json' with { type: 'json' };
import indicatorsSchema from './indicators.schema.json' with { type: 'json' };

export { dimensionsSchema, goalsSchema, indicatorsSchema };

const ajvModule = lazyRequire<typeof import('ajv')>('ajv');

/** Which schema a registry file answers to, decided by its file name. */
export type RegistryFileKind = 'goals' | 'dimensions' | 'indicators';

export type RegistryValidators = Record<RegistryFileKind, ValidateFunction>;

/**
 * Compiles the three schemas. Called once per load rather than kept in a module-level cache, so
 * loading stays a function of its inputs; compiling takes a few milliseconds.
 * indicators.schema.json refers to dimensions.schema.json by its file name (so editors resolve it
 * next to the YAML's $schema), hence the key given to addSchema.
 */
export function compileRegistrySchemas(): RegistryValidators {
  // strictRequired is off because dimensions.schema.json uses `if: {required: [pattern]}`;
  // verbose gives errors their parentSchema, from which "did you mean" takes the allowed keys.
  const { Ajv } = ajvModule();
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  ajv.addSchema(dimensionsSchema, 'dimensions.schema.json');
  const dimensions = ajv.getSchema('dimensions.schema.json');
  if (!dimensions) throw new Error('dimensions.schema.json did not compile');
  return { goals: ajv.compile(goalsSchema), dimensions, indicators: ajv.compile(indicatorsSchema) };
}
