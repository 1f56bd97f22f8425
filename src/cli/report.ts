import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentMeta } from '../model/document.js';
import type { Printer } from '../pdf/index.js';
import { FORMATS, StageError, buildModel, draftReasons, failingClaims, placeholderFloats, renderOutputs, type Format } from '../pipeline/build.js';
import { gitCommit } from '../pipeline/git.js';
import { openCache } from '../pipeline/memo.js';
import { MANIFEST, formatOf, inputsHash } from '../pipeline/manifest.js';
import { OutputError, checkOutput, stageOutput } from '../pipeline/output.js';
import { outPlacementProblem } from '../pipeline/placement.js';
import { layoutTemplates, mainLayoutPath, readProject, type ProjectFiles } from '../pipeline/project.js';
import { loadStyles } from '../assets/styles.js';
import { CliError, EXIT } from './exit.js';
import { printDiagnostics } from './print.js';

export interface ReportOptions {
  years: number[];
  root: string;
  out: string;
  formats: Set<Format>;
  draft: boolean;
  /** Refuse (exit 3) instead of writing a draft when anything is missing or unrevised. */
  final: boolean;
  quiet: boolean;
}

/**
 * `ehalsa report`: build each requested edition; one browser serves them all. Each edition is staged
 * and swapped into <out>/<year>/ only when every file is written.
 *
 * The work overlaps where it can without changing what is written or printed, or in which order:
 * the browser warms up while the first edition is built, and the next edition is built (and handed
 * to the printer's queue) while the previous one is printed and written. Publishing, with its messages,
 * stays in edition order, and nothing after a failed edition is written.
 */
