#!/usr/bin/env node
// npm run bench — a benchmark, not a test: times every stage of `ehalsa report --year 2020` over repeated
// runs (median and spread), the physical floor (the same browser printing the finished HTML natively with no
// other work), cold processes, `report --all`, and peak memory of Node and the browser. Prints a table and
// writes reports/bench.json. Runs against dist/ (npm run bench builds it first).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (p) => import(join(root, 'dist', p));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const YEAR = Number(process.env.BENCH_YEAR ?? 2020);

const { readProject, layoutTemplates } = await dist('pipeline/project.js');
const { loadInputs, buildModel, renderOutputs } = await dist('pipeline/build.js');
const { computeFacts } = await dist('narrative/facts.js');
const { numberFloats } = await dist('edition/floats.js');
const { buildFigure } = await dist('charts/figure.js');
const { openCache } = await dist('pipeline/memo.js');
const { loadStyles } = await dist('assets/styles.js');
const { renderHtml } = await dist('render/html.js');
const { renderMarkdown } = await dist('render/markdown.js');

const results = [];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length };
};
async function time(name, fn, runs = RUNS) {
  const xs = [];
  await fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  const r = { name, ...stats(xs) };
  results.push(r);
  process.stderr.write(`  ${name}: ${r.median.toFixed(0)} ms\n`);
  return r;
}

const build = { date: '2021-04-15', commit: 'bench' };
// The build's disk cache, as `ehalsa report` uses it (figures and, in the model row, the loaded inputs);
// EHALSA_CACHE=off turns it off here too.
const cache = openCache();
const project = await readProject(root);
const layout = layoutTemplates(project);
const styles = await loadStyles(project);

process.stderr.write(`ehalsa benchmark, ${RUNS} runs per stage, ${COLD_RUNS} per cold process\n`);
await time('read project files', () => readProject(root));
await time('load + validate (registry, datasets, edition)', () => loadInputs(project, YEAR));
const loaded = loadInputs(project, YEAR);
await time('compute facts', () => computeFacts(loaded.edition.facts, loaded.datasets, loaded.registry));
const { numbers } = numberFloats(loaded.edition);
const figureDefs = loaded.edition.figures.filter((f) => numbers.figures.has(f.id));
await time(`all charts (${figureDefs.length} figures, SVG)`, () =>
  Promise.all(figureDefs.map((d) => buildFigure(d, numbers.figures.get(d.id), loaded.datasets, loaded.registry, undefined, undefined, cache))),
);
const { model } = await buildModel(project, { year: YEAR, draft: false, build, cache });
await time('model (all stages to the document)', () => buildModel(project, { year: YEAR, draft: false, build, cache }));
await time('Markdown', () => renderMarkdown(model.document));
await time('HTML (screen)', () => renderHtml(model.document, 'screen', layout, styles.screen, styles.fonts));
const printHtml = renderOutputs(model, new Set(['pdf']), layout, styles).printHtml;

// Large inputs (test/fuzz/large-inputs.mjs): the parsers are linear; this says how fast they are.
const { LARGE_CASES } = await import(join(root, 'test', 'fuzz', 'large-inputs.mjs'));
const { loadDatasets } = await dist('datasets/load.js');
const { parseMarkdown, stripComments } = await dist('edition/markdown.js');
const largeDataset = LARGE_CASES.find((c) => c.name === 'dataset: 1 MB of observations').text();
const largeSection = LARGE_CASES.find((c) => c.name === 'markdown: 4 MB of list items').text();
await time('large input: a 1 MB dataset file (YAML, schema, rules)', () => loadDatasets([{ path: `datasets/${YEAR}/1-1.yaml`, text: largeDataset }], loaded.registry, YEAR));
await time('large input: a 4 MB section (Markdown)', () => parseMarkdown(stripComments(largeSection), 'sections/x.md'));

// The PDF stage and its floor, in one browser.
const pdf = await dist('pdf/index.js');
const printer = await pdf.openPrinter();
const m = model.document.meta;
const meta = { title: m.documentName, author: m.author, subject: m.subject, keywords: m.keywords, lang: m.lang, date: m.date, draft: null };
const parts = [];
await time(
  'PDF stage (Paged.js pagination, print, post-pass)',
  async () => parts.push((await printer.print(printHtml, meta)).timings),
  Math.min(RUNS, 3),
);
// Its parts, from the printer's own timings (warm-up excluded).
for (const [key, label] of [
  ['load', '  loading the HTML'],
  ['paginate', '  Paged.js pagination'],
  ['print', "  Chromium's print (page.pdf)"],
  ['finish', '  post-pass (tags, artifacts, metadata)'],
]) {
  const r = { name: label, ...stats(parts.slice(1).map((t) => t[key])) };
  results.push(r);
}
// The floor prints exactly the HTML the printer is given, embedded fonts included (without them the
// browser would print a different document in fallback fonts).
const { injectFontCss } = await dist('pdf/printing/html.js');
const { loadFontCss } = await dist('assets/fonts.js');
const finishedHtml = injectFontCss(printHtml, await loadFontCss());
const { findBrowser } = await dist('pdf/printing/browser.js');
const { launchBrowser } = await dist('pdf/printing/launch.js');
const launched = await launchBrowser(await findBrowser(), 60_000);
await time(
  'floor: the browser printing the finished HTML natively',
  async () => {
    const page = await launched.browser.newPage();
    await page.setContent(finishedHtml, { waitUntil: 'load' });
    // As the printer does: print media first, which makes the native print itself a little faster.
    await page.emulateMediaType('print');
    await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, preferCSSPageSize: true });
    await page.close();
  },
  Math.min(RUNS, 3),
);
await launched.close();
await printer.close();

