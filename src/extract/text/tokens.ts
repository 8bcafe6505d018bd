// Shared text helpers for the extractors: word tokens with their offsets and the position flags
// capitalization depends on, and sentence spans. All scans are single passes of linear regexes.
import type { Span } from "../../types.js";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters or digits (a word); false for punctuation and the possessive clitic "'s". */
  word: boolean;
  /** A word that opens a sentence, a line, a quotation or a clause after a colon: capitalized by position. */
  initial: boolean;
  /** Whitespace separates it from the previous token. */
  space: boolean;
  /** A line break separates it from the previous token (or it is the first token). */
  newline: boolean;
}

// A word (group 1): letters, marks and digits, with inner apostrophes or dots ("don't", "U.S");
// else one non-space character. Disjoint classes, no nested quantifier over the same class.
const TOKEN = /([\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*)|\S/gu;
// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Rep", "Sen", "Gov", "Jr", "Sr", "Inc", "Ltd",
  "Co", "Corp", "No", "vs", "etc", "Mt", "Ft", "Rev", "Hon", "Cllr", "U.S", "U.K", "e.g", "i.e", "approx", "Jan", "Feb",
  "Aug", "Sept", "Oct", "Nov", "Dec",
]);
const SENTENCE_END = new Set([".", "!", "?", "…"]);
const OPENING_QUOTES = new Set(["'", '"', "‘", "“", "«", "„", "‚"]);

export function isCapitalized(word: string): boolean {
  // An empty word has no first letter (and reading one past its end would deoptimize callers).
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  // ASCII fast path; the Unicode class for the rest ("Élysée", "Über").
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Two or more letters, all capitals, optionally with digits ("NATO", "G7", "UKHSA"). */
export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let atStart = true;
  let prev: Token | undefined;
  let nextBreak = lineBreakFrom(text, 0);
  let skipTo = 0;
  for (let at = nextToken(text, 0); at >= 0; at = nextToken(text, at)) {
    const start = found.start;
    if (start < skipTo) continue;
    const word = found.word;
    let raw = found.text;
    // A clitic tokenized apart from its word ("Germany 's"): one "'s" token.
    if ((raw === "'" || raw === "’") && prev?.word && (text[start + 1] === "s" || text[start + 1] === "S") && !/[\p{L}\p{N}]/u.test(text[start + 2] ?? "")) {
      raw = text.slice(start, start + 2);
      skipTo = start + 2;
    }
    let newline = tokens.length === 0;
    if (nextBreak < start) {
      newline = true;
      nextBreak = lineBreakFrom(text, start);
    }
    const space = newline || start > prevEnd;
    if (newline) atStart = true;
    // "U.S.": an abbreviation of dotted letters keeps its final dot (and the dot ends no sentence).
    if (word && text[start + raw.length] === "." && /^(?:\p{L}\.)+\p{L}$/u.test(raw)) {
      raw = text.slice(start, start + raw.length + 1);
      skipTo = start + raw.length;
    }
    if (word) {
      // The possessive clitic at the end of a word ("Kiev's") is split off so the name's mention is "Kiev".
      const n = raw.length;
      const poss = n > 2 && (raw[n - 1] === "s" || raw[n - 1] === "S") && (raw[n - 2] === "'" || raw[n - 2] === "’");
      const end = poss ? start + n - 2 : start + n;
      const tok: Token = { text: poss ? raw.slice(0, n - 2) : raw, start, end, word: true, initial: atStart, space, newline };
      tokens.push(tok);
      if (poss) tokens.push({ text: raw.slice(n - 2), start: end, end: start + n, word: false, initial: false, space: false, newline: false });
      // After "U.S." a capitalized word may open the next sentence: its capital is ambiguous.
      atStart = raw.endsWith(".");
    } else if (raw.length === 2) {
      tokens.push({ text: raw, start, end: start + 2, word: false, initial: false, space, newline });
    } else {
      const tok: Token = { text: raw, start, end: start + raw.length, word: false, initial: false, space, newline };
      tokens.push(tok);
      if (SENTENCE_END.has(raw)) {
        // "Dr." and initials ("John F. Kennedy") do not end a sentence.
        const abbrev = raw === "." && prev?.word && prev.end === start && (ABBREVIATIONS.has(prev.text) || /^\p{Lu}$/u.test(prev.text));
        if (!abbrev) atStart = true;
      } else if (raw === ":" || raw === "•") {
        // Capitalization after a colon or a bullet is by position.
        atStart = true;
      } else if (OPENING_QUOTES.has(raw) && /[\p{L}\p{N}]/u.test(text[start + 1] ?? "") && (space || !prev || !prev.word)) {
        // The first word of a quotation is capitalized by position.
        atStart = true;
      }
    }
    prev = tokens[tokens.length - 1];
    prevEnd = start + raw.length;
  }
  return tokens;
}

/** An ASCII letter or digit, by character code. */
export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
// ASCII whitespace: space, tab, line feed, vertical tab, form feed, carriage return.
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** The match `nextToken` found last: TOKEN's match, read without the regex where the text is plain ASCII. */
const found = { start: 0, text: "", word: false };

/**
 * Finds the first TOKEN match at or after `from` into `found`; returns where the search goes on
 * (-1 when there is none). Most words are ASCII letters and digits followed by a space or ASCII
 * punctuation: those and ASCII punctuation are read by character codes, everything else by TOKEN.
 */
function nextToken(text: string, from: number): number {
  let i = from;
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c < 128 && !isAsciiAlnum(c)) return setFound(i, text[i]!, false);
  if (c < 128) {
    let j = i + 1;
    while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
    const stop = j < text.length ? text.charCodeAt(j) : 32;
    // A letter beyond ASCII, an apostrophe or a dot may go on with the word: TOKEN decides.
    if (stop < 128 && stop !== 39 && stop !== 46) return setFound(i, text.slice(i, j), true);
  }
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(text);
  if (!m) return -1;
  return setFound(m.index, m[0], m[1] !== undefined);
}

function setFound(start: number, text: string, word: boolean): number {
  found.start = start;
  found.text = text;
  found.word = word;
  return start + text.length;
}

/** Index of the first line break at or after `from`, or Infinity. */
function lineBreakFrom(text: string, from: number): number {
  const n = text.indexOf("\n", from);
  const r = text.indexOf("\r", from);
  const best = n < 0 ? r : r < 0 ? n : Math.min(n, r);
  return best < 0 ? Infinity : best;
}

/** Sentence spans of `text`, trimmed of surrounding whitespace, in order. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    // Skip whitespace between sentences.
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const end = sentenceEnd(text, i);
    let e = end;
    while (e > i && /\s/.test(text[e - 1]!)) e--;
    if (e > i) spans.push({ start: i, end: e });
    i = end > i ? end : i + 1;
  }
  return spans;
}

/** Where the sentence starting at `from` ends: after a terminal mark and its closers, or at a line break. */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "\r") return i;
    if (c === "." || c === "!" || c === "?" || c === "…") {
      let j = i + 1;
      while (j < text.length && /[.!?…'"’”»)\]]/.test(text[j]!)) j++;
      if (j >= text.length || /\s/.test(text[j]!)) {
        // An abbreviation or an initial before the stop does not end the sentence.
        const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, i - 12), i))?.[0] ?? "";
        if (c === "." && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word))) continue;
        return j;
      }
    }
  }
  return text.length;
}
