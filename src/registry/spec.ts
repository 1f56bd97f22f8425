/**
 * The registry files as written: what indicators/*.yaml may hold once it has passed the JSON Schemas
 * (goals.schema.json, dimensions.schema.json, indicators.schema.json — the schemas are the source of
 * truth). Normalization turns these into the model of src/model/registry.ts.
 *
 * test/registry/schema-types.test.ts generates TypeScript from each schema and fails when a type here
 * and its schema disagree (a key, whether it is required, a value's type, an enum's values).
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

/** Every Unit, in the schema's order; the type below fails to compile if one is left out. */
export const units = ['procent', 'antal', 'poang', 'rang', 'kronor', 'per-invanare', 'per-1000-invanare', 'procent-forandring', 'antal-forandring'] as const;

type Covers<All, Listed> = [All] extends [Listed] ? ([Listed] extends [All] ? true : never) : never;
export const unitsCovered: Covers<Unit, (typeof units)[number]> = true;
