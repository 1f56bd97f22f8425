#!/usr/bin/env node
// npm run bench — a benchmark, not a test: times every stage of `ehalsa report --year 2020` over repeated
// runs (median and spread), the physical floor (the same browser printing the finished HTML natively with no
// other work), cold processes, `report --all`, and peak memory of Node and the browser. Prints a table and
// writes reports/bench.json. Runs against dist/ (npm run bench builds it first).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (p) => import(join(root, 'dist', p));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const YEAR = Number(process.env.BENCH_YEAR ?? 2020);

const { readProject } = await dist('pipeline/project.js');
const { loadInputs, buildModel, renderOutputs } = await dist('pipeline/build.js');
const { computeFacts } = await dist('narrative/facts.js');
const { numberFloats } = await dist('edition/floats.js');
const { buildFigure } = await dist('charts/figure.js');
const { loadStyles } = await dist('render/styles.js');
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
const project = await readProject(root);
const layout = {
  main: project.layout.find((f) => f.path === 'templates/layout/report.hbs'),
  partials: project.layout.filter((f) => f.path.startsWith('templates/layout/partials/')),
};
const styles = await loadStyles(project);

process.stderr.write(`ehalsa benchmark, ${RUNS} runs per stage, ${COLD_RUNS} per cold process\n`);
await time('read project files', () => readProject(root));
await time('load + validate (registry, datasets, edition)', () => loadInputs(project, YEAR));
const loaded = loadInputs(project, YEAR);
await time('compute facts', () => computeFacts(loaded.edition.facts, loaded.datasets, loaded.registry));
const { numbers } = numberFloats(loaded.edition);
const figureDefs = loaded.edition.figures.filter((f) => numbers.figures.has(f.id));
await time(`all charts (${figureDefs.length} figures, SVG)`, () =>
  Promise.all(figureDefs.map((d) => buildFigure(d, numbers.figures.get(d.id), loaded.datasets, loaded.registry))),
);
const { model } = await buildModel(project, { year: YEAR, draft: false, build });
await time('model (all stages to the document)', () => buildModel(project, { year: YEAR, draft: false, build }));
await time('Markdown', () => renderMarkdown(model.document));
await time('HTML (screen)', () => renderHtml(model.document, 'screen', layout, styles.screen, styles.fonts));
const printHtml = renderOutputs(model, new Set(['pdf']), layout, styles).printHtml;

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
const { injectFontCss } = await dist('pdf/html.js');
const { loadFontCss } = await dist('pdf/fonts.js');
const finishedHtml = injectFontCss(printHtml, await loadFontCss());
const { findBrowser } = await dist('pdf/browser.js');
const { launchBrowser } = await dist('pdf/launch.js');
const launched = await launchBrowser(await findBrowser(), 60_000);
await time(
  'floor: the browser printing the finished HTML natively',
  async () => {
    const page = await launched.browser.newPage();
    await page.setContent(finishedHtml, { waitUntil: 'load' });
    await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, preferCSSPageSize: true });
    await page.close();
  },
  Math.min(RUNS, 3),
);
await launched.close();
await printer.close();

// Whole commands as cold processes, with peak memory of the process tree.
function cold(name, args, runs = COLD_RUNS, env = {}) {
  return (async () => {
    const xs = [];
    let peakNode = 0;
    let peakBrowser = 0;
    for (let i = 0; i < runs; i++) {
      const out = mkdtempSync(join(tmpdir(), 'ehalsa-bench-'));
      const t = performance.now();
      const child = spawn(process.execPath, [join(root, 'bin', 'ehalsa.js'), ...args, '--out', out, '--quiet'], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, ...env },
      });
      const sampler = setInterval(() => {
        const tree = processTree(child.pid);
        peakNode = Math.max(peakNode, rss(child.pid));
        peakBrowser = Math.max(peakBrowser, tree.filter((p) => p !== child.pid).reduce((sum, p) => sum + rss(p), 0));
      }, 25);
      const code = await new Promise((resolve) => child.on('exit', resolve));
      clearInterval(sampler);
      xs.push(performance.now() - t);
      rmSync(out, { recursive: true, force: true });
      if (code !== 0) throw new Error(`${name}: exit ${code}`);
    }
    const r = { name, ...stats(xs), peakNodeMB: Math.round(peakNode / 1024), peakBrowserMB: Math.round(peakBrowser / 1024) };
    results.push(r);
    process.stderr.write(`  ${name}: ${r.median.toFixed(0)} ms, node ${r.peakNodeMB} MB, browser ${r.peakBrowserMB} MB\n`);
    return r;
  })();
}
function rss(pid) {
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
const all = await cold('cold: ehalsa report --all', ['report', '--all']);

const byName = (prefix) => results.find((r) => r.name.startsWith(prefix));
const ratios = {
  pdfOverFloor: byName('PDF stage').median / byName('floor').median,
  allOverOne: all.median / one.median,
};
const table = [
  ['stage', 'median ms', 'min', 'max', 'runs', 'peak node MB', 'peak browser MB'],
  ...results.map((r) => [r.name, r.median.toFixed(0), r.min.toFixed(0), r.max.toFixed(0), String(r.runs), r.peakNodeMB ?? '', r.peakBrowserMB ?? '']),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
const lines = table.map((row) => row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
lines.push('', `PDF stage / floor: ${ratios.pdfOverFloor.toFixed(2)}×   --all / one edition: ${ratios.allOverOne.toFixed(2)}×`);
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(
  join(root, 'reports', 'bench.json'),
  `${JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, year: YEAR, results, ratios }, null, 2)}\n`,
);
process.stdout.write('written reports/bench.json\n');
