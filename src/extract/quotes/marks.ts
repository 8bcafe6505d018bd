// Quotation marks: which ' " ‘ ’ “ ” « » in a text open or close a quotation and which are
// apostrophes, primes or stray marks, paired in one left-to-right pass per line.

/** A quotation: `open` and `close` are the offsets of its marks; `start`/`end` bound the words inside. */
export interface Quotation {
  open: number;
  /** The closing mark's last character, or the line's last character for a quotation that runs on into the next paragraph. */
  close: number;
  start: number;
  end: number;
  /** The quotation's paragraph ends without a closing mark and the next paragraph reopens it. */
  runsOn: boolean;
}

type Family = "double" | "single" | "guillemet" | "single-guillemet";

const FAMILY: Record<string, Family> = {
  '"': "double", "\u201c": "double", "\u201d": "double", "\u201e": "double", "\u201f": "double",
  "'": "single", "\u2018": "single", "\u2019": "single", "\u201a": "single", "\u201b": "single",
  "\u00ab": "guillemet", "\u00bb": "guillemet", "\u2039": "single-guillemet", "\u203a": "single-guillemet",
};
// Glyphs that can only open (a scrape may still misuse a closing glyph as an opener, see below).
const OPEN_ONLY = new Set(["\u201c", "\u201e", "\u201f", "\u2018", "\u201a", "\u201b", "\u00ab", "\u2039"]);
// Openers whose quotation closes with a glyph that opens elsewhere: German „…“, ‚…‘ and »…«.
const REVERSED_OPENERS = new Set(["\u201e", "\u201a", "\u00bb"]);
// Glyphs that normally close; ’ is also the typographic apostrophe.
const CLOSE_GLYPHS = new Set(["\u201d", "\u2019", "\u00bb", "\u203a"]);

const WORD = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const LETTER = /\p{L}/u;
// A mark can open after these (besides white space and the start of the line): brackets, dashes,
// a slash, an ellipsis, and a colon with no space after it (said:"We ...").
const OPENING_CONTEXT = /[([{\u2014\u2013\-/\u2026:]/u;
// Words written with a leading elision apostrophe: 'tis, 'em, rock 'n' roll, 'til.
const ELISIONS = new Set(["tis", "twas", "em", "n", "til", "cause", "bout", "nuff", "kay", "ello", "ow", "round"]);
// A partial quote closed by a plural possessive ("the members' pay") is short; longer ones are not trusted.
const MAX_WEAK_WORDS = 12;
const MAX_WEAK_CHARS = 120;

// ASCII is decided by character code; the Unicode classes are consulted only beyond it.
function isWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(ch);
}
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}
const isLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(ch);
};

interface Opener {
  pos: number;
  /** A plural-possessive-like closer seen while this opener was on top ("diversions' as"). */
  weak: number | null;
}

