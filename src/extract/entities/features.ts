// The features the entity tagger reads, shared by the tagger and by the script that trains it
// (scripts/train-entities.mjs): word forms, shapes, affixes and lexicon classes of a token and of
// its neighbours, the rule extractor's label, and how the document writes the word elsewhere.
// Every feature is a 32-bit hash of its template and value (the hashing trick): no strings are
// built per token, and the model stores weights by hash bucket.
import { LINE_SHOUTED, LINE_TITLE_CASE } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import { isCapitalized, isGenerationMark, type Token } from "../text/index.js";
import { tagsOf } from "../text/index.js";

/** Tags in BIO form; MISC (events, nationalities, works) is learned so that it is not taken for a name, and never output. */
export const TAGS = ["O", "B-person", "I-person", "B-organization", "I-organization", "B-location", "I-location", "B-misc", "I-misc"] as const;
export const TAG_COUNT = TAGS.length;
/** Rule labels: O, then B and I of person, organization and location (the first seven tags), each also with a cue of the name's words or of its context (rules.ts). */
export const RULE_LABELS = 21;

/** log2 of the number of hash buckets features fall into. */
export const BUCKET_BITS = 20;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

// Flag bits of a token.
const F_GIVEN = 1 << 0;
const F_PLACE = 1 << 1;
const F_COUNTRY = 1 << 2;
const F_DEMONYM = 1 << 3;
const F_ORG = 1 << 4;
const F_ORG_SUFFIX = 1 << 5;
const F_ORG_HEAD = 1 << 6;
const F_LOC_CUE = 1 << 7;
const F_TITLE = 1 << 8;
const F_COMMON = 1 << 9;
const F_NOT_ENTITY = 1 << 10;
const F_INITIAL = 1 << 11;
const F_LINE_START = 1 << 12;
const F_SHOUTED_LINE = 1 << 13;
const F_DOC_LOWER = 1 << 14;
const F_DOC_TITLE = 1 << 15;
const F_COMPASS = 1 << 16;
const F_PARTICLE = 1 << 17;
const F_ROLE_NOUN = 1 << 18;
const F_ORG_NOUN = 1 << 19;
const F_TITLE_LINE = 1 << 20;
const FLAG_COUNT = 21;

// Template numbers: each feature hashes its template with its value.
const enum T {
  Bias = 1, W0, Wm1, Wp1, Wm2, Wp2, W0Wp1, Wm1W0, Sh0, Shm1, Shp1, Shm1Sh0, Sh0Shp1, Pre3, Suf2, Suf3, Suf4,
  Tag0, Rule0, Rulem1, Rulep1, Rule0Sh0, Lex0, ShoutSh0, Flag0, Flagm1 = Flag0 + FLAG_COUNT, Flagp1 = Flagm1 + FLAG_COUNT,
  Prev = Flagp1 + FLAG_COUNT, Prev2, PrevW0, PrevSh0, PrevRule0,
}

/** What the features of one text are read from, token by token: each token's word and its place in the text. */
export interface TokenReading {
  /** Each token's word, shared by every token that writes it the same way. */
  words: WordInfo[];
  /** Lexicon flags of the word and flags of its place (line, position, how the document writes it elsewhere). */
  flags: Int32Array;
  /** The rule reading's label, 0..RULE_LABELS-1. */
  rule: Uint8Array;
  /** A span of a multi-word lexicon name: 0 none, 1/2 first/inner word of a place, 3/4 of an organization. */
  lex: Uint8Array;
  /** Whether the tagger decides this token; the others are O. */
  scored: Uint8Array;
}

/** A 32-bit mix of two integers (murmur3's finalizer over their combination). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The hash bucket of a template and a value. */
export function bucket(template: number, value: number): number {
  return mix(template, value) & BUCKET_MASK;
}

// FNV-1a over character codes.
const FNV_OFFSET = 0x811c9dc5;
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** Code of a character's class in a word's shape: X capital, x lowercase, d digit, else the character. */
function shapeClass(c: number, ch: string): number {
  if (c >= 65 && c <= 90) return 88;
  if (c >= 97 && c <= 122) return 120;
  if (c >= 48 && c <= 57) return 100;
  if (c < 128) return c;
  if (ch !== ch.toLowerCase()) return 88;
  if (ch !== ch.toUpperCase()) return 120;
  return 120;
}

