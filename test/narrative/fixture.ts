/** A small registry and datasets built in memory, so each test states the data it reads. */
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FactDef } from '../../src/model/edition.js';
import type { Fact } from '../../src/model/fact.js';
import type { Datasets, MissingReason, Observation, Qualifier } from '../../src/model/observation.js';
import type { Dimension, Indicator, Registry, Unit } from '../../src/model/registry.js';
import { computeFacts } from '../../src/narrative/facts.js';

const LABELS: Record<string, string> = {
  nattillsyn: 'Nattillsyn med digital teknik',
  'sip-andra': 'SIP med stöd av video vid andra tillfällen',
  ordinart: 'Ordinärt boende',
  sarskilt: 'Särskilt boende för äldre',
  uppsala: 'Region Uppsala',
  orebro: 'Region Örebro län',
  vasterbotten: 'Region Västerbotten',
  skane: 'Region Skåne',
  gavleborg: 'Region Gävleborg',
  riket: 'Riket',
  'oklar-lagstiftning': 'Oklar lagstiftning',
  ekonomi: 'Ekonomi',
  'egna-resurser': 'Egna resurser',
  'verksamhetens-installning': 'Verksamhetens inställning',
  finns: 'Finns',
  planeras: 'Planeras',
  nej: 'Nej',
  sverige: 'Sverige',
  finland: 'Finland',
  danmark: 'Danmark',
  eu: 'EU',
  kvinnor: 'Kvinnor',
  man: 'Män',
};

function dimension(name: string, codes: string[] | { pattern: string }): Dimension {
  if (!Array.isArray(codes)) return { name, label: name, values: [], pattern: codes.pattern };
  return { name, label: name, values: codes.map((code) => ({ code, label: LABELS[code] ?? code })) };
}

export function indicator(id: string, unit: Unit, dims: Record<string, string[] | { pattern: string }> = {}, name = `Indikator ${id}`): Indicator {
  return {
    id,
    name,
    source: 'Test',
    uppfoljningsomraden: [],
    malomrade: null,
    inriktningsmal: [],
    inriktningsmalText: null,
    definition: '',
    unit,
    polarity: 'neutral',
    dimensions: Object.entries(dims).map(([n, c]) => dimension(n, c)),
    catalogue: 'bilaga-1',
    file: 'indicators/test.yaml',
    line: 1,
  };
}

export const REGIONS = ['uppsala', 'orebro', 'vasterbotten', 'skane', 'gavleborg', 'riket'];

/** The indicators the narrative tests use. */
export const REGISTRY: Registry = registryOf(
  indicator('1:1', 'procent', { teknik: ['nattillsyn', 'sip-andra'], boendeform: ['ordinart', 'sarskilt'] }, 'Kommunal välfärdsteknik'),
  indicator('2:10', 'antal', { kon: ['kvinnor', 'man'] }, 'Inloggningar 1177 Vårdguiden'),
  indicator('2:11', 'per-invanare', { kon: ['kvinnor', 'man'], aldersgrupp: { pattern: '^[0-9]{1,3}(-[0-9]{1,3}|\\+)$' } }),
  indicator('3:2', 'procent', { fraga: ['e-tjanster', 'digital-vard'], region: REGIONS }),
  indicator('9:1', 'antal', {}, 'Informatikansvarig i regionerna'),
  indicator('12:2', 'antal', { hinder: ['oklar-lagstiftning', 'ekonomi', 'egna-resurser', 'verksamhetens-installning'] }),
  indicator('13:4', 'antal', { region: REGIONS, status: ['finns', 'planeras', 'nej'] }),
  indicator('INT:1', 'poang', { land: ['sverige', 'finland', 'danmark', 'eu'] }),
  indicator('INT:2', 'rang', { land: ['sverige', 'finland', 'danmark', 'eu'] }),
  indicator('9:3', 'kronor'),
);

export function registryOf(...indicators: Indicator[]): Registry {
  return { indicators: new Map(indicators.map((i) => [i.id, i])), inriktningsmal: [], malomraden: [] };
}

type ValueSpec = number | { missing: MissingReason } | { value: number; qualifier: Qualifier };

/** One observation: o('1:1', 2020, { teknik: 'nattillsyn' }, 66) or …, { missing: 'not-asked' }. */
export function o(indicatorId: string, year: number, dims: Record<string, string>, spec: ValueSpec): Observation {
  const value = typeof spec === 'number' ? spec : 'value' in spec ? spec.value : null;
  return {
    indicator: indicatorId,
    year,
    dims: Object.fromEntries(Object.keys(dims).sort().map((k) => [k, dims[k]!])),
    value,
    missing: typeof spec === 'object' && 'missing' in spec ? spec.missing : null,
    qualifier: typeof spec === 'object' && 'qualifier' in spec ? spec.qualifier : null,
    source: 'Test',
    note: null,
    quote: null,
    respondents: null,
    tiebreak: false,
    location: { file: `datasets/${year}/test.yaml`, line: 1, column: 1 },
  };
}

export function datasetsOf(year: number, observations: readonly Observation[], years?: number[]): Datasets {
  return { year, years: years ?? [...new Set(observations.map((x) => x.year))].sort((a, b) => a - b), observations };
}

export const LOCATION = { file: 'templates/editions/2020/facts/test.yaml', line: 3, column: 3 };

export function def(id: string, kind: string, params: Record<string, unknown>): FactDef {
  return { id, kind, params, location: LOCATION };
}

/** Computes one fact; fails when it produced an error. */
export function fact(datasets: Datasets, kind: string, params: Record<string, unknown>, registry = REGISTRY): Fact {
  const { facts, diagnostics } = computeFacts([def('f', kind, params)], datasets, registry);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  const f = facts.get('f');
  if (!f) throw new Error('no fact');
  return f;
}

/** The diagnostics of one fact definition. */
export function diagnose(datasets: Datasets, kind: string, params: Record<string, unknown>, registry = REGISTRY): Diagnostic[] {
  return computeFacts([def('f', kind, params)], datasets, registry).diagnostics;
}

/** "1_234" → "1\u00A0234". */
export function nb(text: string): string {
  return text.replace(/_/g, '\u00A0');
}
