import { describe, expect, it } from '@jest/globals';
import { buildCaption, expandCaption } from '../../src/charts/caption.js';
import type { CaptionDef } from '../../src/model/edition.js';
import type { Fact } from '../../src/model/fact.js';
import type { ClaimResult } from '../../src/narrative/claims.js';

/** Captions cite facts as the sections do; a caption is plain text, the cited facts are listed apart. */

const fact = (id: string, text: string, parts: Record<string, string>, missing: string[] = []): Fact => ({
  id,
  kind: 'value',
  text,
  parts,
  values: {},
  observations: [],
  missing,
});
const facts = new Map([
  ['cap-svar', fact('cap-svar', '12', { respondents: '19', year: '2020' })],
  ['cap-saknas', fact('cap-saknas', '[uppgift saknas: 9:2 Mobilitetsstrategi 2019]', {}, ['uppgift saknas: 9:2 Mobilitetsstrategi 2019'])],
]);
const location = { file: 'templates/editions/2020/figures/36-inriktningsmal-4.yaml', line: 9, column: 5 };
const context = { year: 2020, previousYear: 2019 };
const def = (notes: string[], footnotes: string[] = []): CaptionDef => ({ title: 'Digital agenda på länsnivå.', notes, source: 'Källa: Test, {{year}}.', ids: 'ID 13.4', footnotes });

describe('expandCaption', () => {
  it('fills in a fact’s part as plain text and lists the fact', () => {
    const r = expandCaption(def(['År 2020 svarade {{fact "cap-svar" "respondents"}} regioner på frågan.']), location, context, facts);
    expect(r.diagnostics).toEqual([]);
    expect(r.caption.notes).toEqual(['År 2020 svarade 19 regioner på frågan.']);
    expect(r.caption.source).toBe('Källa: Test, 2020.');
    expect(r.facts).toEqual(['cap-svar']);
    expect(buildCaption('Figur 41.', r, []).text).toBe('Figur 41. Digital agenda på länsnivå. År 2020 svarade 19 regioner på frågan. Källa: Test, 2020. (ID 13.4)');
    expect(JSON.stringify(r.caption)).not.toMatch(/[\uE000-\uE002]/);
  });

  it('prints a missing fact’s gap marker, and fills in the caption’s footnotes too', () => {
    const r = expandCaption(def(['År 2019 svarade {{fact "cap-saknas" "respondents"}} regioner.'], ['Fotnot: {{fact "cap-svar" "respondents"}} svarande.']), location, context, facts);
    expect(r.caption.notes).toEqual(['År 2019 svarade [uppgift saknas: 9:2 Mobilitetsstrategi 2019] regioner.']);
    expect(r.caption.footnotes).toEqual(['Fotnot: 19 svarande.']);
    expect(r.facts).toEqual(['cap-saknas', 'cap-svar']);
    expect(buildCaption('Figur 37.', r, []).footnoteTexts).toEqual(['Fotnot: 19 svarande.']);
  });

  it('states a claim: holding it prints nothing, not holding its flag where it stands; the claims are listed', () => {
    const result = (holds: boolean | null): ClaimResult => ({ id: 'c', says: 'Bortfallet är ca 5 000 i månaden', holds, why: '', facts: [], observations: [], location });
    const text = def([], ['Bortfallet är ca 5 000 st/månad.{{claim "c"}} Mer text.']);
    const holding = expandCaption(text, location, context, facts, new Map([['c', result(true)]]));
    expect(holding.diagnostics).toEqual([]);
    expect(holding.caption.footnotes).toEqual(['Bortfallet är ca 5 000 st/månad. Mer text.']);
    expect(holding.claims).toEqual(['c']);
    expect(holding.facts).toEqual([]);
    expect(buildCaption('Figur 10.', holding, []).claims).toEqual(['c']);
    const failing = expandCaption(text, location, context, facts, new Map([['c', result(false)]]));
    expect(failing.caption.footnotes).toEqual(['Bortfallet är ca 5 000 st/månad.[Påståendet stämmer inte med data: Bortfallet är ca 5 000 i månaden] Mer text.']);
    const unknown = expandCaption(text, location, context, facts, new Map([['c', result(null)]]));
    expect(unknown.caption.footnotes[0]).toContain('[Påståendet kan inte prövas, uppgift saknas: Bortfallet är ca 5 000 i månaden]');
    expect(JSON.stringify(failing.caption)).not.toMatch(/[\uE000-\uE002]/);
    // a claim the edition does not define is an error, as in the sections
    expect(expandCaption(text, location, context, facts).diagnostics.map((d) => d.message)).toEqual(['unknown claim "c"']);
  });

  it('reports an unknown fact or part at the figure’s definition', () => {
    const r = expandCaption(def(['{{fact "cap-svar" "antal"}} och {{fact "cap-okand"}}']), location, context, facts);
    expect(r.diagnostics.map((d) => [d.code, d.message, d.location])).toEqual([['template/error', 'fact "cap-svar" has no part "antal"', location]]);
    const unknown = expandCaption(def(['{{fact "cap-okand"}}']), location, context, facts);
    expect(unknown.diagnostics.map((d) => d.message)).toEqual(['unknown fact "cap-okand"']);
  });
});