// A pronoun or verb with a contraction ("I've", "We're", "It'll") is no name.
const CONTRACTION = /^\p{Lu}\p{Ll}*['’]\p{Ll}{1,2}$/u;
// Words that join the parts of a name and are decided by the tagger between capitalized words.
const CONNECTORS = new Set([".", "-", "&", "'s", "’s", "'", "’", "/", "of", "and", "for", "the", "ul", "ur", "i"]);

/** What the features need of a word, whatever its place: computed once per distinct word. */
export interface WordInfo {
  lower: string;
  low: number;
  shape: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  /** Capitalized ("Paris", "NATO"). */
  cap: boolean;
  /** In capitals throughout ("JAPAN"). */
  shouted: boolean;
  /** A pronoun or verb with a contraction ("I've"). */
  contraction: boolean;
  /** The lexicon flags of the word. */
  flags: number;
  tag: number;
  /** The document's marks on the word's lowercase form, shared by its spellings ("Paris", "PARIS", "paris"). */
  form: Form;
  /** The model's weights of the word's own features (`wordFeatures`) at each place, summed: filled by the tagger. */
  weights: Int32Array | null;
}

/** Which documents wrote a lowercase form capitalized, capitalized mid-sentence, in lowercase: each mark is a document's number. */
interface Form {
  capitalized: number;
  title: number;
  lower: number;
}

// Words seen again are answered from memory; the bound keeps memory flat over a large corpus.
const WORDS = new Map<string, WordInfo>();
const FORMS = new Map<string, Form>();
const WORDS_LIMIT = 50_000;
// The number of the document read last: marks of a form from other documents are not this one's.
let documentNumber = 0;

function wordInfo(w: string, lex: Lexicon): WordInfo {
  let info = WORDS.get(w);
  if (info) return info;
  const lower = w.toLowerCase();
  let h = FNV_OFFSET;
  let s = FNV_OFFSET;
  let pre3 = 0;
  let lastClass = -1;
  for (let k = 0; k < lower.length; k++) {
    h = fnv(h, lower.charCodeAt(k));
    if (k === 2) pre3 = h;
    const cls = shapeClass(w.charCodeAt(k), w[k]!);
    // Runs of one class count once: "Xx", "X.X.", "dd-dd" -> "d-d".
    if (cls !== lastClass) s = fnv(s, cls);
    lastClass = cls;
  }
  const cap = isCapitalized(w);
  const shouted = cap && isShouted(w);
  let flags = 0;
  let tag = 0;
  if (cap) {
    const title = shouted ? w[0] + lower.slice(1) : w;
    if (lex.givenNames.has(title)) flags |= F_GIVEN;
    if (lex.places.has(lower)) flags |= F_PLACE;
    if (lex.countries.has(lower)) flags |= F_COUNTRY;
    if (lex.demonyms.has(title)) flags |= F_DEMONYM;
    if (lex.orgs.has(lower)) flags |= F_ORG;
    if (lex.orgSuffixes.has(title)) flags |= F_ORG_SUFFIX;
    if (lex.orgHeads.has(title)) flags |= F_ORG_HEAD;
    if (lex.locationSuffixes.has(title) || lex.locationHeads.has(title)) flags |= F_LOC_CUE;
    if (lex.personTitles.has(title)) flags |= F_TITLE;
    if (lex.commonWords.has(lower)) flags |= F_COMMON;
    if (lex.notEntities.has(title)) flags |= F_NOT_ENTITY;
    if (lex.compassWords.has(title)) flags |= F_COMPASS;
    const tags = tagsOf(w);
    tag = tags ? hashString(tags[0]!) : 0;
  } else {
    if (lex.nameParticles.has(lower)) flags |= F_PARTICLE;
    if (lex.personRoleNouns.has(lower)) flags |= F_ROLE_NOUN;
    if (lex.orgNouns.has(lower)) flags |= F_ORG_NOUN;
  }
  let form = FORMS.get(lower);
  if (!form) FORMS.set(lower, (form = { capitalized: 0, title: 0, lower: 0 }));
  info = {
    lower, low: h, shape: s, pre3: lower.length < 3 ? h : pre3, suf2: suffixHash(lower, 2), suf3: suffixHash(lower, 3), suf4: suffixHash(lower, 4),
    cap, shouted, contraction: CONTRACTION.test(w), flags, tag, form, weights: null,
  };
  WORDS.set(w, info);
  return info;
}

/** Stand-ins for the words before the first token and after the last. */
const BEFORE = boundary(1);
const AFTER = boundary(2);

function boundary(value: number): WordInfo {
  const form = { capitalized: 0, title: 0, lower: 0 };
  return { lower: "", low: value, shape: value, pre3: 0, suf2: 0, suf3: 0, suf4: 0, cap: false, shouted: false, contraction: false, flags: 0, tag: 0, form, weights: null };
}

/** The word `d` tokens from token i (d in -2..2), or the stand-in beyond the text's ends. */
export function wordAt(r: TokenReading, i: number, d: number): WordInfo {
  const k = i + d;
  return k < 0 ? BEFORE : k >= r.words.length ? AFTER : r.words[k]!;
}

/** Room for a reading's arrays of flags, lexicon spans and decided tokens, all 0. */
export type ReadingRoom = Pick<TokenReading, "flags" | "lex" | "scored">;

/** Reads each token's word and place, given the rule reading's labels and line kinds. */
export function readTokens(tokens: Token[], text: string, lex: Lexicon, rule: Uint8Array, lines: Uint8Array, room?: ReadingRoom): TokenReading {
  const n = tokens.length;
  // Cleared between documents only, so that one document's words share their forms.
  if (WORDS.size >= WORDS_LIMIT) {
    WORDS.clear();
    FORMS.clear();
  }
  const doc = ++documentNumber;
  const { flags, lex: spans, scored } = room ?? { flags: new Int32Array(n), lex: new Uint8Array(n), scored: new Uint8Array(n) };
  const r: TokenReading = { words: new Array(n), flags, rule, lex: spans, scored };
  // How the document writes each capitalized word elsewhere: capitalized where no position capitalizes it, or in lowercase.
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const info = wordInfo(t.text, lex);
    r.words[i] = info;
    if (info.cap && t.word) {
      info.form.capitalized = doc;
      if (!t.initial && !info.shouted) info.form.title = doc;
    }
  }
  for (let i = 0; i < n; i++) {
    const form = r.words[i]!.form;
    if (!r.words[i]!.cap && form.capitalized === doc) form.lower = doc;
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const info = r.words[i]!;
    const line = lines[i] === LINE_SHOUTED ? F_SHOUTED_LINE : lines[i] === LINE_TITLE_CASE ? F_TITLE_LINE : 0;
    let flags = info.flags | line | (t.initial ? F_INITIAL : 0) | (t.newline ? F_LINE_START : 0);
    if (t.word && info.cap && !info.contraction) {
      r.scored[i] = 1;
      if (info.form.lower === doc) flags |= F_DOC_LOWER;
      if (info.form.title === doc) flags |= F_DOC_TITLE;
    }
    r.flags[i] = flags;
  }
  markLexiconSpans(tokens, text, lex, r.lex);
  return r;
}

