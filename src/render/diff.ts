import type { SectionDiff, WordOp } from '../model/diff.js';

const ESC = '\u001b[';
const colour = { red: `${ESC}31m`, green: `${ESC}32m`, bold: `${ESC}1m`, dim: `${ESC}2m`, reset: `${ESC}0m` };

/**
 * The edition diff for a terminal: sections with changes, "-"/"+" for removed and added sentences,
 * "~" for a changed sentence with [-old-]{+new+} word marks (in colour on a TTY, plain otherwise).
 */
export function formatDiffText(diffs: readonly SectionDiff[], a: number, b: number, useColour: boolean): string {
  const c = (code: string, s: string) => (useColour ? `${code}${s}${colour.reset}` : s);
  const out = [c(colour.bold, `Utgåva ${a} → ${b}: ${diffs.reduce((n, d) => n + d.changes.length, 0)} ändrade meningar i ${diffs.length} avsnitt`), ''];
  for (const d of diffs) {
    out.push(c(colour.bold, `## ${d.title}`));
    for (const ch of d.changes) {
      if (ch.kind === 'removed') out.push(c(colour.red, `- ${ch.before}`));
      else if (ch.kind === 'added') out.push(c(colour.green, `+ ${ch.after}`));
      else if (ch.kind === 'replaced') out.push(c(colour.red, `- ${ch.before}`), c(colour.green, `+ ${ch.after}`));
      else out.push(`~ ${words(ch.words, useColour)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * `diff --stat`: one line per section with changes, as `git diff --stat` gives one per file: how many
 * sentences were changed (replaced ones included), added and removed; a total last.
 */
export function formatDiffStat(diffs: readonly SectionDiff[], a: number, b: number): string {
  const tally = (changes: SectionDiff['changes']) => ({
    changed: changes.filter((c) => c.kind === 'changed' || c.kind === 'replaced').length,
    added: changes.filter((c) => c.kind === 'added').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
  });
  const line = (t: ReturnType<typeof tally>) => `~${t.changed} +${t.added} -${t.removed}`;
  const width = Math.min(60, Math.max(0, ...diffs.map((d) => d.title.length)));
  const rows = diffs.map((d) => ` ${(d.title.length > width ? `${d.title.slice(0, width - 1)}…` : d.title).padEnd(width)} | ${line(tally(d.changes))}`);
  const total = tally(diffs.flatMap((d) => d.changes));
  const sentences = total.changed + total.added + total.removed;
  const summary = ` Utgåva ${a} → ${b}: ${sentences} ${sentences === 1 ? 'mening' : 'meningar'} i ${diffs.length} avsnitt (${line(total)})`;
  return `${[...rows, summary].join('\n')}\n`;
}

function words(ops: readonly WordOp[], useColour: boolean): string {
  return ops
    .map((o) => {
      if (o.op === '=') return o.text;
      if (useColour) return `${o.op === '-' ? colour.red : colour.green}${o.text}${colour.reset}`;
      return o.op === '-' ? `[-${o.text}-]` : `{+${o.text}+}`;
    })
    .join('');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same diff as one self-contained HTML page for a reviewer's browser. */
export function formatDiffHtml(diffs: readonly SectionDiff[], a: number, b: number): string {
  const body = diffs
    .map((d) => {
      const items = d.changes
        .map((ch) => {
          if (ch.kind === 'removed') return `<li class="removed"><del>${escapeHtml(ch.before)}</del></li>`;
          if (ch.kind === 'added') return `<li class="added"><ins>${escapeHtml(ch.after)}</ins></li>`;
          if (ch.kind === 'replaced') return `<li class="replaced"><del>${escapeHtml(ch.before)}</del><br><ins>${escapeHtml(ch.after)}</ins></li>`;
          const inner = ch.words
            .map((o) => (o.op === '=' ? escapeHtml(o.text) : o.op === '-' ? `<del>${escapeHtml(o.text)}</del>` : `<ins>${escapeHtml(o.text)}</ins>`))
            .join('');
          return `<li class="changed">${inner}</li>`;
        })
        .join('\n');
      return `<section><h2>${escapeHtml(d.title)}</h2><ul>\n${items}\n</ul></section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="utf-8"><title>Ändringar ${a}–${b}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.5;padding:0 1rem}
del{background:#fdd;color:#700}ins{background:#dfd;color:#050;text-decoration:none}li{margin:.4rem 0}
li.removed{list-style:"− "}li.added{list-style:"+ "}li.changed,li.replaced{list-style:"~ "}</style></head>
<body><h1>Ändringar i texten, utgåva ${a} → ${b}</h1>
${body || '<p>Inga ändringar.</p>'}
</body></html>
`;
}
