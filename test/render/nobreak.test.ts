import { describe, expect, it } from '@jest/globals';
import { keepEWordsWhole } from '../../src/render/nobreak.js';

describe('keepEWordsWhole', () => {
  it.each([
    ['Vision e-hälsa 2025', 'Vision <span class="nobr">e-hälsa</span> 2025'],
    ['1177 Vårdguidens e-tjänster.', '1177 Vårdguidens <span class="nobr">e-tjänster</span>.'],
    ['E-hälsomyndigheten', '<span class="nobr">E-hälsomyndigheten</span>'],
    ['(e-recept)', '(<span class="nobr">e-recept</span>)'],
  ])('keeps the word after "e-" on the line of its hyphen: %s', (text, html) => {
    expect(keepEWordsWhole(text)).toBe(html);
  });

  it.each(['hälso- och sjukvård', 'lite-e-x', 'Nordic e- och m-hälsa', 'pre-e-hälsa'])('leaves other hyphens alone: %s', (text) => {
    expect(keepEWordsWhole(text)).not.toContain('nobr');
  });

  it('escapes the text as Handlebars would', () => {
    expect(keepEWordsWhole('<e-hälsa> & "x"')).toBe('&lt;<span class="nobr">e-hälsa</span>&gt; &amp; &quot;x&quot;');
  });
});
