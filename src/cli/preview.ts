import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { StageError, buildModel, renderOutputs } from '../pipeline/build.js';
import { openCache } from '../pipeline/memo.js';
import { layoutTemplates, mainLayoutPath, readProject, type ProjectFiles } from '../pipeline/project.js';
import { watchTree, type TreeWatcher } from '../pipeline/watch.js';
import { PAGE_POLICY, policyMeta, withPagePolicy } from '../render/csp.js';
import { loadStyles } from '../assets/styles.js';
import { CliError, EXIT } from './exit.js';
import { printDiagnostics } from './print.js';
import { buildDate, gitCommit } from './report.js';

/** The script that makes the page reload when the server says so (only in preview, never in outputs). */
const RELOAD_SCRIPT = `new EventSource('/events').onmessage = () => location.reload();`;
const RELOAD = `<script>${RELOAD_SCRIPT}</script>`;

/**
 * The page's policy (src/render/csp.ts) allows no script and no connection: in preview, this one
 * script (by its hash) and its event stream from the preview server itself.
 */
const PREVIEW_POLICY = `${PAGE_POLICY}; script-src 'sha256-${createHash('sha256').update(RELOAD_SCRIPT).digest('base64')}'; connect-src 'self'`;

/**
 * `ehalsa preview --year <YYYY>`: serves the HTML edition on localhost and rebuilds it when templates,
 * texts, indicators or datasets change; open pages reload themselves. Errors are shown in the page and
 * printed in the terminal. A port that is taken or cannot be used ends the command (exit 2).
 */
export async function runPreview(options: { root: string; year: number; port: number }): Promise<void> {
  const clients = new Set<ServerResponse>();
  let page: Promise<string> | string = '';
  const server = createServer((req, res) => {
    if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    void Promise.resolve(page).then((html) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html.replace(policyMeta(), policyMeta(PREVIEW_POLICY)).replace('</body>', `${RELOAD}</body>`));
    });
  });
  await listen(server, options.port);
  let watcher: TreeWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const first = render(options.root, options.year);
    page = first.then((r) => r.html);
    reportFailure(await first, options.year);
    // A change during a rebuild starts another; only the latest one's page is served.
    let generation = 0;
    const rebuild = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const mine = ++generation;
        const next = await render(options.root, options.year);
        if (mine !== generation) return;
        page = next.html;
        for (const c of clients) c.write('data: reload\n\n');
        if (!reportFailure(next, options.year)) process.stdout.write(`rebuilt ${new Date().toLocaleTimeString('sv-SE')}\n`);
      }, 150);
    };
    // Also files saved by rename (editors' atomic saves, sed -i) and files and folders added.
    watcher = watchTree(options.root, ['indicators', 'datasets', 'templates'], rebuild);
    process.stdout.write(`ehalsa preview: http://127.0.0.1:${options.port}/ (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  } finally {
    // Stop everything that keeps the process alive: an open page holds its event stream open, which
    // server.close alone would wait for.
    clearTimeout(timer);
    watcher?.close();
    for (const client of clients) client.end();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

/** Listens on 127.0.0.1; a port in use or not ours to take is a usage error, not a crash. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const hint = '  hint: choose another port with --port <n>';
      if (err.code === 'EADDRINUSE') reject(new CliError(`ehalsa: port ${port} on 127.0.0.1 is in use (another preview, or another program)`, EXIT.usage, [hint]));
      else if (err.code === 'EACCES') reject(new CliError(`ehalsa: port ${port} on 127.0.0.1 may not be used by this user (permission denied)`, EXIT.usage, [hint]));
      else reject(new CliError(`ehalsa: cannot listen on 127.0.0.1:${port}: ${err.code ?? err.message}`, EXIT.usage, [hint]));
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

interface Rendered {
  html: string;
  /** Why the edition could not be built: its diagnostics (with the project, for source lines), or a message. */
  failure: { diagnostics: Diagnostic[]; project: ProjectFiles | undefined } | { message: string } | null;
}

/** Prints a failed build in the terminal (the page shows it too); true if it failed. */
function reportFailure(r: Rendered, year: number): boolean {
  if (!r.failure) return false;
  if ('diagnostics' in r.failure) printDiagnostics(r.failure.diagnostics, r.failure.project);
  else process.stderr.write(`${r.failure.message}\n`);
  process.stderr.write(`ehalsa preview: the ${year} edition could not be built; the page shows the errors until it can (${new Date().toLocaleTimeString('sv-SE')})\n`);
  return true;
}

async function render(root: string, year: number): Promise<Rendered> {
  let project: ProjectFiles | undefined;
  try {
    project = await readProject(root);
    const { model } = await buildModel(project, { year, draft: true, build: { date: buildDate(), commit: gitCommit(root) }, cache: openCache() });
    const layout = layoutTemplates(project);
    if (!layout) throw new Error(`the layout template ${mainLayoutPath} is missing`);
    return { html: renderOutputs(model, new Set(['html']), layout, await loadStyles(project)).files.get('report.html')!, failure: null };
  } catch (err) {
    const failure: NonNullable<Rendered['failure']> = err instanceof StageError ? { diagnostics: err.diagnostics, project } : { message: err instanceof Error ? err.message : String(err) };
    const text = 'diagnostics' in failure ? formatDiagnostics(failure.diagnostics) : failure.message;
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return {
      html: withPagePolicy(
        `<!DOCTYPE html><html lang="sv-SE"><head><meta charset="utf-8"><title>Fel</title></head><body><h1>Utgåvan ${year} kan inte byggas</h1><pre>${escaped}</pre></body></html>`,
      ),
      failure,
    };
  }
}
