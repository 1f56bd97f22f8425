/**
 * Claims: the conditions hand-written words rest on, checked against the computed facts at every build.
 * A claim never reads the data itself; it reads facts, so a gap in the data makes it unknown (a gap in
 * the text), never silently true.
 *
 *   ClaimDef.holds ──evaluate (over Map<id, Fact>)──▶ ClaimResult { holds: true | false | null, why }
 *
 * Conditions (templates/editions/README.md, "Claims"):
 *   rising / falling / unchanged: <fact>       the direction a change fact prints
 *   compare: [<a>, <op>, <b>]                  a, b: a fact (its main number), "<fact>.<value>", or a number;
 *                                              op: > >= < <= == !=; "<fact>.<value>" reads a number a fact
 *                                              with a gap still knows (its respondents)
 *   first: { fact, member }                    a ranked fact (top, rank, largest-change) puts member first
 *   rank: { fact, member, is }                 … puts member at place `is`
 *   members: { fact, are: [codes] }            a top fact lists exactly these members (any order)
 *   majority / minority / half: <count fact>   more than, less than, exactly half of the total
 *   all: [...] / any: [...] / not: {...}       with unknown (a gap) as a third value
 *   gap: <fact>                                the fact's data is missing (never unknown): beside `stated`,
 *                                              a statement that holds only while the data cannot check it
 *   stated: { source, year, while }            a statement the data cannot check, taken from `source`:
 *                                              holds only in the edition of data year `year`, and only
 *                                              while each fact named in `while` prints the number given
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { ClaimDef } from '../model/edition.js';
import type { Fact } from '../model/fact.js';
import { formatNumber } from '../text/index.js';

export interface ClaimResult {
  id: string;
  says: string;
  /** true: holds; false: the data contradicts it; null: a fact it needs lacks data. */
  holds: boolean | null;
  /** Why it does not hold, or what is missing: "Finland (20) > Sverige (18)". Empty when it holds. */
  why: string;
  /** The facts it read, and their observations (report.json traces both). */
  facts: string[];
  observations: string[];
  location: ClaimDef['location'];
}

type Truth = { holds: boolean | null; why: string };

const CONDITIONS = ['rising', 'falling', 'unchanged', 'compare', 'first', 'rank', 'members', 'majority', 'minority', 'half', 'all', 'any', 'not', 'stated', 'gap'] as const;
const OPERATORS = ['>', '>=', '<', '<=', '==', '!='] as const;
type Operator = (typeof OPERATORS)[number];

/** The main number of a fact, for `compare`: what its text shows. */
const MAIN_VALUES = ['shown', 'value', 'to', 'count', 'rank', 'ratio', 'difference', 'first'] as const;

export function evaluateClaims(
  defs: readonly ClaimDef[],
  facts: ReadonlyMap<string, Fact>,
  context: { year: number; factIds: ReadonlySet<string> },
): { results: Map<string, ClaimResult>; diagnostics: Diagnostic[] } {
  const results = new Map<string, ClaimResult>();
  const diagnostics: Diagnostic[] = [];
  for (const def of defs) {
    const used = new Set<string>();
    const bad = (message: string, hint?: string): Truth => {
      diagnostics.push({ severity: 'error', code: 'claim/bad-condition', message: `claim "${def.id}": ${message}`, location: def.location, ...(hint ? { hint } : {}) });
      return { holds: null, why: message };
    };
    const env: Env = { facts, year: context.year, factIds: context.factIds, used, bad };
    const before = diagnostics.length;
    const truth = evaluate(def.holds, env);
    if (diagnostics.length > before) continue;
    const observations = [...new Set([...used].flatMap((id) => facts.get(id)?.observations ?? []))];
    results.set(def.id, { id: def.id, says: def.says, holds: truth.holds, why: truth.holds === true ? '' : truth.why, facts: [...used], observations, location: def.location });
  }
  return { results, diagnostics };
}

interface Env {
  facts: ReadonlyMap<string, Fact>;
  year: number;
  /** Every fact id the edition defines (a fact may be defined and still fail to compute). */
  factIds: ReadonlySet<string>;
  used: Set<string>;
  bad: (message: string, hint?: string) => Truth;
}

