/**
 * The inventory (issue 16): every word and digit of an edition's prose and captions whose truth depends
 * on the data, sentence by sentence, and whether a claim vouches for it. A pure function of texts.
 *
 *   section text ──tokenize──▶ tokens ──sentences──▶ sentences ──match lexicon, classify digits──▶ hits
 *
 * What is scanned: the prose outside {{…}} (facts, refs and claims print there: a number inside a fact
 * follows the data by construction) and outside HTML comments; headings, list items, quotes, footnote
 * texts; figure and table captions. A hit is covered when its sentence holds {{claim "id"}} or
 * {{fact "id" …}} and that claim's or fact's `words` name the hit (a top fact vouches for "toppen"). A claim belongs to the sentence it stands in, or to the one before when
 * it follows that sentence's full stop with no space ("… har detta.{{claim "x"}} Nästa …").
 *
 * Linear in the input: one pass over the characters, one over the tokens; lexicon phrases are at most
 * a handful of words and looked up by their first word (no backtracking regular expression).
 */
import { AMOUNT_WORDS, LEXICON, MONTHS, NAMING_WORDS, NOT_DATA, NUMBER_WORDS, POPULATION_NOUNS, type InventoryFamily, type LexiconEntry } from './inventory-lexicon.js';

export type { InventoryFamily } from './inventory-lexicon.js';

/** A caption text (title, a note, the source, a footnote) and where its first character stands. */
export interface InventoryText {
  file: string;
  line: number;
  column: number;
  text: string;
}

export interface InventoryInput {
  /** The edition's sections/*.md: path and text. */
  sections: readonly { path: string; text: string }[];
  captions: readonly InventoryText[];
  /** Claim or fact id → the words it vouches for (its `words:`). */
  claims: ReadonlyMap<string, readonly string[]>;
}

export interface InventoryHit {
  file: string;
  line: number;
  column: number;
  /** As written: "vanligaste", "i toppen", "182", "1–16". */
  word: string;
  family: InventoryFamily;
  /** The sentence as written (templates included), whitespace collapsed. */
  sentence: string;
  covered: boolean;
  /** The claim that covers the hit. */
  claim: string | null;
}

export function scanInventory(input: InventoryInput): InventoryHit[] {
  const hits: InventoryHit[] = [];
  for (const s of input.sections) hits.push(...scanText({ file: s.path, line: 1, column: 1, text: s.text }, input.claims, true));
  for (const c of input.captions) hits.push(...scanText(c, input.claims, false));
  return hits;
}

/** One text: a section file (markdown: block markers, footnote definitions, directives) or a caption. */
export function scanText(source: InventoryText, claims: ReadonlyMap<string, readonly string[]>, markdown: boolean): InventoryHit[] {
  const tokens = tokenize(source.text, markdown);
  const position = positions(source);
  const hits: InventoryHit[] = [];
  for (const sentence of sentences(tokens)) {
    const first = sentence[0]!;
    const last = sentence[sentence.length - 1]!;
    const text = collapse(source.text.slice(first.start, last.end));
    const vouched = new Map<string, string>();
    for (const t of sentence) {
      if ((t.kind !== 'claim' && t.kind !== 'fact') || !t.claim) continue;
      for (const w of claims.get(t.claim) ?? []) if (!vouched.has(normalize(w))) vouched.set(normalize(w), t.claim);
    }
    for (const hit of sentenceHits(sentence)) {
      const word = collapse(source.text.slice(hit.start, hit.end));
      const claim = vouched.get(normalize(word)) ?? null;
      hits.push({ file: source.file, ...position(hit.start), word, family: hit.family, sentence: text, covered: claim !== null, claim });
    }
  }
  return hits;
}

// ── tokens ────────────────────────────────────────────────────────────────────────────────────────

type TokenKind = 'word' | 'number' | 'code' | 'punct' | 'fact' | 'claim' | 'ref' | 'var' | 'break';

