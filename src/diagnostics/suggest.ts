/** "did you mean …" — the closest candidate by edit distance, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/**
 * "did you mean …": the closest candidate by edit distance, else one whose letters are the input's
 * with two neighbours swapped ("fomr" → "form", cheap here already, but kept explicit for very short
 * names), else one the input abbreviates or extends ("min" ↔ "minimum").
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const c = suggestion(input, candidates);
  return c === undefined ? undefined : didYouMeanText(c);
}

export function didYouMeanText(candidate: string): string {
  return `did you mean "${candidate}"?`;
}

/** The candidate `didYouMean` names, itself. */
export function suggestion(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = input.toLowerCase();
  return (
    closest(input, list) ??
    list.find((x) => isAdjacentSwap(lower, x.toLowerCase())) ??
    list.find((x) => x.length >= 3 && lower.length >= 3 && (lower.startsWith(x.toLowerCase()) || x.toLowerCase().startsWith(lower)))
  );
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
