/**
 * "did you mean …" for fact parameters. src/diagnostics/suggest.ts measures plain edit distance, where
 * swapping two letters costs 2, so the commonest typo in a short name ("fomr", "frist", "yaer") finds
 * nothing; here a swap of neighbours and an abbreviation ("minimum" for "min") count as close too.
 */
import { didYouMean } from '../diagnostics/suggest.js';

export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const plain = didYouMean(input, list);
  if (plain) return plain;
  const lower = input.toLowerCase();
  const swapped = list.find((c) => isAdjacentSwap(lower, c.toLowerCase()));
  if (swapped) return `did you mean "${swapped}"?`;
  const prefix = list.find((c) => c.length >= 3 && lower.length >= 3 && (lower.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(lower)));
  return prefix ? `did you mean "${prefix}"?` : undefined;
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