/** Whether token i is on a line in title case ("Heat Alert Extended For London And Kent"). */
export function onTitleCaseLine(f: TokenReading, i: number): boolean {
  return (f.flags[i]! & F_TITLE_LINE) !== 0;
}

/** Whether token i, not capitalized, is decided by the tagger: a connector or particle right after a name's word, before another. */
export function isScoredConnector(tokens: Token[], f: TokenReading, i: number): boolean {
  const t = tokens[i]!;
  if (t.newline || !(CONNECTORS.has(t.text) || (f.flags[i]! & F_PARTICLE) !== 0)) return false;
  const next = tokens[i + 1];
  // "Inc." and "St." keep their stop; one that ends a sentence is no part of a name.
  if (t.text === ".") return isAbbreviationStop(tokens, i);
  const after = tokens[i + 2];
  return (!!next && !next.newline && f.scored[i + 1] === 1) || (!!after && !after.newline && !!next && !next.newline && f.scored[i + 2] === 1);
}

/** A stop written against a short word ("Inc.", "St.", "J.") that does not end the sentence. */
export function isAbbreviationStop(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // A closing quotation mark or bracket after it shows the stop ending a sentence ("said coach Jan Smit.\""), and so
  // does an opening bracket, a credit's, after any word but an initial or a company's or a generation's abbreviation
  // ("said Ann Gill. (BBC)", not "Acme Inc. (ACME)", "Michael A. (Mike) Moodian").
  return t.text === "." && !t.space && !!prev?.word && prev.text.length <= 4 && !!next && !next.newline && !next.initial && !CLOSERS.has(next.text)
    && (next.text !== "(" || COMPANY_ABBREVIATIONS.has(prev.text) || isGenerationMark(prev.text) || /^\p{Lu}$/u.test(prev.text));
}

