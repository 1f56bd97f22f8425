/**
 * The orchestrator: one call builds and writes one edition or several (`report --all`, one browser).
 *
 *   project files ──▶ load (registry, datasets, edition texts; validated) ──▶ inputs      build.ts loadInputs
 *   inputs ──▶ facts + claims ──▶ figures (charts) + tables ──▶ document (ReportDocument)  build.ts buildModel
 *   document ──▶ serialize (Markdown, HTML, JSON, figure SVG/CSV)                          build.ts renderOutputs
 *   print HTML ──▶ print (src/pdf: browser, Paged.js, post-pass) ──▶ report.pdf             effects.loadPdf
 *   files ──▶ write (staged, swapped in whole, manifest last) ──▶ <out>/<year>/             effects.stageOutput
 *
 * Every stage is a function of values; the effects (file system, clock, git, cache, printer,
 * terminal) come in as one object (effects.ts). A failure is a `PipelineFailure` naming its stage;
 * src/cli maps the stage to an exit code.
 *
 * The work overlaps where it can without changing what is written or printed, or in which order:
 * the browser warms up while the first edition is built, and the next edition is built (and handed
 * to the printer's queue) while the previous one is printed and written. Publishing, with its messages,
 * stays in edition order, and nothing after a failed edition is written.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DocumentMeta } from '../model/document.js';
import type { Printer } from '../pdf/index.js';
import { loadStyles } from '../assets/styles.js';
import { FORMATS, StageError, buildModel, draftReasons, failingClaims, placeholderFloats, renderOutputs, type Format } from './build.js';
import type { Effects, PdfModule } from './effects.js';
import { MANIFEST, formatOf, inputsHash } from './manifest.js';
import { OutputError } from './output.js';
import { outPlacementProblem } from './placement.js';
import { PipelineFailure } from './failure.js';
import { diagnosticsText } from './print.js';
import { layoutTemplates, mainLayoutPath, type ProjectFiles } from './project.js';

export { PipelineFailure, type FailureStage } from './failure.js';

export interface ReportOptions {
  years: number[];
  root: string;
  out: string;
  formats: Set<Format>;
  draft: boolean;
  /** Refuse (an input failure) instead of writing a draft when anything is missing or unrevised. */
  final: boolean;
  quiet: boolean;
}

/** Builds, prints and writes each requested edition into <out>/<year>/. */
export async function runPipeline(options: ReportOptions, effects: Effects): Promise<void> {
  const print = (...args: Parameters<typeof diagnosticsText>) => {
    const text = diagnosticsText(...args);
    if (text) effects.stderr(text);
  };
  const loadingPdf = options.formats.has('pdf') ? effects.loadPdf() : null;
  loadingPdf?.catch(() => undefined);
  // 1. Where the reports go: never among the inputs.
  const placement = outPlacementProblem(options.root, options.out);
  if (placement) throw new PipelineFailure(`ehalsa: ${placement}`, 'usage', ['  hint: give the reports a folder of their own, e.g. --out reports (the default)']);
  // 2. The project's files, read once.
  const project = await effects.readProject(options.root);
  for (const year of options.years) requireData(project, year);
  // 3. Before any work: a folder that holds files ehalsa did not write is refused now, not after the build.
  for (const year of options.years) await effects.checkOutput(options.out, year).catch((err: unknown) => Promise.reject(asOutputFailure(err)));
  const layout = layoutTemplates(project);
  if (!layout) throw new PipelineFailure(`ehalsa: the layout template ${mainLayoutPath} is missing`, 'render');
  const styles = await loadStyles(project);
  const pdf = loadingPdf ? await loadingPdf : null;
  // 4. The printer starts first, and warms up while the first edition is built.
  // Several editions are paginated two at a time when there are cores for it.
  const lanes = Math.min(options.years.length, 2, availableParallelism());
  const printer = pdf ? await openPrinterOrExplain(pdf, lanes) : null;
  const build = { date: effects.today(), commit: effects.commit(options.root) };
  const cache = effects.openCache();

  /** 5. The pure part of an edition (load → document → serialized), its print started; returns the effectful rest, to run in order. */
  const prepare = async (year: number): Promise<() => Promise<void>> => {
    let built;
    try {
      built = await buildModel(project, { year, draft: options.draft, build, cache });
    } catch (err) {
      if (!(err instanceof StageError)) throw err;
      return async () => {
        print(err.diagnostics, project);
        if (err.stage === 'render') throw new PipelineFailure(`ehalsa: the ${year} edition could not be rendered; nothing was written`, 'render');
        throw new PipelineFailure(`ehalsa: the ${year} edition has errors; nothing was written`, 'input');
      };
    }
    const warnings = built.diagnostics;
    if (options.final && draftReasons(built.model.edition, built.model.document).length) {
      const edition = built.model.edition.meta;
      const details = [
        ...failingClaims(built.model.document.claims).map((c) => `  ${c.file}:${c.line}:${c.column}: claim "${c.id}" ${c.holds === null ? 'cannot be checked' : 'does not hold'}: ${c.says}${c.why ? ` (${c.why})` : ''}`),
        ...built.model.document.gaps.map((m) => `  missing in the text: [${m}]`),
        ...placeholderFloats(built.model.document).map((f) => `  placeholder: ${f.label}${f.title ? ` (${shortTitle(f.title)})` : ''}: its data is missing`),
        ...edition.unrevised.map((f) => `  not revised since ${edition.copiedFrom ?? 'the previous edition'}: ${f}`),
      ];
      return async () => {
        if (!options.quiet) print(warnings, project);
        throw new PipelineFailure(`ehalsa: the ${year} edition is not final; nothing was written:`, 'input', details);
      };
    }
    let rendered;
    try {
      rendered = renderOutputs(built.model, options.formats, layout, styles);
    } catch (err) {
      if (!(err instanceof StageError)) throw err;
      return async () => {
        if (!options.quiet) print(warnings, project);
        print(err.diagnostics, project);
        throw new PipelineFailure(`ehalsa: the ${year} edition could not be rendered; nothing was written`, 'render');
      };
    }
    const { files, printHtml } = rendered;
    const printing = printHtml !== null && printer ? startPrint(printer, printHtml, built.model.document.meta) : null;
    printing?.catch(() => undefined);
    // 6. Print and write: the files staged, the PDF added when printed, the whole swapped in.
    return async () => {
      if (!options.quiet) print(warnings, project);
      const stamp = { inputs: inputsHash(project, year, options.draft), formats: options.formats };
      const staging = await effects.stageOutput(options.out, year, stamp).catch((err: unknown) => {
        throw asOutputFailure(err);
      });
      let committed;
      try {
        for (const [name, content] of files) await staging.write(name, content);
        if (printing && pdf) {
          let result;
          try {
            result = await printing;
          } catch (err) {
            if (err instanceof pdf.PdfRenderError) throw new PipelineFailure(`ehalsa: ${err.message}`, 'pdf');
            if (err instanceof pdf.PdfPostPassError) throw new PipelineFailure(`ehalsa: ${err.message}`, 'pdf', [postPassHint]);
            throw err;
          }
          if (!options.quiet) print(result.diagnostics);
          await staging.write('report.pdf', result.pdf);
        }
        committed = await staging.commit();
      } catch (err) {
        await staging.discard();
        throw asOutputFailure(err);
      }
      if (!options.quiet) {
        const written = [...files.keys()].filter((n) => !n.startsWith('figures/'));
        if (printing) written.unshift('report.pdf');
        const figures = [...files.keys()].filter((n) => n.startsWith('figures/')).length;
        effects.stdout(
          `${written.map((n) => join(options.out, String(year), n)).join('\n')}${figures ? `\n${join(options.out, String(year), 'figures')}/ (${figures} files)` : ''}\n`,
        );
        if (committed.stale.length) effects.stderr(`${staleNote(join(options.out, String(year)), committed.stale)}\n`);
      }
    };
  };

  // Every printer lane is kept busy, and one more edition is built and waiting; an edition is
  // published only after the one before it.
  const ahead = lanes + 1;
  const publishing: Promise<void>[] = [];
  let published: Promise<void> = Promise.resolve();
  try {
    for (const [index, year] of options.years.entries()) {
      if (index >= ahead) await publishing[index - ahead];
      const publish = await prepare(year);
      published = published.then(publish);
      published.catch(() => undefined);
      publishing.push(published);
    }
    await published;
  } finally {
    await published.catch(() => undefined);
    await printer?.close();
  }
}

