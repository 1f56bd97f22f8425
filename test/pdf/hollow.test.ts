import { describe, expect, it } from '@jest/globals';
import { hollowSvgMarkup } from '../../src/pdf/printing/paged.js';

describe('hollowSvgMarkup', () => {
  it('takes out the content of each chart SVG, keeping the element and its attributes', () => {
    const html = '<p>a</p><svg role="img" viewBox="0 0 10 10" width="10"><g><rect/></g></svg><svg viewBox="0 0 5 5"><text>x</text></svg>';
    expect(hollowSvgMarkup(html)).toEqual({
      html: '<p>a</p><svg data-ehalsa-svg="0" role="img" viewBox="0 0 10 10" width="10"></svg><svg data-ehalsa-svg="1" viewBox="0 0 5 5"></svg>',
      svgs: ['<g><rect/></g>', '<text>x</text>'],
    });
  });

  it('leaves alone an SVG without a viewBox, and one that holds another SVG', () => {
    const html = '<svg width="3"><circle/></svg><svg viewBox="0 0 9 9"><svg viewBox="0 0 1 1"><rect/></svg></svg>';
    expect(hollowSvgMarkup(html)).toEqual({ html, svgs: [] });
  });
});