const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]"]);
const COMPANY_ABBREVIATIONS = new Set(["Inc", "Corp", "Co", "Ltd", "Bros"]);

function suffixHash(lower: string, k: number): number {
  let h = FNV_OFFSET ^ k;
  for (let j = Math.max(0, lower.length - k); j < lower.length; j++) h = fnv(h, lower.charCodeAt(j));
  return h;
}

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = fnv(h, s.charCodeAt(k));
  return h;
}

/** A word in capitals throughout ("JAPAN", "AL-AIN"). */
function isShouted(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

// Longest multi-word lexicon name tried at a capitalized word.
const MAX_LEXICON_WORDS = 4;

/** Marks runs of capitalized words that the place or organization lexicon holds as a whole ("New York", "Red Cross"). */
function markLexiconSpans(tokens: Token[], text: string, lex: Lexicon, out: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word || !isCapitalized(tokens[i]!.text)) continue;
    // The run's last token index after each word: "New York" spans two tokens, "Rolls-Royce" three.
    let end = -1;
    let kind = 0;
    let words = 1;
    for (let j = i + 1; j < tokens.length && words < MAX_LEXICON_WORDS; j++) {
      const t = tokens[j]!;
      if (t.newline) break;
      if (t.word && isCapitalized(t.text) && t.space) {
        words++;
        const key = text.slice(tokens[i]!.start, t.end).toLowerCase();
        if (lex.places.has(key)) [end, kind] = [j, 1];
        else if (lex.orgs.has(key)) [end, kind] = [j, 3];
      } else if (!(t.text === "-" || t.text === "of" || t.text === "and" || t.text === "&" || (t.word && isCapitalized(t.text)))) break;
    }
    if (end < 0) continue;
    out[i] = kind;
    for (let j = i + 1; j <= end; j++) out[j] = kind + 1;
    i = end;
  }
}

/**
 * The static features of token i (all but those of the tags before it) into `out`, from `at`;
 * returns the new length. Buckets, not raw hashes.
 */
export function staticFeatures(r: TokenReading, i: number, out: Int32Array, at: number): number {
  let m = contextFeatures(r, i, out, at);
  for (const d of WORD_PLACES) m = wordFeatures(wordAt(r, i, d), d, out, m);
  return m;
}

/** Where a word stands from the token decided, for `wordFeatures`: the token itself, then its neighbours. */
export const WORD_PLACES = [0, -1, 1, -2, 2] as const;

/**
 * The features the word `d` tokens from token i gives it: its form, shape, affixes and lexicon
 * flags, the same wherever the word stands in whatever text (the tagger sums their weights once per word).
 */