const postPassHint = '  hint: nothing was written; another Chrome or Chromium (EHALSA_CHROME) may print a PDF ehalsa can finish; if not, please report it with this message';

function startPrint(printer: Printer, html: string, m: DocumentMeta) {
  return printer.print(html, {
    title: m.documentName,
    author: m.author,
    subject: m.subject,
    keywords: m.keywords,
    lang: m.lang,
    date: m.date,
    draft: m.draft ? { date: m.draft.date, commit: m.draft.commit } : null,
  });
}

function asOutputFailure(err: unknown): unknown {
  if (!(err instanceof OutputError)) return err;
  return new PipelineFailure(`ehalsa: ${err.message}`, 'output', err.details.length ? err.details : ['  hint: check the folder given with --out, or choose another']);
}

/** One line: which files of formats not written were kept although built from other inputs. */
export function staleNote(folder: string, stale: readonly string[]): string {
  const formats = FORMATS.filter((f) => stale.some((n) => formatOf(n) === f));
  const names = formats.flatMap((f) => (f === 'figures' ? [`figures/ (${stale.filter((n) => formatOf(n) === f).length} files)`] : [`report.${f}`]));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  return `ehalsa: note: ${folder} keeps ${list} from an earlier build that no longer matches the inputs, marked stale in ${MANIFEST} (--format ${formats.join(',')} rebuilds them)`;
}

function requireData(project: ProjectFiles, year: number): void {
  if (!project.dataYears.includes(year)) {
    const known = project.dataYears.length ? ` (data exists for ${rangeText(project.dataYears)})` : '';
    throw new PipelineFailure(`ehalsa: there is no data for ${year}: datasets/${year}/ does not exist${known}`, 'input');
  }
}

function rangeText(years: number[]): string {
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
}

async function openPrinterOrExplain(pdf: PdfModule, lanes: number) {
  try {
    return await pdf.openPrinter({ lanes });
  } catch (err) {
    if (err instanceof pdf.BrowserNotFoundError) throw new PipelineFailure(`ehalsa: ${err.message}`, 'browser');
    // Found, but it would not start (not a browser, a broken install, missing libraries): no browser either.
    const reason = err instanceof Error ? (err.message.split('\n')[0] ?? err.name) : String(err);
    throw new PipelineFailure(`ehalsa: the browser for the PDF could not be started: ${reason}`, 'browser', [
      '  hint: point EHALSA_CHROME at a working Chrome or Chromium, or unset it to let ehalsa find one',
    ]);
  }
}

/** A caption's title in a line of a listing: its first sentence, cut at a word near 80 characters. */
function shortTitle(title: string): string {
  const first = title.split(/(?<=\.) /)[0]!.replace(/\.$/, '');
  if (first.length <= 80) return first;
  return `${first.slice(0, 80).replace(/\s+\S*$/, '')} …`;
}