/** Every top-level quotation in `text`, in order; marks that pair with nothing are ignored. */
export function findQuotations(text: string): Quotation[] {
  // closeAt[open] is the offset of the mark that closes the quotation opened at `open`, else -1.
  let closeAt: Int32Array | null = null;
  const pair = (open: number, close: number): void => {
    closeAt ??= new Int32Array(text.length).fill(-1);
    closeAt[open] = close;
  };
  const stacks: Record<Family, Opener[]> = { double: [], single: [], guillemet: [], "single-guillemet": [] };
  let lineStart = 0;
  const flush = (lineEnd: number): void => {
    for (const [family, stack] of Object.entries(stacks) as Array<[Family, Opener[]]>) {
      for (const o of stack) {
        if (o.weak !== null) pair(o.pos, o.weak);
        // A quotation over several paragraphs opens each and closes only the last: "“...\n“...”".
        else if (o === stack[0] && opensParagraphQuote(text, lineStart, o.pos, lineEnd) && familyAt(text, firstNonSpace(text, lineEnd)) === family) pair(o.pos, lineEnd);
      }
      stack.length = 0;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Only quotation marks and line ends matter here; everything else is skipped by its code.
    if (c !== 34 && c !== 39 && c !== 10 && c !== 13 && c < 0xab) continue;
    if (c === 10 || c === 13) {
      // Quotations close within their paragraph; unclosed marks are dropped.
      flush(i);
      lineStart = i + 1;
      continue;
    }
    // Two apostrophes stand for a double quotation mark in archive text (''We will,'' she said).
    // (The bound check spares a read past the end, which stops the optimized code.)
    const doubled = c === 39 && i + 1 < text.length && text.charCodeAt(i + 1) === 39;
    const family = doubled ? "double" : FAMILY[text[i]!];
    if (!family) continue;
    const stack = stacks[family];
    const top = stack[stack.length - 1];
    let role = doubled ? doubledRole(text, i) : markRole(text, i, family);
    // “ ‘ « close only what „ ‚ » opened; elsewhere they open, or stand alone before a space.
    if (role === "reversed-close") role = top && REVERSED_OPENERS.has(text[top.pos]!) ? "close" : isSpace(text[i + 1]) ? "none" : "open";
    if (doubled) i++;
    if (role === "none") continue;
    if (role === "open" || (role === "either" && !top)) {
      // A new opener settles a pending weak closer of the quotation on top.
      if (top && top.weak !== null) {
        pair(top.pos, top.weak);
        stack.pop();
      }
      stack.push({ pos: doubled ? i - 1 : i, weak: null });
    } else if (role === "weak-close") {
      if (top && top.weak === null && i - top.pos <= MAX_WEAK_CHARS && wordCount(text, top.pos + 1, i) <= MAX_WEAK_WORDS) top.weak = i;
    } else if (top) {
      pair(top.pos, doubled ? i - 1 : i);
      stack.pop();
    }
  }
  flush(text.length);
  return closeAt ? topLevel(text, closeAt) : [];
}

type Role = "open" | "close" | "weak-close" | "either" | "reversed-close" | "none";

/** What the mark at `i` can do, judged by its glyph and the characters on either side. */
function markRole(text: string, i: number, family: Family): Role {
  const ch = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  const single = family === "single";
  // A mark between two letters or digits is an apostrophe (France's, I've, O'Brien) or an inch mark.
  if (isWord(prev) && isWord(next)) return "none";
  if ((ch === "'" || ch === '"') && isPrime(text, i)) return "none";
  const canOpen = !isSpace(next) && (isSpace(prev) || OPENING_CONTEXT.test(prev!) || FAMILY[prev!] !== undefined);
  // "'... 'a new start,' " said": a space may part a nested quotation's closing mark from the outer one's.
  const afterNested = !single && prev === " " && FAMILY[text[i - 2] ?? ""] === "single";
  const canClose = (!isSpace(prev) || afterNested) && (isSpace(next) || !isWord(next));
  const spacedGuillemet = family === "guillemet" || family === "single-guillemet";
  if (single && canOpen && isElision(text, i)) return "none";
  // The second mark of 'n' (rock 'n' roll) closes nothing.
  if (single && (prev === "n" || prev === "N") && FAMILY[text[i - 2] ?? ""] === "single" && isSpace(text[i - 3])) return "none";
  if (OPEN_ONLY.has(ch)) {
    // German „…“ and ‚…‘ close with the English opening glyphs, and »…« with «: after a word.
    if (!canOpen && canClose && !REVERSED_OPENERS.has(ch)) return "reversed-close";
    // French typography sets a space inside guillemets (« Nous lui devons tout »).
    if (isSpace(next)) return spacedGuillemet && isSpace(prev) ? "open" : "none";
    return "open";
  }
  if (CLOSE_GLYPHS.has(ch)) {
    if (canClose || (spacedGuillemet && isSpace(prev) && (isSpace(next) || !isWord(next)))) return single && isWeakCloser(text, i) ? "weak-close" : "close";
    // Scrapes sometimes open with a closing glyph (’tartan tax’).
    return canOpen ? "open" : "none";
  }
  if (canOpen && canClose) return "either";
  if (canOpen) return "open";
  if (canClose) return single && isWeakCloser(text, i) ? "weak-close" : "close";
  return "none";
}

const isDoubled = (text: string, at: number): boolean => text[at] === "'" && text[at + 1] === "'";
const familyAt = (text: string, at: number): Family | undefined => (isDoubled(text, at) ? "double" : FAMILY[text[at] ?? ""]);

/** What a doubled apostrophe at `i` can do: open before a word, close after one. */
function doubledRole(text: string, i: number): Role {
  const prev = text[i - 1];
  const next = text[i + 2];
  if (isWord(prev) && isWord(next)) return "none";
  const canOpen = !isSpace(next) && (isSpace(prev) || OPENING_CONTEXT.test(prev!) || FAMILY[prev!] !== undefined);
  const canClose = !isSpace(prev) && (isSpace(next) || !isWord(next));
  return canOpen && canClose ? "either" : canOpen ? "open" : canClose ? "close" : "none";
}

/** "s' " followed by a word is more often a plural possessive ("the Dockers' Union") than a closing mark. */
function isWeakCloser(text: string, i: number): boolean {
  const prev = text[i - 1];
  return (prev === "s" || prev === "S") && text[i + 1] === " " && isWord(text[i + 2]);
}

/** Feet and inches or minutes and seconds: 5' 11", 5'11", 3' 20". */
function isPrime(text: string, i: number): boolean {
  if (!DIGIT.test(text[i - 1] ?? "")) return false;
  const after = text[i + 1] === " " ? text[i + 2] : text[i + 1];
  if (DIGIT.test(after ?? "")) return true;
  // The second mark of 5' 11": digits preceded by a prime.
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && DIGIT.test(text[j]!)) j--;
  if (text[j] === " ") j--;
  return text[j] === "'" || text[j] === "\u2032" || text[j] === "\u2019";
}

