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
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      page = await render(options.root, options.year);
      for (const c of clients) c.write('data: reload\n\n');
      process.stdout.write(`rebuilt ${new Date().toLocaleTimeString('sv-SE')}\n`);
    }, 150);
  };
  for (const dir of ['indicators', 'datasets', 'templates']) watch(join(options.root, dir), { recursive: true }, rebuild);
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  process.stdout.write(`ehalsa preview: http://127.0.0.1:${options.port}/ (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => server.close(() => resolve())));
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
