// Generated inputs of megabytes, each the shape that made a parser take time growing with the square of
// its size: long lines of spaces, unclosed comments and quotes, deep nesting, long runs of the
// characters the Markdown, template and YAML parsers look for. Shared by the large-input fuzz test
// (test/fuzz/large.test.ts, which bounds each) and `npm run bench` (which times a few).
//
// Each case: { name, target, text() } — target is the stage that reads the text:
//   yaml      parseYamlSource (a dataset-sized file; files above 2 MB never reach the parser)
//   dataset   loadDatasets (YAML, schema, normalization, duplicates)
//   markdown  stripComments + parseMarkdown
//   template  expandTemplate (Handlebars' parser, the project's checks)
//   document  assembleDocument of one section (templates, Markdown, headings, footnotes, ids)

const MB = 1_000_000;

/** `head`, then `unit` repeated to `size` characters in all, then `tail`. */
export function fill(size, head, unit, tail = '') {
  return head + unit.repeat(Math.max(0, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;
}

/** `line(i)` for i = 0, 1, … until `size` characters. */
export function lines(size, line) {
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const l = line(i);
    out.push(l);
    length += l.length;
  }
  return out.join('');
}

const DATASET_HEAD = 'indicator: "1:1"\nyear: 2020\nsource: Socialstyrelsen. E-hälsa och välfärdsteknik i kommunerna.\nobservations:\n';

export const LARGE_CASES = [
  // YAML (2 MB, the size limit of an input file; the shapes heavy with errors at a quarter of it)
  { name: 'yaml: a line of 2 MB of spaces', target: 'yaml', text: () => fill(2 * MB, 'a: ', ' ', 'x\n') },
  { name: 'yaml: a comment of 2 MB', target: 'yaml', text: () => fill(2 * MB, '# ', ' ', '\n') },
  { name: 'yaml: 2 MB of nested [', target: 'yaml', text: () => fill(2 * MB, 'a: ', '[') },
  { name: 'yaml: 2 MB of nested [ ], closed', target: 'yaml', text: () => fill(1 * MB, 'a: ', '[') + ']'.repeat(MB) },
  { name: 'yaml: 2 MB of nested { a:', target: 'yaml', text: () => fill(2 * MB, 'a: ', '{a: ') },
  { name: 'yaml: 1 MB of nested - (block sequences)', target: 'yaml', text: () => fill(1 * MB, 'a:\n  ', '- ', 'x\n') },
  { name: 'yaml: 1 MB of keys in one mapping', target: 'yaml', text: () => lines(1 * MB, (i) => `k${i}: 1\n`) },
  { name: 'yaml: 0.5 MB of one key repeated', target: 'yaml', text: () => fill(MB / 2, '', 'k: 1\n') },
  { name: 'yaml: 0.5 MB of unclosed quotes', target: 'yaml', text: () => fill(MB / 2, '', 'a: "x\n') },
  { name: 'yaml: 0.5 MB of tab-indented lines', target: 'yaml', text: () => lines(MB / 2, (i) => `\tk${i}: 1\n`) },
  { name: 'yaml: 0.5 MB of aliases', target: 'yaml', text: () => fill(MB / 2, 'a: &a x\nb: [', '*a, ', ']\n') },
  { name: 'dataset: 1 MB of observations', target: 'dataset', text: () => fill(1 * MB, DATASET_HEAD, '  - { teknik: nattillsyn, boendeform: ordinart, value: 66 }\n') },
  { name: 'dataset: 0.5 MB of wrong values', target: 'dataset', text: () => fill(MB / 2, DATASET_HEAD, '  - { teknik: natt, boendeform: ordinart, value: "66,5" }\n') },
  // Markdown (4 MB)
  { name: 'markdown: a heading with 4 MB of spaces inside', target: 'markdown', text: () => fill(4 * MB, '# Rubrik', ' ', 'x') },
  { name: 'markdown: a heading of 4 MB of spaces', target: 'markdown', text: () => fill(4 * MB, '#', ' ', 'x {-}') },
  { name: 'markdown: 4 MB after an unclosed <!--', target: 'markdown', text: () => fill(4 * MB, 'Text.\n<!--', ' ') },
  { name: 'markdown: 4 MB of <!-- never closed', target: 'markdown', text: () => fill(4 * MB, '', '<!-- ') },
  { name: 'markdown: 4 MB of [^', target: 'markdown', text: () => fill(4 * MB, 'Text ', '[^') },
  { name: 'markdown: 4 MB of [^a', target: 'markdown', text: () => fill(4 * MB, 'Text ', '[^a') },
  { name: 'markdown: 4 MB of *', target: 'markdown', text: () => fill(4 * MB, '', '*') },
  { name: 'markdown: 4 MB of *a ', target: 'markdown', text: () => fill(4 * MB, '', '*a ') },
  { name: 'markdown: 4 MB of >', target: 'markdown', text: () => fill(4 * MB, '', '>') },
  { name: 'markdown: 4 MB of list items', target: 'markdown', text: () => fill(4 * MB, '', '- a\n') },
  { name: 'markdown: 4 MB of 1111', target: 'markdown', text: () => fill(4 * MB, '- a\n', '1') },
  { name: 'markdown: 4 MB of footnotes citing the next', target: 'markdown', text: () => lines(4 * MB, (i) => `[^f${i}]: Se [^f${i + 1}].\n`) },
  { name: 'markdown: 4 MB of unknown directives', target: 'markdown', text: () => fill(4 * MB, '', '@x\n') },
  // Templates (2 MB, or 1 MB of mustaches: Handlebars' own parser reads about a megabyte a second)
  { name: 'template: 2 MB of {{', target: 'template', text: () => fill(2 * MB, '', '{{') },
  { name: 'template: 2 MB of {{{', target: 'template', text: () => fill(2 * MB, '', '{{{') },
  { name: 'template: 2 MB of {{#', target: 'template', text: () => fill(2 * MB, '', '{{#') },
  { name: 'template: 1 MB of unknown values', target: 'template', text: () => fill(1 * MB, '', '{{x}}') },
  { name: 'template: 1 MB of unknown facts', target: 'template', text: () => fill(1 * MB, '', '{{fact "x"}}') },
  { name: 'template: 1 MB of {{lookup}}', target: 'template', text: () => fill(1 * MB, '', '{{lookup}}') },
  { name: 'template: 2 MB of text, then an unclosed {{', target: 'template', text: () => fill(2 * MB, '', 'a b c d e f\n', '{{') },
  { name: 'template: 2 MB of private-use characters', target: 'template', text: () => fill(2 * MB, '', '\uE000F') },
  // A whole section (2 MB)
  { name: 'document: 2 MB of headings with the same title', target: 'document', text: () => fill(2 * MB, '', '# Samma {-}\n') },
  { name: 'document: 2 MB of links', target: 'document', text: () => fill(2 * MB, '', '[a](b) ') },
  { name: 'document: 2 MB of [', target: 'document', text: () => fill(2 * MB, '', '[') },
  { name: 'document: 2 MB of footnote references', target: 'document', text: () => fill(2 * MB, 'Text', '[^a]', '\n\n[^a]: Not.\n') },
  { name: 'document: 2 MB of placements', target: 'document', text: () => fill(2 * MB, '', '@figure x\n') },
];