// Whole commands as cold processes: `runs` timed runs, then one more watched for peak memory (reading
// /proc every few milliseconds costs CPU, which would slow the timed runs on a small machine).
function cold(name, args, runs = COLD_RUNS, env = {}, prepare = () => {}) {
  return (async () => {
    const xs = [];
    for (let i = 0; i < runs; i++) {
      prepare();
      xs.push((await runOnce(name, args, env, false)).ms);
    }
    prepare();
    const { peaks } = await runOnce(name, args, env, true);
    const r = {
      name,
      ...stats(xs),
      peakNodeMB: Math.round(peaks.node / 1024),
      peakBrowserMB: Math.round(peaks.browser / 1024),
      peakTotalMB: Math.round(peaks.total / 1024),
    };
    results.push(r);
    process.stderr.write(`  ${name}: ${r.median.toFixed(0)} ms, node ${r.peakNodeMB} MB, browser ${r.peakBrowserMB} MB, together ${r.peakTotalMB} MB\n`);
    return r;
  })();
}

async function runOnce(name, args, env, watchMemory) {
  const peaks = { node: 0, browser: 0, total: 0 };
  const out = mkdtempSync(join(tmpdir(), 'ehalsa-bench-'));
  const t = performance.now();
  const full = args.includes('report') ? [...args, '--out', out, '--quiet'] : args;
  const child = spawn(process.execPath, [join(root, 'bin', 'ehalsa.js'), ...full], {
    cwd: root,
    stdio: args.includes('report') ? 'inherit' : ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  const sampler = watchMemory
    ? setInterval(() => {
        const tree = processTree(child.pid);
        const node = memory(child.pid);
        const browser = tree.filter((p) => p !== child.pid).reduce((sum, p) => sum + memory(p), 0);
        peaks.node = Math.max(peaks.node, node);
        peaks.browser = Math.max(peaks.browser, browser);
        peaks.total = Math.max(peaks.total, node + browser);
      }, 25)
    : null;
  const code = await new Promise((resolve) => child.on('exit', resolve));
  const ms = performance.now() - t;
  if (sampler) clearInterval(sampler);
  rmSync(out, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${name}: exit ${code}`);
  return { ms, peaks };
}

/**
 * A process's memory in kB: its proportional set size (shared pages divided among the processes
 * sharing them, so a browser's processes are not each charged for the same 200 MB binary), or its
 * resident set size where the kernel does not report that.
 */
function memory(pid) {
  try {
    const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    /* gone, or no smaps_rollup */
  }
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}
function processTree(pid) {
  const children = new Map();
  for (const d of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* gone */
    }
  }
  const out = [];
  const walk = (p) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

// Cold processes with warm disk caches (an investigator's rebuild after an edit), and with none (a fresh clone).
const one = await cold(`cold: ehalsa report --year ${YEAR} (all formats)`, ['report', '--year', String(YEAR)]);
await cold(`cold: ehalsa report --year ${YEAR} --format md,html`, ['report', '--year', String(YEAR), '--format', 'md,html']);
const off = { EHALSA_CACHE: 'off', EHALSA_CHART_CACHE: 'off' };
await cold(`cold, no cache: ehalsa report --year ${YEAR} (all formats)`, ['report', '--year', String(YEAR)], COLD_RUNS, off);
await cold(`cold, no cache: ehalsa report --year ${YEAR} --format md,html`, ['report', '--year', String(YEAR), '--format', 'md,html'], COLD_RUNS, off);
const md = byNameOf(`cold: ehalsa report --year ${YEAR} --format md,html`);
const all = await cold('cold: ehalsa report --all', ['report', '--all']);

// `ehalsa import` as a cold process on a project of the registry and generated sources, each run on a
// fresh copy (the first import, which writes every value): a 10 000-row CSV and a 50-sheet workbook.
const importProject = mkdtempSync(join(tmpdir(), 'ehalsa-bench-import-'));
cpSync(join(root, 'indicators'), join(importProject, 'indicators'), { recursive: true });
await writeImportSources(importProject);
const freshImport = () => {
  for (const y of ['2019', '2020']) rmSync(join(importProject, 'datasets', y), { recursive: true, force: true });
};
for (const [label, file, mapping] of [
  ['cold: ehalsa import, CSV of 10 000 rows', 'datasets/sources/2020/bench-10000.csv', 'datasets/mappings/bench-csv.yaml'],
  ['cold: ehalsa import, workbook of 50 sheets (4 000 values)', 'datasets/sources/2020/bench-50.xlsx', 'datasets/mappings/bench-xlsx.yaml'],
]) {
  await cold(label, ['--root', importProject, 'import', join(importProject, file), '--mapping', join(importProject, mapping)], COLD_RUNS, {}, freshImport);
}
rmSync(importProject, { recursive: true, force: true });

/**
 * The import's bench sources, made-up numbers for NY:29 (two dimensions that take any code): a CSV of
 * 10 000 rows (1 000 vårdgivare × 10 informationsmängder, semicolons, decimal commas), and a workbook
 * of 50 sheets shaped like Socialstyrelsen's (a title row, vårdgivare merged over their two years, 20 rows).
 */
async function writeImportSources(dir) {
  const put = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const rows = ['Vårdgivare;Informationsmängd;Antal'];
  for (let v = 1; v <= 1000; v++) for (let i = 1; i <= 10; i++) rows.push(`v${v};${i};${(v * 7 + i) % 100},5`);
  put('datasets/sources/2020/bench-10000.csv', `${rows.join('\r\n')}\r\n`);
  put(
    'datasets/mappings/bench-csv.yaml',
    [
      'file: datasets/sources/2020/bench-10000.csv',
      'source: "Bench (made-up numbers)."',
      'targets:',
      '  - indicator: "NY:29"',
      '    year: 2020',
      '    value: Antal',
      '    dimensions: { vardgivare: { column: Vårdgivare }, informationsmangd: { column: Informationsmängd } }',
      '',
    ].join('\n'),
  );
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const targets = [];
  for (let s = 1; s <= 50; s++) {
    const sheet = workbook.addWorksheet(`Tabell ${s}`);
    sheet.getCell(1, 1).value = `Tabell ${s}. Informationsmängder per vårdgivare och år (testdata).`;
    sheet.mergeCells(1, 1, 1, 5);
    sheet.getCell(4, 1).value = 'Informationsmängd';
    for (const [k, name] of [`s${s}-a`, `s${s}-b`].entries()) {
      sheet.getCell(3, 2 + k * 2).value = name;
      sheet.mergeCells(3, 2 + k * 2, 3, 3 + k * 2);
      sheet.getCell(4, 2 + k * 2).value = 2019;
      sheet.getCell(4, 3 + k * 2).value = 2020;
    }
    for (let r = 1; r <= 20; r++) sheet.getRow(4 + r).values = [String(r), r * s, r * s + 1, r + s, r + s + 1];
    targets.push(
      `  - { indicator: "NY:29", sheet: Tabell ${s}, value: { columns: "B:E" }, year: { header: 2 }, dimensions: { vardgivare: { header: 1 }, informationsmangd: { column: Informationsmängd } } }`,
    );
  }
  mkdirSync(join(dir, 'datasets', 'sources', '2020'), { recursive: true });
  await workbook.xlsx.writeFile(join(dir, 'datasets/sources/2020/bench-50.xlsx'));
  put('datasets/mappings/bench-xlsx.yaml', ['file: datasets/sources/2020/bench-50.xlsx', 'source: "Bench (made-up numbers)."', 'xlsx: { header: [3, 4] }', 'targets:', ...targets, ''].join('\n'));
}

function byNameOf(prefix) {
  return results.find((r) => r.name.startsWith(prefix));
}
const ratios = {
  pdfOverFloor: byNameOf('PDF stage').median / byNameOf('floor').median,
  allOverOne: all.median / one.median,
};
// The targets of the performance issue, checked against this run.
const peakMB = Math.max(...results.map((r) => r.peakTotalMB ?? 0));
const targets = [
  { target: 'whole edition as a cold process < 4 s', measured: `${(one.median / 1000).toFixed(2)} s`, met: one.median < 4000 },
  { target: 'Markdown and HTML only < 1 s', measured: `${(md.median / 1000).toFixed(2)} s`, met: md.median < 1000 },
  { target: 'PDF stage within 3× the floor', measured: `${ratios.pdfOverFloor.toFixed(2)}×`, met: ratios.pdfOverFloor <= 3 },
  { target: '--all within 2× one edition', measured: `${ratios.allOverOne.toFixed(2)}×`, met: ratios.allOverOne <= 2 },
  { target: 'peak memory < 700 MB (Node and browser together)', measured: `${peakMB} MB`, met: peakMB < 700 },
];
const table = [
  ['stage', 'median ms', 'min', 'max', 'runs', 'peak node MB', 'peak browser MB', 'peak together MB'],
  ...results.map((r) => [
    r.name,
    r.median.toFixed(0),
    r.min.toFixed(0),
    r.max.toFixed(0),
    String(r.runs),
    r.peakNodeMB ?? '',
    r.peakBrowserMB ?? '',
    r.peakTotalMB ?? '',
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const lines = table.map((row) => row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
lines.push('', `PDF stage / floor: ${ratios.pdfOverFloor.toFixed(2)}×   --all / one edition: ${ratios.allOverOne.toFixed(2)}×`, '');
for (const t of targets) lines.push(`${t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${t.measured}`);
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(
  join(root, 'reports', 'bench.json'),
  `${JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, year: YEAR, results, ratios, targets }, null, 2)}\n`,
);
process.stdout.write('written reports/bench.json\n');