interface Token {
  kind: TokenKind;
  /** Lower-cased text (words, numbers); the character (punctuation). */
  text: string;
  start: number;
  end: number;
  /** Whitespace (or a skipped footnote reference) stands before it. */
  space: boolean;
  claim?: string;
  /** A word that starts with a capital. */
  upper?: boolean;
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isAlnum = (c: string) => isDigit(c) || isLetter(c);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || c === '\r';

function tokenize(text: string, markdown: boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let space = true;
  let lineStart = true;
  let lastLineKind: 'blank' | 'text' | 'block' = 'blank';
  const push = (kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}) => {
    tokens.push({ kind, text: kind === 'punct' ? text[start]! : text.slice(start, end).toLowerCase(), start, end, space, ...extra });
    space = false;
  };
  const pushBreak = () => {
    if (tokens.length && tokens[tokens.length - 1]!.kind !== 'break') tokens.push({ kind: 'break', text: '', start: i, end: i, space: true });
    space = true;
  };
  while (i < text.length) {
    if (markdown && lineStart) {
      lineStart = false;
      i = blockStart(text, i, () => pushBreak(), (kind) => {
        if (kind === 'block' || (kind === 'text' && lastLineKind !== 'text')) pushBreak();
        lastLineKind = kind;
      });
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      i++;
      space = true;
      if (markdown) lineStart = true;
      continue;
    }
    if (isSpace(c)) {
      i++;
      space = true;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? text.length : end + 3;
      space = true;
      continue;
    }
    if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      const { kind, claim } = template(text.slice(i + 2, end < 0 ? text.length : end));
      push(kind, i, stop, claim === undefined ? {} : { claim });
      i = stop;
      continue;
    }
    if (text.startsWith('[^', i)) {
      // a footnote reference, and the comma between two of them ("…tekniken.[^a],[^b] Nästa")
      const end = text.indexOf(']', i + 2);
      i = end < 0 ? text.length : end + 1;
      if (text.startsWith(',[^', i)) i++;
      continue;
    }
    if (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i)) {
      let j = i;
      while (j < text.length && !isSpace(text[j]!) && text[j] !== '\n') j++;
      if (text[j - 1] === '.' || text[j - 1] === ',' || text[j - 1] === ')') j--;
      i = j;
      space = true;
      continue;
    }
    if (isAlnum(c)) {
      const end = wordEnd(text, i);
      const kind = numberKind(text.slice(i, end));
      push(kind, i, end, kind === 'word' ? { upper: c !== c.toLowerCase() } : {});
      i = end;
      continue;
    }
    push('punct', i, i + 1);
    i++;
  }
  return tokens;
}

/**
 * At the start of a line of a section: blank lines, headings, list items, quotes, footnote definitions
 * and directives start a new block; their markers are not prose. Returns where the prose begins.
 */
