import { describe, expect, it } from '@jest/globals';
import { PAGE_POLICY, policyMeta, withPagePolicy } from '../../src/render/csp.js';

const META = policyMeta();

describe('the page policy goes before anything the template writes', () => {
  const cases: Array<[string, string, string]> = [
    ['after <head> and <meta charset>', '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n<title>t</title>', `<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n${META}\n<title>t</title>`],
    ['after <head> when no charset follows', '<!doctype html><html><head><title>t</title>', `<!doctype html><html><head>${META}\n<title>t</title>`],
    ['after <HEAD class=…> (any case, attributes)', '<HTML><HEAD class="x">\r\n<link rel="prefetch" href="x">', `<HTML><HEAD class="x">\r\n${META}\n<link rel="prefetch" href="x">`],
    ['past a BOM and comments', '\uFEFF<!-- a -->\n<!-- <head> -->\n<head><link rel=x>', `\uFEFF<!-- a -->\n<!-- <head> -->\n<head>${META}\n<link rel=x>`],
    ['before a link that comes before <head>', '<!DOCTYPE html>\n<link rel="prefetch" href="x">\n<head>', `<!DOCTYPE html>\n${META}\n<link rel="prefetch" href="x">\n<head>`],
    ['first of all in a fragment', '<p>text</p>', `${META}\n<p>text</p>`],
    ['not after <header> (it is not <head>)', '<html><header>', `<html>${META}\n<header>`],
    ['at the end of an unclosed comment', '<!-- never closed', `<!-- never closed${META}\n`],
  ];
  it.each(cases)('%s', (_, html, expected) => {
    expect(withPagePolicy(html)).toBe(expected);
  });

  it('allows only inline styles and data: fonts and images', () => {
    expect(PAGE_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'");
  });

  it('scans linearly: a megabyte of comments and spaces before <head>', () => {
    const html = `${'<!-- x -->   '.repeat(100_000)}<head>`;
    const started = performance.now();
    expect(withPagePolicy(html).endsWith(`<head>${META}\n`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