function evaluate(raw: unknown, env: Env): Truth {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.keys(raw).length !== 1) {
    return env.bad(`a condition is a mapping with one key, not ${JSON.stringify(raw)}`, `conditions: ${CONDITIONS.join(', ')}`);
  }
  const [key, arg] = Object.entries(raw as Record<string, unknown>)[0]!;
  switch (key) {
    case 'rising':
    case 'falling':
    case 'unchanged':
      return direction(key, arg, env);
    case 'compare':
      return compare(arg, env);
    case 'first':
      return ranked({ ...(arg as object), is: 1 }, env, 'first');
    case 'rank':
      return ranked(arg, env, 'rank');
    case 'members':
      return members(arg, env);
    case 'majority':
    case 'minority':
    case 'half':
      return majority(key, arg, env);
    case 'all':
    case 'any':
      return combine(key, arg, env);
    case 'not': {
      const inner = evaluate(arg, env);
      return inner.holds === null ? inner : { holds: !inner.holds, why: inner.holds ? `not: ${inner.why || 'it holds'}` : '' };
    }
    case 'stated':
      return stated(arg, env);
    case 'gap':
      return gap(arg, env);
    default:
      return env.bad(`unknown condition "${key}"`, didYouMean(key, CONDITIONS) ?? `conditions: ${CONDITIONS.join(', ')}`);
  }
}

/** The fact of that id, counted as used; undefined (with an error) when the edition has no such fact. */
function factOf(id: unknown, env: Env, what: string): Fact | 'gap' | undefined {
  if (typeof id !== 'string') {
    env.bad(`${what} must name a fact, not ${JSON.stringify(id)}`);
    return undefined;
  }
  if (!env.factIds.has(id)) {
    env.bad(`unknown fact "${id}"`, didYouMean(id, env.factIds) ?? 'define it under facts: in facts/*.yaml of this edition');
    return undefined;
  }
  env.used.add(id);
  const fact = env.facts.get(id);
  if (!fact) return undefined; // defined but wrong: its own diagnostic says why
  return fact.missing.length ? 'gap' : fact;
}

function gapTruth(id: string, env: Env): Truth {
  return { holds: null, why: env.facts.get(id)?.missing.join('; ') || `uppgift saknas (${id})` };
}

function direction(key: 'rising' | 'falling' | 'unchanged', id: unknown, env: Env): Truth {
  const fact = factOf(id, env, key);
  if (fact === undefined) return { holds: null, why: '' };
  if (fact === 'gap') return gapTruth(String(id), env);
  if (!fact.change) return env.bad(`${key}: fact "${fact.id}" (${fact.kind}) words no change`, 'use a trend, change or a value in a change unit');
  const want = key === 'rising' ? 'increase' : key === 'falling' ? 'decrease' : 'unchanged';
  const holds = fact.change.direction === want;
  return { holds, why: holds ? '' : `${fact.id}: ${fact.text}` };
}

/** An operand: a number, a fact (its main number) or "fact.value". */
function operand(raw: unknown, env: Env): { value: number; label: string } | 'gap' | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw, label: formatNumber(raw, { decimals: 6 }) };
  if (typeof raw !== 'string') {
    env.bad(`compare: an operand is a fact id, "fact.value" or a number, not ${JSON.stringify(raw)}`);
    return undefined;
  }
  const dot = raw.lastIndexOf('.');
  const [id, name] = dot > 0 && !env.factIds.has(raw) ? [raw.slice(0, dot), raw.slice(dot + 1)] : [raw, undefined];
  const fact = factOf(id, env, 'compare');
  if (fact === undefined) return fact;
  if (fact === 'gap') {
    // What a fact with a gap still knows (how many answered) it knows by name; its main number it does not.
    const known = name === undefined ? undefined : env.facts.get(id)?.values[name];
    return typeof known === 'number' ? { value: known, label: `${id}.${name} (${formatNumber(known, { decimals: 6 })})` } : 'gap';
  }
  const key = name ?? MAIN_VALUES.find((k) => typeof fact.values[k] === 'number');
  const value = key === undefined ? undefined : fact.values[key];
  if (typeof value !== 'number') {
    const names = Object.keys(fact.values).filter((k) => typeof fact.values[k] === 'number');
    env.bad(`compare: fact "${id}" has no number "${name ?? 'value'}"`, `its numbers: ${names.join(', ')}`);
    return undefined;
  }
  return { value, label: `${id}${name ? `.${name}` : ''} (${formatNumber(value, { decimals: 6 })})` };
}