function blockStart(text: string, at: number, blank: () => void, kind: (k: 'blank' | 'text' | 'block') => void): number {
  let i = at;
  while (i < text.length && isSpace(text[i]!)) i++;
  if (i >= text.length || text[i] === '\n') {
    blank();
    kind('blank');
    return i;
  }
  const rest = (s: string) => text.startsWith(s, i);
  if (text[i] === '@') {
    kind('block');
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (text[i] === '#') {
    kind('block');
    while (text[i] === '#') i++;
    return i;
  }
  if (text[i] === '>') {
    kind('block');
    return i + 1;
  }
  if ((rest('- ') || rest('* ')) && !rest('**')) {
    kind('block');
    return i + 2;
  }
  let j = i;
  while (j < text.length && isDigit(text[j]!)) j++;
  if (j > i && text[j] === '.' && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
    kind('block');
    return j + 1;
  }
  if (rest('[^')) {
    const close = text.indexOf(']', i);
    if (close > 0 && text[close + 1] === ':') {
      kind('block');
      return close + 2;
    }
  }
  kind('text');
  return i;
}

/** Letters and digits, joined by an inner hyphen, colon, slash or full stop ("e-hälsa", "2014:821",
 * "Doktor.se"), a decimal comma ("2,8") or a space between digit groups of three ("1 533 537"). */
function wordEnd(text: string, start: number): number {
  let i = start + 1;
  let digitsOnly = isDigit(text[start]!);
  for (;;) {
    while (i < text.length && isAlnum(text[i]!)) {
      if (!isDigit(text[i]!)) digitsOnly = false;
      i++;
    }
    const c = text[i];
    const next = text[i + 1];
    if (c === undefined || next === undefined) return i;
    if ((c === '-' || c === ':' || c === '/' || c === '.') && isAlnum(next) && isAlnum(text[i - 1]!)) {
      digitsOnly = false;
      i += 1;
      continue;
    }
    if (c === ',' && isDigit(next) && isDigit(text[i - 1]!)) {
      digitsOnly = false;
      i += 1;
      continue;
    }
    if (isSpace(c) && digitsOnly && isDigitGroup(text, i + 1)) {
      i += 4;
      continue;
    }
    return i;
  }
}

const isDigitGroup = (text: string, at: number) =>
  isDigit(text[at] ?? '') && isDigit(text[at + 1] ?? '') && isDigit(text[at + 2] ?? '') && !isAlnum(text[at + 3] ?? ' ');

/** "word" (any letter), "number" (digits, a decimal comma, grouped thousands) or "code" (digits joined
 * by hyphens, colons, slashes or full stops: dates, law numbers, ISBN, "2017/2018"). */
function numberKind(s: string): TokenKind {
  let letters = false;
  let joints = false;
  for (const c of s) {
    if (isLetter(c)) letters = true;
    else if (c === '-' || c === ':' || c === '/' || c === '.') joints = true;
  }
  return letters ? 'word' : joints ? 'code' : 'number';
}

/** What a {{…}} prints: a fact, a claim (nothing), a reference, or a template variable. */
function template(inner: string): { kind: TokenKind; claim?: string } {
  let j = 0;
  while (j < inner.length && (isSpace(inner[j]!) || inner[j] === '~')) j++;
  const from = j;
  while (j < inner.length && isAlnum(inner[j]!)) j++;
  const name = inner.slice(from, j);
  if (name === 'claim' || name === 'fact') {
    // Both vouch: a claim for the words its condition makes true, a fact for the words it computes.
    const q = inner.indexOf('"', j);
    const e = q < 0 ? -1 : inner.indexOf('"', q + 1);
    return { kind: name, claim: e < 0 ? '' : inner.slice(q + 1, e) };
  }
  return { kind: name === 'ref' ? 'ref' : 'var' };
}

// ── sentences ─────────────────────────────────────────────────────────────────────────────────────

const CLOSERS = new Set([')', '”', '"', '’', "'", '*', ']']);
const OPENERS = new Set(['(', '”', '"', '*', '[', '–', '-']);

/**
 * A sentence ends at a block's end, or at a full stop, question or exclamation mark followed (after
 * closing quotes, brackets and attached claims) by whitespace and something that starts a sentence:
 * a capital, a digit, a {{…}}, an opening quote or bracket. "t.ex. att", "Kv. kon." do not end one.
 */
function sentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.some((t) => t.kind !== 'punct')) out.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      flush();
      continue;
    }
    current.push(t);
    if (t.kind !== 'punct' || (t.text !== '.' && t.text !== '!' && t.text !== '?')) continue;
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.space && (tokens[j]!.kind === 'claim' || (tokens[j]!.kind === 'punct' && CLOSERS.has(tokens[j]!.text)))) j++;
    const next = tokens[j];
    if (!next || next.kind === 'break' || (next.space && startsSentence(next))) {
      current.push(...tokens.slice(i + 1, j));
      i = j - 1;
      flush();
    }
  }
  flush();
  return out;
}

function startsSentence(t: Token): boolean {
  if (t.kind === 'fact' || t.kind === 'claim' || t.kind === 'ref' || t.kind === 'var' || t.kind === 'number' || t.kind === 'code') return true;
  if (t.kind === 'punct') return OPENERS.has(t.text);
  return Boolean(t.upper);
}

// ── hits ──────────────────────────────────────────────────────────────────────────────────────────

interface RawHit {
  start: number;
  end: number;
  family: InventoryFamily;
}

const byFirstWord = (entries: readonly { words: readonly string[] }[]) => {
  const map = new Map<string, (typeof entries)[number][]>();
  for (const e of entries) map.set(e.words[0]!, [...(map.get(e.words[0]!) ?? []), e]);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
};
const LEXICON_BY_FIRST = byFirstWord(LEXICON) as Map<string, LexiconEntry[]>;
const NOT_DATA_BY_FIRST = byFirstWord(NOT_DATA.map((words) => ({ words })));
const NUMBERS = new Set(NUMBER_WORDS.split(',').map((s) => s.trim()));

function sentenceHits(sentence: Token[]): RawHit[] {
  const hits: RawHit[] = [];
  // the words and numbers of the sentence, punctuation kept (a phrase does not run across it)
  const words = sentence;
  const hasFact = sentence.some((t) => t.kind === 'fact');
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (t.kind === 'number') {
      const n = numberHit(words, i);
      if (n) {
        hits.push(n.hit);
        i = n.last;
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    const skip = NOT_DATA_BY_FIRST.get(t.text)?.find((p) => phraseAt(words, i, p.words));
    if (skip) {
      i += skip.words.length - 1;
      continue;
    }
    const entry = LEXICON_BY_FIRST.get(t.text)?.find((e) => phraseAt(words, i, e.words) && ruleHolds(e, words, i, hasFact));
    if (!entry) continue;
    const last = words[i + entry.words.length - 1]!;
    hits.push({ start: t.start, end: last.end, family: entry.family });
    i += entry.words.length - 1;
  }
  return hits;
}

function phraseAt(tokens: Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[at + k];
    if (!t || t.kind !== 'word' || t.text !== phrase[k]) return false;
  }
  return true;
}

