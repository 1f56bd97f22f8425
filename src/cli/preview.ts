import { watch } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { formatDiagnostics } from '../diagnostics/format.js';
import { StageError, buildModel, renderOutputs } from '../pipeline/build.js';
import { layoutTemplates, mainLayoutPath, readProject } from '../pipeline/project.js';
import { loadStyles } from '../render/styles.js';
import { buildDate, gitCommit } from './report.js';

/** The script that makes the page reload when the server says so (only in preview, never in outputs). */
const RELOAD = `<script>new EventSource('/events').onmessage = () => location.reload();</script>`;

/**
 * `ehalsa preview --year <YYYY>`: serves the HTML edition on localhost and rebuilds it when templates,
 * texts, indicators or datasets change; open pages reload themselves. Errors are shown in the page.
 */
export async function runPreview(options: { root: string; year: number; port: number }): Promise<void> {
  const clients = new Set<ServerResponse>();
  let page = await render(options.root, options.year);
  const server = createServer((req, res) => {
    if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page.replace('</body>', `${RELOAD}</body>`));
  });
  let timer: NodeJS.Timeout | undefined;
  // A change during a rebuild starts another; only the latest one's page is served.
  let generation = 0;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++generation;
      const next = await render(options.root, options.year);
      if (mine !== generation) return;
      page = next;
      for (const c of clients) c.write('data: reload\n\n');
      process.stdout.write(`rebuilt ${new Date().toLocaleTimeString('sv-SE')}\n`);
    }, 150);
  };
  const watchers = ['indicators', 'datasets', 'templates'].map((dir) => watch(join(options.root, dir), { recursive: true }, rebuild));
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  process.stdout.write(`ehalsa preview: http://127.0.0.1:${options.port}/ (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  // Stop everything that keeps the process alive: an open page holds its event stream open, which
  // server.close alone would wait for.
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  for (const client of clients) client.end();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function render(root: string, year: number): Promise<string> {
  try {
    const project = await readProject(root);
    const { model } = await buildModel(project, { year, draft: true, build: { date: buildDate(), commit: gitCommit(root) } });
    const layout = layoutTemplates(project);
    if (!layout) throw new Error(`the layout template ${mainLayoutPath} is missing`);
    return renderOutputs(model, new Set(['html']), layout, await loadStyles(project)).files.get('report.html')!;
  } catch (err) {
    const text = err instanceof StageError ? formatDiagnostics(err.diagnostics) : err instanceof Error ? err.message : String(err);
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<!DOCTYPE html><html lang="sv-SE"><head><meta charset="utf-8"><title>Fel</title></head><body><h1>Utgåvan ${year} kan inte byggas</h1><pre>${escaped}</pre></body></html>`;
  }
}