export function wordFeatures(w: WordInfo, d: number, out: Int32Array, at: number): number {
  let m = at;
  if (d === 0) {
    out[m++] = bucket(T.W0, w.low);
    out[m++] = bucket(T.Sh0, w.shape);
    out[m++] = bucket(T.Pre3, w.pre3);
    out[m++] = bucket(T.Suf2, w.suf2);
    out[m++] = bucket(T.Suf3, w.suf3);
    out[m++] = bucket(T.Suf4, w.suf4);
    out[m++] = bucket(T.Tag0, w.tag);
    return flagFeatures(T.Flag0, w.flags, out, m);
  }
  if (d === -1) {
    out[m++] = bucket(T.Wm1, w.low);
    out[m++] = bucket(T.Shm1, w.shape);
    return flagFeatures(T.Flagm1, w.flags, out, m);
  }
  if (d === 1) {
    out[m++] = bucket(T.Wp1, w.low);
    out[m++] = bucket(T.Shp1, w.shape);
    return flagFeatures(T.Flagp1, w.flags, out, m);
  }
  out[m++] = bucket(d < 0 ? T.Wm2 : T.Wp2, w.low);
  return m;
}

// The flags of a token's place rather than its word: line, position, how the document writes the word elsewhere.
const PLACE_FLAGS = F_INITIAL | F_LINE_START | F_SHOUTED_LINE | F_DOC_LOWER | F_DOC_TITLE | F_TITLE_LINE;

/** The static features of token i that are not one word's own (`wordFeatures`): pairs of words, rule labels, the flags of places. */
export function contextFeatures(r: TokenReading, i: number, out: Int32Array, at: number): number {
  const n = r.words.length;
  const rule = r.rule[i]!;
  const w = r.words[i]!;
  const before = wordAt(r, i, -1);
  const after = wordAt(r, i, 1);
  const flags = r.flags[i]!;
  let m = at;
  out[m++] = bucket(T.Bias, 0);
  out[m++] = bucket(T.W0Wp1, mix(w.low, after.low));
  out[m++] = bucket(T.Wm1W0, mix(before.low, w.low));
  out[m++] = bucket(T.Shm1Sh0, mix(before.shape, w.shape));
  out[m++] = bucket(T.Sh0Shp1, mix(w.shape, after.shape));
  out[m++] = bucket(T.Rule0, rule);
  out[m++] = bucket(T.Rulem1, i > 0 ? r.rule[i - 1]! : 0);
  out[m++] = bucket(T.Rulep1, i + 1 < n ? r.rule[i + 1]! : 0);
  out[m++] = bucket(T.Rule0Sh0, mix(rule, w.shape));
  out[m++] = bucket(T.Lex0, r.lex[i]!);
  out[m++] = bucket(T.ShoutSh0, mix(flags & F_SHOUTED_LINE, w.shape));
  m = flagFeatures(T.Flag0, flags & PLACE_FLAGS, out, m);
  if (i > 0) m = flagFeatures(T.Flagm1, r.flags[i - 1]! & PLACE_FLAGS, out, m);
  if (i + 1 < n) m = flagFeatures(T.Flagp1, r.flags[i + 1]! & PLACE_FLAGS, out, m);
  return m;
}

/** A feature per flag set, lowest bit first. */
function flagFeatures(template: number, flags: number, out: Int32Array, m: number): number {
  for (let rest = flags & ((1 << FLAG_COUNT) - 1); rest !== 0; rest &= rest - 1) out[m++] = bucket(template + 31 - Math.clz32(rest & -rest), 1);
  return m;
}

/** The features of token i that depend on the two tags before it, appended from `at`; returns the new length. */
export function tagFeatures(f: TokenReading, i: number, prev: number, prev2: number, out: Int32Array, at: number): number {
  let m = at;
  out[m++] = bucket(T.Prev, prev);
  out[m++] = bucket(T.Prev2, prev * TAG_COUNT + prev2);
  out[m++] = bucket(T.PrevW0, mix(prev, f.words[i]!.low));
  out[m++] = bucket(T.PrevSh0, mix(prev, f.words[i]!.shape));
  out[m++] = bucket(T.PrevRule0, prev * RULE_LABELS + f.rule[i]!);
  return m;
}

/** Largest number of features of one token. */
export const MAX_FEATURES = 32 + 3 * FLAG_COUNT;

/** Whether tag `next` may follow tag `prev` in BIO: an I- tag continues a name of its own type. */
export function allowed(prev: number, next: number): boolean {
  return next === 0 || next % 2 === 1 || prev === next || prev === next - 1;
}