/** The next `n` tokens after `at` that are words, numbers or templates (punctuation stops the look). */
function following(tokens: Token[], at: number, n: number): Token[] {
  const out: Token[] = [];
  for (let k = at + 1; k < tokens.length && out.length < n; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    out.push(t);
  }
  return out;
}

function ruleHolds(entry: LexiconEntry, tokens: Token[], at: number, hasFact: boolean): boolean {
  const end = at + entry.words.length - 1;
  switch (entry.rule) {
    case undefined:
      return true;
    case 'count': {
      const before = tokens[at - 1];
      if (before?.kind === 'word' && before.text === 'av') return false;
      const next = following(tokens, end, 2);
      if (next[0]?.kind === 'word' && next[0].text === 'av' && !NUMBERS.has(entry.words[0]!)) return true;
      return next.some((t) => t.kind === 'word' && POPULATION_NOUNS.has(t.text));
    }
    case 'only-count': {
      const next = following(tokens, end, 1)[0];
      return Boolean(next && (next.kind === 'fact' || next.kind === 'number' || (next.kind === 'word' && (NUMBERS.has(next.text) || next.text === 'ett'))));
    }
    case 'before-an':
      return following(tokens, end, 4).some((t) => t.kind === 'word' && t.text === 'än');
    case 'no-fact':
      return !hasFact;
    case 'before-amount': {
      const next = following(tokens, end, 1)[0];
      return Boolean(next && (next.kind === 'fact' || next.kind === 'number' || (next.kind === 'word' && (NUMBERS.has(next.text) || AMOUNT_WORDS.has(next.text)))));
    }
  }
}

/**
 * A number outside facts is a data digit unless it is structure: a year (1900–2099), 1177 (the name
 * 1177 Vårdguiden), an age ("80 år", "19–29 år", "70 års ålder"), a day of a month ("1 november"), a
 * number that names ("kvartal 1", "inriktningsmål 2", "Bilaga 1"), a heading or list number at the start of a block ("8. Uppföljning"). Codes —
 * dates, law and ISBN numbers, "2017/2018" — are never numbers. A range "1–16" is one hit.
 */
function numberHit(tokens: Token[], at: number): { hit: RawHit; last: number } | null {
  const t = tokens[at]!;
  let last = at;
  const dash = tokens[at + 1];
  const second = tokens[at + 2];
  if (dash?.kind === 'punct' && (dash.text === '–' || dash.text === '-') && second?.kind === 'number') last = at + 2;
  const after = tokens[last + 1];
  const before = previousWord(tokens, at);
  const isYear = (s: string) => /^(19|20)\d\d$/.test(s);
  if (isYear(t.text) && (last === at || isYear(tokens[last]!.text))) return null;
  if (t.text === '1177') return null;
  if (after?.kind === 'word' && (after.text === 'år' || after.text === 'års' || after.text === 'åringar') && before?.text !== 'år') return null;
  if (after?.kind === 'word' && MONTHS.has(after.text)) return null;
  if (before?.kind === 'word' && NAMING_WORDS.has(before.text)) return null;
  if (atBlockStart(tokens, at) && after?.kind === 'punct' && after.text === '.') return null;
  return { hit: { start: t.start, end: tokens[last]!.end, family: 'digits' }, last };
}

function previousWord(tokens: Token[], at: number): Token | undefined {
  const t = tokens[at - 1];
  return t && t.kind !== 'punct' ? t : undefined;
}

function atBlockStart(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text === '*') continue;
    return false;
  }
  return true;
}

// ── positions and text ───────────────────────────────────────────────────────────────────────────

/** Offset in a text → line and column in its file (a caption: from where its text starts). */
function positions(source: InventoryText): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < source.text.length; i++) if (source.text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - starts[lo]! + 1;
    return lo === 0 ? { line: source.line, column: source.column + column - 1 } : { line: source.line + lo, column };
  };
}

function collapse(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (const c of s) {
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') pendingSpace = out.length > 0;
    else {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += c;
    }
  }
  return out;
}

const normalize = (w: string) => collapse(w).toLowerCase();
