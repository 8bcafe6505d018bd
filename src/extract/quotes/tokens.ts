// The text around quotations as tokens: words, punctuation, line breaks, and each quotation as
// one token, so attribution never reads names or verbs inside someone's words. Sentences are
// ranges of tokens.
import { ABBREVIATIONS, ADJACENT_VERBS, PHRASAL_VERBS, REPORTING_VERBS } from "./lexicon.js";
import type { Quotation } from "./marks.js";
import { isAsciiAlnum, isVerbAfterPossessive, tagsOf } from "../text/index.js";

export type TokenKind = "word" | "punct" | "quote" | "break";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Index into the quotations for a "quote" token. */
  quote: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
}

// A word: letters and digits, inner apostrophes, hyphens, periods and ampersands (France's,
// Ouest-France, U.S, AT&T, 18,000), and the bare trailing apostrophe of a plural possessive (Dockers').
const WORD_TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’.&]|,(?=\p{Nd}))[\p{L}\p{M}\p{N}]+)*(?:(?<=[sSzZ])['’](?![\p{L}\p{N}]))?/uy;
const GLUED_PERIOD = /\p{Ll}\.\p{Lu}/u;
const SPACE = /\s/u;
// An initial or a dotted abbreviation before a period: "J. Smith", "U.N. Secretary-General".
const DOTTED = /^(?:\p{L}\.)*\p{Lu}$|^(?:\p{L}\.)+\p{L}$/u;
const TERMINAL = /[.!?\u2026]$/u;
// Punctuation tokens are one character: a set lookup decides a terminal mark.
const TERMINAL_MARKS = new Set([".", "!", "?", "\u2026"]);
const OPENS_SENTENCE = /^[\p{Lu}\p{N}]/u;
const OPENS_NAME = /^\p{Lu}/u;
const OPENS_ASIDE = /^[\p{Ll}\p{N}]/u;

/** Tokens of `text` with every quotation as a single token. */
export function tokenize(text: string, quotes: Quotation[]): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, quote = -1): void => {
    tokens.push({ kind, text: text.slice(start, end), start, end, quote, sentence: 0 });
  };
  while (i < text.length) {
    const next = quotes[q];
    if (next && next.open === i) {
      push("quote", next.open, next.close + 1, q);
      i = next.close + 1;
      q++;
      continue;
    }
    const ch = text[i]!;
    if (ch === "\n" || ch === "\r") {
      push("break", i, i + 1);
      i++;
      continue;
    }
    if (ch === " " || SPACE.test(ch)) {
      i++;
      continue;
    }
    const plain = plainWordEnd(text, i);
    if (plain > i) {
      push("word", i, Math.min(plain, next ? next.open : text.length));
      i = Math.min(plain, next ? next.open : text.length);
      continue;
    }
    WORD_TOKEN.lastIndex = i;
    const m = WORD_TOKEN.exec(text);
    // A word must not run into the next quotation's opening mark.
    let end = m ? Math.min(i + m[0].length, next ? next.open : text.length) : i;
    // Two sentences glued at a period ("said.DETAILS") are two words.
    const glued = m && m[0].includes(".") ? GLUED_PERIOD.exec(text.slice(i, end)) : null;
    if (glued) end = i + glued.index + 1;
    if (end > i) {
      push("word", i, end);
      i = end;
    } else {
      push("punct", i, i + 1);
      i++;
    }
  }
  markSentences(tokens, quotes, text);
  return tokens;
}

// Characters that may join a word to more of it (Ouest-France, France's, U.S, AT&T, 18,000).
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 46 || c === 38 || c === 44;

/**
 * Where a word of ASCII letters and digits that starts at `i` ends, when nothing after it could
 * extend it (most words); else `i`, and the full word pattern decides.
 */
function plainWordEnd(text: string, i: number): number {
  if (!isAsciiAlnum(text.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
  if (j === text.length) return j;
  const stop = text.charCodeAt(j);
  return stop < 128 && !isJoiner(stop) ? j : i;
}

/** Sets each token's sentence index; returns nothing, the ranges come from `sentences`. */
function markSentences(tokens: Token[], quotes: Quotation[], text: string): void {
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    t.sentence = s;
    if (endsSentence(tokens, i, quotes, text)) s++;
  }
}

/** Whether the sentence ends after token `i`. */
function endsSentence(tokens: Token[], i: number, quotes: Quotation[], text: string): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.kind === "break") return true;
  if (!next) return false;
  if (next.kind === "break") return true;
  if (t.kind === "punct" && TERMINAL_MARKS.has(t.text)) {
    const before = tokens[i - 1];
    // "Mr. Smith", "J. Smith": an abbreviation or an initial before the period.
    if (t.text === "." && before?.kind === "word" && before.end === t.start && (ABBREVIATIONS.has(before.text) || DOTTED.test(before.text))) return false;
    return opensSentence(next);
  }
  // A quotation that ends its own sentence ('... They knew.' 'Next ...'), unless its attribution follows ('Why?' Lenz asked.).
  if (t.kind === "quote") {
    const q = quotes[t.quote]!;
    const words = text.slice(q.start, q.end);
    // A whole quoted sentence closed by a period, opening its own sentence ("... she said. 'It failed.'"), is done; a phrase
    // whose period closes the sentence around it ("pledged a 'revolution.'") is not.
    const closed = words.endsWith(".") && tokens[i - 1]?.sentence !== t.sentence;
    return TERMINAL.test(words) && opensSentence(next) && !attributionFollows(tokens, i + 1, closed);
  }
  return false;
}

