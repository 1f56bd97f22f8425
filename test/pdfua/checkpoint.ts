import type { Model } from './model.js';
import { finding, type Finding, type Where } from './pdf.js';

/**
 * One checkpoint: a Matterhorn Protocol 1.1 failure condition ("01-005": content is neither marked as
 * Artifact nor tagged), or one of the checker's own (the structure tree's integrity, its scope).
 *
 * - machine: a machine checkpoint of the Matterhorn Protocol, checked as it defines it;
 * - heuristic: the part of a human checkpoint that a program can see in this report's PDFs
 *   (01-002 real text marked as artifact, 19-001 footnotes not tagged as Note);
 * - integrity: what a reader needs before any checkpoint means anything (a tagged, well-formed tree).
 */
export interface Checkpoint {
  id: string;
  title: string;
  kind: 'machine' | 'heuristic' | 'integrity';
  check(model: Model): Outcome;
}

/** How many things the checkpoint examined (0: it does not apply), and what failed. */
export interface Outcome {
  examined: number;
  findings: Finding[];
}

/** Collects one checkpoint's outcome. */
export class Tally {
  examined = 0;
  readonly findings: Finding[] = [];

  saw(n = 1): this {
    this.examined += n;
    return this;
  }

  fail(where: Where, message: string): this {
    this.findings.push(finding(where, message));
    return this;
  }

  done(): Outcome {
    return { examined: this.examined, findings: this.findings };
  }
}

/** A checkpoint whose body reports into a tally: `t.saw()` for each thing examined, `t.fail(where, why)`. */
export function checkpoint(id: string, title: string, kind: Checkpoint['kind'], body: (model: Model, t: Tally) => void): Checkpoint {
  return {
    id,
    title,
    kind,
    check(model) {
      const t = new Tally();
      body(model, t);
      return t.done();
    },
  };
}

/** Shortens text quoted in a finding. */
export function quote(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}