function compare(arg: unknown, env: Env): Truth {
  if (!Array.isArray(arg) || arg.length !== 3) return env.bad('compare takes [a, operator, b]', 'for example compare: [s31-desi-sverige, ">", s31-desi-finland]');
  const [a, op, b] = arg as [unknown, unknown, unknown];
  if (typeof op !== 'string' || !(OPERATORS as readonly string[]).includes(op)) return env.bad(`compare: unknown operator ${JSON.stringify(op)}`, `operators: ${OPERATORS.join(' ')}`);
  const left = operand(a, env);
  const right = operand(b, env);
  if (left === undefined || right === undefined) return { holds: null, why: '' };
  if (left === 'gap') return gapTruth(String(a).split('.')[0]!, env);
  if (right === 'gap') return gapTruth(String(b).split('.')[0]!, env);
  const holds = test(left.value, op as Operator, right.value);
  return { holds, why: holds ? '' : `${left.label} ${op} ${right.label} stämmer inte` };
}

function test(a: number, op: Operator, b: number): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function spec(arg: unknown, env: Env, name: string, keys: readonly string[]): Record<string, unknown> | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) {
    env.bad(`${name} takes a mapping with ${keys.join(', ')}`);
    return undefined;
  }
  const s = arg as Record<string, unknown>;
  for (const k of Object.keys(s)) if (!keys.includes(k)) env.bad(`${name} has no key "${k}"`, didYouMean(k, keys) ?? `keys: ${keys.join(', ')}`);
  for (const k of keys) if (s[k] === undefined) env.bad(`${name} needs "${k}"`);
  return s;
}

function ranked(arg: unknown, env: Env, name: 'first' | 'rank'): Truth {
  const s = spec(arg, env, name, ['fact', 'member', 'is']);
  if (!s) return { holds: null, why: '' };
  const fact = factOf(s['fact'], env, name);
  if (fact === undefined) return { holds: null, why: '' };
  if (fact === 'gap') return gapTruth(String(s['fact']), env);
  const is = s['is'];
  if (typeof is !== 'number' || !Number.isInteger(is) || is < 1) return env.bad(`${name}: "is" must be a place 1, 2, …`);
  if (!fact.ranked) return env.bad(`${name}: fact "${fact.id}" (${fact.kind}) ranks nothing`, 'use a top, rank or largest-change fact');
  const member = String(s['member']);
  const index = fact.ranked.indexOf(member);
  if (index < 0 && !fact.ranked.length) return env.bad(`${name}: fact "${fact.id}" ranked no members`);
  const place = index < 0 ? 0 : (fact.places?.[index] ?? index + 1);
  // A shared place is no place of one's own: "använder mest" is false when another member has as many.
  const sharing = index < 0 ? [] : fact.ranked.filter((code, i) => i !== index && (fact.places?.[i] ?? i + 1) === place);
  const holds = place === is && !sharing.length;
  if (place === is && sharing.length) return { holds, why: `${member} delar plats ${place} med ${sharing.join(', ')}` };
  return { holds, why: holds ? '' : `${member} står ${place ? `på plats ${place}` : 'inte bland de rangordnade'}, inte på plats ${is} (${fact.ranked.join(', ')})` };
}

function members(arg: unknown, env: Env): Truth {
  const s = spec(arg, env, 'members', ['fact', 'are']);
  if (!s) return { holds: null, why: '' };
  const fact = factOf(s['fact'], env, 'members');
  if (fact === undefined) return { holds: null, why: '' };
  if (fact === 'gap') return gapTruth(String(s['fact']), env);
  const are = s['are'];
  if (!Array.isArray(are) || !are.length) return env.bad('members: "are" must list codes');
  if (!fact.ranked || fact.kind !== 'top') return env.bad(`members: fact "${fact.id}" (${fact.kind}) lists no members`, 'use a top fact');
  const want = [...are.map(String)].sort();
  const got = [...fact.ranked].sort();
  const holds = want.length === got.length && want.every((c, i) => c === got[i]);
  return { holds, why: holds ? '' : `listan är ${fact.ranked.join(', ')}, inte ${are.join(', ')}` };
}

