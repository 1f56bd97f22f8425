/**
 * The registry files as written: what indicators/*.yaml may hold once it has passed the JSON Schemas
 * (goals.schema.json, dimensions.schema.json, indicators.schema.json — the schemas are the source of
 * truth). Normalization turns these into the model of src/model/registry.ts.
 *
 * The key tables below tie each type to its schema: `satisfies KeyTable<T>` fails to compile when a
 * key is missing, extra, or required in one and optional in the other, and test/registry/schema.test.ts
 * checks the same tables against the schemas' `properties` and `required`.
 */
import type { Polarity, Unit } from '../model/registry.js';

export interface GoalsSpec {
  inriktningsmal: InriktningsmalSpec[];
  malomraden: MalomradeSpec[];
}

export interface InriktningsmalSpec {
  number: number;
  name: string;
  description: string;
}

export interface MalomradeSpec {
  number: number;
  inriktningsmal: number;
  name: string;
  description: string;
}

export interface DimensionsSpec {
  dimensions: Record<string, DimensionSpec>;
}

/** A vocabulary: `values` (code → label, in display order) or a `pattern` for codes, never both. */
export interface DimensionSpec {
  label: string;
  values?: Record<string, string>;
  pattern?: string;
}

/** A shared vocabulary's name, or an inline vocabulary. */
export type DimensionRefSpec = string | DimensionSpec;

export interface IndicatorFileSpec {
  indicators: IndicatorSpec[];
}

export interface IndicatorSpec {
  id: string;
  name: string;
  source: string;
  uppfoljningsomraden: string[];
  malomrade: number | null;
  inriktningsmal?: number[];
  inriktningsmal_text?: string;
  definition: string;
  unit: Unit;
  polarity?: Polarity;
  dimensions?: Record<string, DimensionRefSpec>;
  catalogue?: 'bilaga-1' | 'addition';
}

/** For each key of T: whether the schema must list it in `required`. */
export type KeyTable<T> = { [K in keyof T]-?: object extends Pick<T, K> ? 'optional' : 'required' };

export const goalsKeys = {
  inriktningsmal: 'required',
  malomraden: 'required',
} as const satisfies KeyTable<GoalsSpec>;

export const inriktningsmalKeys = {
  number: 'required',
  name: 'required',
  description: 'required',
} as const satisfies KeyTable<InriktningsmalSpec>;

export const malomradeKeys = {
  number: 'required',
  inriktningsmal: 'required',
  name: 'required',
  description: 'required',
} as const satisfies KeyTable<MalomradeSpec>;

export const dimensionsKeys = { dimensions: 'required' } as const satisfies KeyTable<DimensionsSpec>;

export const dimensionKeys = {
  label: 'required',
  values: 'optional',
  pattern: 'optional',
} as const satisfies KeyTable<DimensionSpec>;

export const indicatorFileKeys = { indicators: 'required' } as const satisfies KeyTable<IndicatorFileSpec>;

export const indicatorKeys = {
  id: 'required',
  name: 'required',
  source: 'required',
  uppfoljningsomraden: 'required',
  malomrade: 'required',
  inriktningsmal: 'optional',
  inriktningsmal_text: 'optional',
  definition: 'required',
  unit: 'required',
  polarity: 'optional',
  dimensions: 'optional',
  catalogue: 'optional',
} as const satisfies KeyTable<IndicatorSpec>;

/** Every Unit, in the schema's order; the type below fails to compile if one is left out. */
export const units = ['procent', 'antal', 'poang', 'rang', 'kronor', 'per-invanare', 'per-1000-invanare', 'procent-forandring', 'antal-forandring'] as const;
export const polarities = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export const catalogues = ['bilaga-1', 'addition'] as const;

type Covers<All, Listed> = [All] extends [Listed] ? ([Listed] extends [All] ? true : never) : never;
export const unitsCovered: Covers<Unit, (typeof units)[number]> = true;
export const polaritiesCovered: Covers<Polarity, (typeof polarities)[number]> = true;
export const cataloguesCovered: Covers<NonNullable<IndicatorSpec['catalogue']>, (typeof catalogues)[number]> = true;