// How many words after a quotation its reporting verb may come ("said the former state senator"),
// and how many more before the attribution ends ("Reyes said to a crowd of about 300.").
const ATTRIBUTION_REACH = 5;
const ATTRIBUTION_TAIL = 12;
// How many tokens an aside set off by commas between a name and its verb may run ("Miller, a retired worker from a nuclear plant, said").
const ASIDE_REACH = 16;
// Words that open a clause of its own after the verb ("The union said most members would strike ..."): then the words are not the quotation's.
const CLAUSE_WORDS = new Set(["that", "would", "will", "could", "was", "were", "is", "are", "has", "have", "had"]);
// Tags of a finite verb or a modal, by a word's commonest reading.
const FINITE = new Set(["VBD", "VBZ", "VBP", "MD"]);

/**
 * Whether the words from token `from` attribute the quotation before them: a reporting verb within
 * a few words, and the clause ends soon after it ("Reyes said." but not "The union said most members ...").
 * After a quotation closed by a period the attribution must be the whole sentence (see clauseEndsSoon).
 */
function attributionFollows(tokens: Token[], from: number, closed: boolean): boolean {
  for (let j = from; j < Math.min(tokens.length, from + ATTRIBUTION_REACH); j++) {
    const t = tokens[j]!;
    // "'Why?' Miller, a retired worker, said.": a name set off from its verb by an aside.
    if (t.text === "," && j > from) return nameBefore(tokens, from, j) && asideBeforeVerb(tokens, j + 1, closed);
    if (t.kind !== "word") return false;
    const verb = verbEnd(tokens, j);
    if (verb > j) return clauseEndsSoon(tokens, verb, closed);
  }
  return false;
}

/** One past a reporting verb at token `j` ("said", "went on"), else `j`. */
function verbEnd(tokens: Token[], j: number): number {
  const w = tokens[j]!.text.toLowerCase();
  if (REPORTING_VERBS.has(w) || ADJACENT_VERBS.has(w)) return j + 1;
  // "'Right?' Reyes went on.": a multi-word verb.
  return PHRASAL_VERBS.get(w) === tokens[j + 1]?.text.toLowerCase() ? j + 2 : j;
}

/** Whether the tokens from `from` to `to` are capitalized words, a name. */
function nameBefore(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.kind !== "word" || !OPENS_NAME.test(tokens[j]!.text)) return false;
  return true;
}

/**
 * Whether an aside from token `from` (opening in lower case or with an age: "a retired worker from a plant", "who
 * sits on the panel", "63") closes with a comma before a reporting verb, past an adverb, and the clause ends soon after it.
 */
function asideBeforeVerb(tokens: Token[], from: number, closed: boolean): boolean {
  if (!OPENS_ASIDE.test(tokens[from]?.text ?? "")) return false;
  for (let j = from + 1; j < Math.min(tokens.length, from + ASIDE_REACH); j++) {
    const t = tokens[j]!;
    if (t.kind !== "word" && t.text !== ",") return false;
    if (t.text !== ",") continue;
    const k = /^\p{Ll}+ly$/u.test(tokens[j + 1]?.text ?? "") ? j + 2 : j + 1;
    const verb = tokens[k]?.kind === "word" ? verbEnd(tokens, k) : k;
    if (verb > k) return clauseEndsSoon(tokens, verb, closed);
  }
  return false;
}

/**
 * Whether punctuation closes the clause within a few words of token `from`, before any word that opens a clause of its own.
 * When `closed` (the quotation before ended in a period, its sentence done), a sentence that reports other words opens after
 * it: a finite verb after the reporting one ("Brodie said most victims lived alone.") or a comma going on ("Rees told Minton,
 * 42, that ...", "The council said the work cost £4m, paid ...") ends no attribution; only the sentence's end does.
 */
function clauseEndsSoon(tokens: Token[], from: number, closed: boolean): boolean {
  for (let j = from; j < Math.min(tokens.length, from + ATTRIBUTION_TAIL); j++) {
    const t = tokens[j]!;
    if (t.kind === "break") return true;
    // "Costa called it a 'disgrace.'": a verb with a quotation of its own does not attribute the one before.
    if (t.kind === "quote") return false;
    if (t.kind === "punct") return closed ? TERMINAL_MARKS.has(t.text) : t.text !== "(";
    if (CLAUSE_WORDS.has(t.text.toLowerCase())) return false;
    if (closed && FINITE.has(tagsOf(t.text.toLowerCase())?.[0] ?? "")) return false;
  }
  return false;
}

/** Whether a token can open a sentence: a quotation, or a word with a capital or a digit. */
function opensSentence(t: Token): boolean {
  return t.kind === "quote" || (t.kind === "word" && OPENS_SENTENCE.test(t.text));
}

/** Sentence ranges over the tokens. */
export function sentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (!out[s]) out[s] = { from: i, to: i + 1 };
    else out[s]!.to = i + 1;
  }
  return out;
}

/** "Moody's said in a note": a reporting verb at `k` that makes the possessive before it the name's own. */
export function verbAfterPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === "word" && REPORTING_VERBS.has(t.text) && isVerbAfterPossessive(t.text, tokens[k + 1]?.kind === "word" ? tokens[k + 1]!.text : undefined);
}