export async function runReport(options: ReportOptions): Promise<void> {
  const loadingPdf = options.formats.has('pdf') ? import('../pdf/index.js') : null;
  loadingPdf?.catch(() => undefined);
  const placement = outPlacementProblem(options.root, options.out);
  if (placement) throw new CliError(`ehalsa: ${placement}`, EXIT.usage, ['  hint: give the reports a folder of their own, e.g. --out reports (the default)']);
  const project = await readProject(options.root);
  for (const year of options.years) requireData(project, year);
  // Before any work: a folder that holds files ehalsa did not write is refused now, not after the build.
  for (const year of options.years) await checkOutput(options.out, year).catch((err: unknown) => Promise.reject(asOutputFailure(err)));
  const layout = layoutTemplates(project);
  if (!layout) throw new CliError(`ehalsa: the layout template ${mainLayoutPath} is missing`, EXIT.render);
  const styles = await loadStyles(project);
  const pdf = loadingPdf ? await loadingPdf : null;
  // The browser starts first, and warms up while the first edition is built.
  // Several editions are paginated two at a time when there are cores for it.
  const lanes = Math.min(options.years.length, 2, availableParallelism());
  const printer = pdf ? await openPrinterOrExplain(pdf, lanes) : null;
  const build = { date: buildDate(), commit: gitCommit(options.root) };
  const cache = openCache();

  /** The pure part of an edition, and its print started; returns the effectful rest, to run in order. */
  const prepare = async (year: number): Promise<() => Promise<void>> => {
    let built;
    try {
      built = await buildModel(project, { year, draft: options.draft, build, cache });
    } catch (err) {
      if (!(err instanceof StageError)) throw err;
      return async () => {
        printDiagnostics(err.diagnostics, project);
        if (err.stage === 'render') throw new CliError(`ehalsa: the ${year} edition could not be rendered; nothing was written`, EXIT.render);
        throw new CliError(`ehalsa: the ${year} edition has errors; nothing was written`, EXIT.input);
      };
    }
    const warnings = built.diagnostics;
    if (options.final && draftReasons(built.model.edition, built.model.document).length) {
      const edition = built.model.edition.meta;
      const details = [
        ...failingClaims(built.model.document.claims).map((c) => `  ${c.file}:${c.line}:${c.column}: claim "${c.id}" ${c.holds === null ? 'cannot be checked' : 'does not hold'}: ${c.says}${c.why ? ` (${c.why})` : ''}`),
        ...built.model.document.gaps.map((m) => `  missing: ${m}`),
        ...placeholderFloats(built.model.document).map((f) => `  placeholder: ${f.label}${f.title ? ` (${shortTitle(f.title)})` : ''}: its data is missing`),
        ...edition.unrevised.map((f) => `  not revised since ${edition.copiedFrom ?? 'the previous edition'}: ${f}`),
      ];
      return async () => {
        if (!options.quiet) printDiagnostics(warnings, project);
        throw new CliError(`ehalsa: the ${year} edition is not final; nothing was written:`, EXIT.input, details);
      };
    }
    let rendered;
    try {
      rendered = renderOutputs(built.model, options.formats, layout, styles);
    } catch (err) {
      if (!(err instanceof StageError)) throw err;
      return async () => {
        if (!options.quiet) printDiagnostics(warnings, project);
        printDiagnostics(err.diagnostics, project);
        throw new CliError(`ehalsa: the ${year} edition could not be rendered; nothing was written`, EXIT.render);
      };
    }
    const { files, printHtml } = rendered;
    const printing = printHtml !== null && printer ? startPrint(printer, printHtml, built.model.document.meta) : null;
    printing?.catch(() => undefined);
    return async () => {
      if (!options.quiet) printDiagnostics(warnings, project);
      const stamp = { inputs: inputsHash(project, year, options.draft), formats: options.formats };
      const staging = await stageOutput(options.out, year, stamp).catch((err: unknown) => {
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
            if (err instanceof pdf.PdfRenderError) throw new CliError(`ehalsa: ${err.message}`, EXIT.pdf);
            if (err instanceof pdf.PdfPostPassError) throw new CliError(`ehalsa: ${err.message}`, EXIT.pdf, [postPassHint]);
            throw err;
          }
          if (!options.quiet) printDiagnostics(result.diagnostics);
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
        process.stdout.write(
          `${written.map((n) => join(options.out, String(year), n)).join('\n')}${figures ? `\n${join(options.out, String(year), 'figures')}/ (${figures} files)` : ''}\n`,
        );
        if (committed.stale.length) process.stderr.write(`${staleNote(join(options.out, String(year)), committed.stale)}\n`);
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

type Pdf = typeof import('../pdf/index.js');

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
  return new CliError(`ehalsa: ${err.message}`, EXIT.output, err.details.length ? err.details : ['  hint: check the folder given with --out, or choose another']);
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
    throw new CliError(`ehalsa: there is no data for ${year}: datasets/${year}/ does not exist${known}`, EXIT.input);
  }
}

function rangeText(years: number[]): string {
  return years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
}

async function openPrinterOrExplain(pdf: Pdf, lanes: number) {
  try {
    return await pdf.openPrinter({ lanes });
  } catch (err) {
    if (err instanceof pdf.BrowserNotFoundError) throw new CliError(`ehalsa: ${err.message}`, EXIT.browser);
    // Found, but it would not start (not a browser, a broken install, missing libraries): no browser either.
    const reason = err instanceof Error ? (err.message.split('\n')[0] ?? err.name) : String(err);
    throw new CliError(`ehalsa: the browser for the PDF could not be started: ${reason}`, EXIT.browser, [
      '  hint: point EHALSA_CHROME at a working Chrome or Chromium, or unset it to let ehalsa find one',
    ]);
  }
}

/** Build date for drafts: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
export function buildDate(env = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

// Where preview and diff import it from.
export { gitCommit };

export function parseFormats(list: string): Set<Format> {
  const out = new Set<Format>();
  for (const raw of list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    if (!(FORMATS as readonly string[]).includes(raw)) {
      throw new CliError(`ehalsa: unknown format "${raw}"; choose from ${FORMATS.join(', ')}`, EXIT.usage);
    }
    out.add(raw as Format);
  }
  if (!out.size) throw new CliError('ehalsa: --format needs at least one of pdf, html, md, json, figures', EXIT.usage);
  return out;
}

export type { Diagnostic };

/** A caption's title in a line of a listing: its first sentence, cut at a word near 80 characters. */
function shortTitle(title: string): string {
  const first = title.split(/(?<=\.) /)[0]!.replace(/\.$/, '');
  if (first.length <= 80) return first;
  return `${first.slice(0, 80).replace(/\s+\S*$/, '')} …`;
}
