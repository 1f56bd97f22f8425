import type { IndicatorId, Polarity, Registry, Unit } from '../model/registry.js';
import { findIndicator } from './find.js';

/**
 * What the CLI's `indicators` commands show, as plain values: no formatting here (listing-text.ts
 * renders these), so the same data can be printed as text or JSON.
 */

export interface IndicatorRow {
  id: IndicatorId;
  name: string;
  /** Years with observations, ascending; empty when there are none. */
  years: number[];
}

/** One row per indicator in catalogue order, with the years the datasets have for it. */
export function listIndicators(registry: Registry, yearsWithData: ReadonlyMap<IndicatorId, readonly number[]>): IndicatorRow[] {
  return [...registry.indicators.values()].map((indicator) => ({
    id: indicator.id,
    name: indicator.name,
    years: [...new Set(yearsWithData.get(indicator.id) ?? [])].sort((a, b) => a - b),
  }));
}

export interface NumberedName {
  number: number;
  name: string;
}

export interface DimensionDescription {
  name: string;
  label: string;
  values: { code: string; label: string }[];
  pattern: string | null;
}

export interface IndicatorDescription {
  id: IndicatorId;
  name: string;
  catalogue: 'bilaga-1' | 'addition';
  source: string;
  definition: string;
  unit: Unit;
  polarity: Polarity;
  malomrade: NumberedName | null;
  inriktningsmal: NumberedName[];
  inriktningsmalText: string | null;
  uppfoljningsomraden: string[];
  dimensions: DimensionDescription[];
  file: string;
  line: number;
  /** Figures, tables and facts that use the indicator, as the caller names them. */
  usedBy: string[];
}

/**
 * Everything known about one indicator; `ref` may be any form findIndicator accepts ("ID 2.3").
 * Undefined when no indicator matches.
 */
export function describeIndicator(registry: Registry, ref: string, usedBy: readonly string[]): IndicatorDescription | undefined {
  const indicator = findIndicator(registry, ref);
  if (!indicator) return undefined;
  const malomrade = registry.malomraden.find((m) => m.number === indicator.malomrade);
  return {
    id: indicator.id,
    name: indicator.name,
    catalogue: indicator.catalogue,
    source: indicator.source,
    definition: indicator.definition,
    unit: indicator.unit,
    polarity: indicator.polarity,
    malomrade: malomrade ? { number: malomrade.number, name: malomrade.name } : null,
    inriktningsmal: indicator.inriktningsmal.flatMap((n) => {
      const goal = registry.inriktningsmal.find((g) => g.number === n);
      return goal ? [{ number: goal.number, name: goal.name }] : [];
    }),
    inriktningsmalText: indicator.inriktningsmalText,
    uppfoljningsomraden: [...indicator.uppfoljningsomraden],
    dimensions: indicator.dimensions.map((d) => ({
      name: d.name,
      label: d.label,
      values: d.values.map((v) => ({ code: v.code, label: v.label })),
      pattern: d.pattern ?? null,
    })),
    file: indicator.file,
    line: indicator.line,
    usedBy: [...usedBy],
  };
}