function majority(key: 'majority' | 'minority' | 'half', id: unknown, env: Env): Truth {
  const fact = factOf(id, env, key);
  if (fact === undefined) return { holds: null, why: '' };
  if (fact === 'gap') return gapTruth(String(id), env);
  const count = fact.values['count'];
  const total = fact.values['total'];
  if (typeof count !== 'number' || typeof total !== 'number') return env.bad(`${key}: fact "${fact.id}" (${fact.kind}) counts nothing`, 'use a count fact');
  const holds = key === 'majority' ? count * 2 > total : key === 'minority' ? count * 2 < total : count * 2 === total;
  return { holds, why: holds ? '' : `${formatNumber(count, { decimals: 0 })} av ${formatNumber(total, { decimals: 0 })}` };
}

function combine(key: 'all' | 'any', arg: unknown, env: Env): Truth {
  if (!Array.isArray(arg) || !arg.length) return env.bad(`${key} takes a list of conditions`);
  const parts = arg.map((c) => evaluate(c, env));
  const decisive = key === 'all' ? false : true;
  const hit = parts.find((p) => p.holds === decisive);
  if (hit) return key === 'all' ? hit : { holds: true, why: '' };
  const unknown = parts.find((p) => p.holds === null);
  if (unknown) return unknown;
  return key === 'all' ? { holds: true, why: '' } : { holds: false, why: parts.map((p) => p.why).join('; ') };
}

function stated(arg: unknown, env: Env): Truth {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return env.bad('stated takes { source, year, while }');
  const s = arg as Record<string, unknown>;
  for (const k of Object.keys(s)) if (!['source', 'year', 'while'].includes(k)) env.bad(`stated has no key "${k}"`, didYouMean(k, ['source', 'year', 'while']) ?? 'keys: source, year, while');
  if (typeof s['source'] !== 'string' || !s['source'].trim()) return env.bad('stated needs "source": where the statement comes from');
  if (typeof s['year'] !== 'number' || !Number.isInteger(s['year'])) return env.bad('stated needs "year": the data year it was stated for');
  const pinned = s['while'] ?? {};
  if (typeof pinned !== 'object' || pinned === null || Array.isArray(pinned)) return env.bad('stated: "while" maps fact ids to the numbers they printed');
  if (s['year'] !== env.year) return { holds: false, why: `uppgiften gäller år ${s['year']} (${s['source']}); pröva den mot år ${env.year}` };
  for (const [id, want] of Object.entries(pinned as Record<string, unknown>)) {
    if (typeof want !== 'number') return env.bad(`stated: "while.${id}" must be a number`);
    const got = operand(id, env);
    if (got === undefined) return { holds: null, why: '' };
    if (got === 'gap') return gapTruth(id.split('.')[0]!, env);
    if (got.value !== want) return { holds: false, why: `${got.label} är inte längre ${formatNumber(want, { decimals: 6 })}, som uppgiften i ${s['source']} gäller` };
  }
  return { holds: true, why: '' };
}

/**
 * `gap: <fact>`: the fact's data is missing. Beside `stated` it keeps a statement from its source only while
 * the data cannot check it ("en majoritet av regionerna" while Figur 35's counts are not entered): once
 * the values are entered the claim fails, and a condition on them takes its place.
 */
function gap(id: unknown, env: Env): Truth {
  const fact = factOf(id, env, 'gap');
  if (fact === undefined) return { holds: null, why: '' };
  const holds = fact === 'gap';
  return { holds, why: holds ? '' : `${fact.id} har nu värden (${fact.text}): pröva påståendet mot dem` };
}

/** The flag a claim that does not hold puts where it stands (in a sentence, a caption). */
export function claimFlag(result: Pick<ClaimResult, 'holds' | 'says'>): string {
  return result.holds === null ? `[Påståendet kan inte prövas, uppgift saknas: ${result.says}]` : `[Påståendet stämmer inte med data: ${result.says}]`;
}