/** A leading-elision apostrophe: 'tis, 'em, 'n', '90s. */
function isElision(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && j - i <= 6 && isWord(text[j])) j++;
  if (isWord(text[j])) return false;
  const word = text.slice(i + 1, j).toLowerCase();
  return ELISIONS.has(word) || /^\d\ds?$/.test(word);
}

/**
 * Whether the unclosed mark at `pos` opens a quotation that may run on into the next paragraph:
 * it opens the line, or it follows an introducing colon or comma ("said: “We ...") or the end of
 * a sentence ("Reyes said. “We ...") and the line ends a sentence.
 */
function opensParagraphQuote(text: string, lineStart: number, pos: number, lineEnd: number): boolean {
  if (opensLine(text, lineStart, pos)) return true;
  let b = pos - 1;
  while (b > lineStart && isSpace(text[b])) b--;
  if (text[b] !== ":" && text[b] !== "," && !SENTENCE_END.test(text[b] ?? "")) return false;
  let e = lineEnd - 1;
  while (e > pos && isSpace(text[e])) e--;
  return SENTENCE_END.test(text[e] ?? "");
}

const SENTENCE_END = /[.!?\u2026]/u;

/** Whether only white space precedes `pos` on its line. */
function opensLine(text: string, lineStart: number, pos: number): boolean {
  for (let i = lineStart; i < pos; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** The first character after the line break at `lineEnd` that is not white space. */
function firstNonSpace(text: string, lineEnd: number): number {
  let i = lineEnd;
  // A few blank lines may sit between paragraphs; more means the quotation does not run on.
  while (i < text.length && i - lineEnd < 64 && isSpace(text[i])) i++;
  return i;
}

function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const w = isWord(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Quotations not nested in or crossing an earlier one (a quotation inside a quotation stays inside). */
function topLevel(text: string, closeAt: Int32Array): Quotation[] {
  const kept: Quotation[] = [];
  for (let open = 0; open < closeAt.length; open++) {
    const close = closeAt[open]!;
    if (close < 0) continue;
    const q = innerBounds(text, open, close);
    if (q) kept.push(q);
    open = close;
  }
  return kept;
}


/** The words between the marks, without surrounding space; null when there are none. */
function innerBounds(text: string, open: number, close: number): Quotation | null {
  const runsOn = close >= text.length || text[close] === "\n" || text[close] === "\r";
  let start = isDoubled(text, open) ? open + 2 : open + 1;
  let end = close;
  const closeEnd = !runsOn && isDoubled(text, close) ? close + 1 : close;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  let hasLetter = false;
  for (let i = start; i < end && !hasLetter; i++) hasLetter = isLetter(text[i]!);
  return hasLetter ? { open, close: runsOn ? close - 1 : closeEnd, start, end, runsOn } : null;
}
