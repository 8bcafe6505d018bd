// Keywords and an extractive summary per article, weighted with natural's TF-IDF. A page is
// analyzed alone (in a worker, as files stream through), so document frequencies come from a
// background table (data/background-df.json, built from a corpus by
// data/build-background-df.mjs) plus the page's own articles: a word common in news everywhere
// weighs little, a word only this article dwells on weighs most.
// Keywords read the page's bodies (paragraphs, without title and dateline) together, before any
// one article is read, so they keep their own words and sentences instead of the articles' text
// layer: its offsets and its sentence bounds are those of another text.
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import tfidfModule from "natural/lib/natural/tfidf/index.js";
import stopwordsModule from "natural/lib/natural/util/stopwords.js";
import { readDataJson } from "../../data.js";
import { isAsciiAlnum, tagsOf } from "../text/index.js";

export interface ArticleDigest {
  keywords: string[];
  summary: string[];
}

interface Background {
  documents: number;
  df: Record<string, number>;
}

const KEYWORDS = 8;
// Three sentences summarize a long story; two suffice for a short one, and fewer than that is
// the whole body.
const LONG_ARTICLE_SENTENCES = 6;
// Sentences this short are fragments, datelines or captions, not statements worth summarizing.
const MIN_SENTENCE_WORDS = 6;

// A word, read from where it starts (eachWord finds the starts).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/uy;
// A sentence ends in a stop (possibly inside closing quotes or brackets) before a space and a
// capital, digit or opening quote; single characters, so the scan stays linear.
const SENTENCE_END = /[.!?…]['"”’)\]]*\s+(?=[\p{Lu}\p{N}"“‘'])/gu;

// A stop after these ends an abbreviation, not a sentence ("Mr. Smith", "Gen. Lee", "J. Smith").
const ABBREVIATION = /(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;
const STOPWORDS = new Set<string>(stopwordsModule.words);
const background: Background = readDataJson<Background>("background-df.json");
// A Map, so a term that names an object property ("constructor") has no document frequency of its own.
const backgroundDf = new Map<string, number>(Object.entries(background.df));
// What a topic is named by: nouns and adjectives; a word the lexicon does not know is most often a name.
const TOPICAL_TAG = /^(?:NN|JJ)/;

/** True for a word that can name a topic: not a verb, adverb, pronoun or other function word. */
function isTopical(word: string): boolean {
  const tags = tagsOf(word);
  return !tags || TOPICAL_TAG.test(tags[0]!);
}

// Words recur across a corpus and stemming is the costly step: each word's term is computed once.
// The bound keeps memory flat however many distinct words stream through.
const TERMS = new Map<string, string | null>();
const TERMS_LIMIT = 100_000;

/** The term a word counts as: its lowercase Porter stem, or null for a word TF-IDF skips. */
function termOf(word: string): string | null {
  let term = TERMS.get(word);
  if (term === undefined) {
    if (TERMS.size >= TERMS_LIMIT) TERMS.clear();
    term = computeTerm(word);
    TERMS.set(word, term);
  }
  return term;
}

function computeTerm(word: string): string | null {
  const w = word.replace(/['’]s$/, "");
  const low = w.toLowerCase();
  // Numbers and measures ("2bn"), one- or two-letter tokens and contractions say nothing of the topic.
  if (low.length < 3 || /^\p{N}/u.test(low) || /['’]/.test(low) || STOPWORDS.has(low) || !isTopical(w)) return null;
  return PorterStemmer.stem(low);
}

/**
 * Calls `visit` with each word of a text (each WORD match, as a global search finds them) and
 * where it starts. Most words are ASCII letters and digits followed by a space or ASCII
 * punctuation: those are read by character codes, the rest by WORD where a word may start.
 */
function eachWord(text: string, visit: (word: string, start: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiAlnum(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
      const stop = j < text.length ? text.charCodeAt(j) : 32;
      // A letter beyond ASCII or an apostrophe may go on with the word: WORD decides.
      if (stop < 128 && stop !== 39) {
        visit(text.slice(i, j), i);
        i = j;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      visit(m[0], i);
      i += m[0].length;
    } else i++;
  }
}

/** The words of a text in order. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
}

/** The terms of words in order: what TF-IDF counts. */
function termsOfWords(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const t = termOf(w);
    if (t) out.push(t);
  }
  return out;
}

/** The terms of a text in order. */
export function terms(text: string): string[] {
  return termsOfWords(wordsOf(text));
}

/** A body's words in order, with where each starts and the term it counts as (null for none). */
interface Scan {
  words: string[];
  starts: number[];
  terms: Array<string | null>;
}

function scan(body: string): Scan {
  const out: Scan = { words: [], starts: [], terms: [] };
  eachWord(body, (word, start) => {
    out.words.push(word);
    out.starts.push(start);
    out.terms.push(termOf(word));
  });
  return out;
}

interface SentenceSpan {
  text: string;
  start: number;
}

/** Sentences of a body, in order, split at a stop followed by a capital (not after an abbreviation). */
export function sentences(body: string): string[] {
  return sentenceSpans(body).map((s) => s.text);
}

/** The sentences of a body, trimmed, each with its offset in the body. */
function sentenceSpans(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let offset = 0;
  const push = (para: string, from: number, end: number): void => {
    const raw = para.slice(from, end);
    const text = raw.trim();
    if (text) out.push({ text, start: offset + from + raw.length - raw.trimStart().length });
  };
  for (const para of body.split("\n")) {
    let from = 0;
    for (const m of para.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].trimEnd().length;
      // Only the last dozen characters can hold the abbreviation, so the test stays constant-time.
      if (ABBREVIATION.test(para.slice(Math.max(from, end - 12), end))) continue;
      push(para, from, end);
      from = m.index + m[0].length;
    }
    push(para, from, para.length);
    offset += para.length + 1;
  }
  return out;
}

/** natural's TF-IDF with document frequencies that include the background corpus. */
class BackgroundTfIdf extends tfidfModule.TfIdf {
  private readonly pageDf = new Map<string, number>();
  // A term's idf is asked once per document that has it; the page's documents are all in by then.
  private readonly idfs = new Map<string, number>();
  // Each document's term counts, as natural's documents hold them.
  private readonly tallies: Array<Map<string, number>> = [];

  /** Adds a document as natural's term counts, counted here in one pass. */
  addTerms(list: Array<string | null>): void {
    const tally = new Map<string, number>();
    for (const t of list) if (t) tally.set(t, (tally.get(t) ?? 0) + 1);
    const counts: Record<string, number> = Object.create(null);
    for (const [t, n] of tally) counts[t] = n;
    // natural keeps a document that is neither text nor a list as it is; its types say strings, its code counts.
    this.addDocument(counts as unknown as Record<string, string>);
    this.tallies.push(tally);
    for (const t of tally.keys()) this.pageDf.set(t, (this.pageDf.get(t) ?? 0) + 1);
    this.idfs.clear();
  }

  /**
   * Each term of document d with its weight, natural's tf(term) × idf(term) as listTerms gives it,
   * without listTerms' sort of every term by weight, which no reader here needs.
   */
  weights(d: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [term, count] of this.tallies[d]!) out.set(term, count * this.idf(term));
    return out;
  }

  // natural's formula, 1 + ln(N / (1 + df)), over the background and the page together.
  override idf(term: string): number {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      const n = background.documents + this.documents.length;
      idf = 1 + Math.log(n / (1 + (backgroundDf.get(term) ?? 0) + (this.pageDf.get(term) ?? 0)));
      this.idfs.set(term, idf);
    }
    return idf;
  }
}

/** Keywords and summary sentences of each body of one page, in order. */
export function digestArticles(bodies: string[]): ArticleDigest[] {
  const tfidf = new BackgroundTfIdf();
  // Each body is scanned for words once; TF-IDF, the summary and the keywords' printed forms share the scan.
  const scans = bodies.map(scan);
  for (const s of scans) tfidf.addTerms(s.terms);
  return bodies.map((body, d) => {
    const weights = tfidf.weights(d);
    return { summary: summaryOf(body, scans[d]!, weights), keywords: keywordsOf(scans[d]!, weights) };
  });
}

/** The heaviest terms, each in the form the article prints most often. */
function keywordsOf(s: Scan, weights: Map<string, number>): string[] {
  const top = heaviest(weights, KEYWORDS);
  // Printed forms are counted for the chosen terms only.
  const surface = new Map<string, Map<string, number>>(top.map((term) => [term, new Map<string, number>()]));
  for (let k = 0; k < s.words.length; k++) {
    const word = s.words[k]!;
    const possessive = isPossessive(word);
    const form = possessive ? word.slice(0, -2) : word;
    const key = possessive ? termOf(form) : s.terms[k]!;
    const forms = key === null ? undefined : surface.get(key);
    if (forms) forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  return top.map((term) => commonestForm(surface.get(term)!) ?? term);
}

// "Putin's", "Kyiv’s": the possessive ending, told by character codes (two endsWith calls per word cost more).
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;

function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== LOWER_S) return false;
  const c = word.charCodeAt(n - 2);
  return c === APOSTROPHE || c === RIGHT_QUOTE;
}

/** The `k` heaviest terms, heaviest first, ties in code-unit order: a bounded insertion, not a sort of every term. */
function heaviest(weights: Map<string, number>, k: number): string[] {
  const terms: string[] = [];
  const values: number[] = [];
  const before = (term: string, value: number, i: number): boolean => value > values[i]! || (value === values[i] && term < terms[i]!);
  // forEach, not for-of: no [term, weight] pair is made per term.
  weights.forEach((value, term) => {
    if (terms.length === k && !before(term, value, k - 1)) return;
    let i = Math.min(terms.length, k - 1);
    for (; i > 0 && before(term, value, i - 1); i--) {
      terms[i] = terms[i - 1]!;
      values[i] = values[i - 1]!;
    }
    terms[i] = term;
    values[i] = value;
  });
  return terms;
}

/** The form printed most often, the first in code-unit order among equals. */
function commonestForm(forms: Map<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [form, n] of forms) {
    if (n > most || (n === most && form < best!)) {
      best = form;
      most = n;
    }
  }
  return best;
}

/** The most informative sentences, in their order in the article. */
function summaryOf(body: string, s: Scan, weights: Map<string, number>): string[] {
  const scored: Array<{ text: string; i: number; score: number }> = [];
  let w = 0;
  // The terms of the sentence read so far, emptied for each.
  const seen = new Set<string>();
  sentenceSpans(body).forEach((sentence, i) => {
    const end = sentence.start + sentence.text.length;
    while (w < s.starts.length && s.starts[w]! < sentence.start) w++;
    // Distinct terms' weights over the square root of the length: dense sentences win without
    // the longest always winning.
    seen.clear();
    let words = 0;
    let termCount = 0;
    let sum = 0;
    for (; w < s.starts.length && s.starts[w]! < end; w++) {
      words++;
      const t = s.terms[w];
      if (!t) continue;
      termCount++;
      if (seen.has(t)) continue;
      seen.add(t);
      sum += weights.get(t) ?? 0;
    }
    if (words >= MIN_SENTENCE_WORDS) scored.push({ text: sentence.text, i, score: sum / Math.sqrt(Math.max(termCount, 1)) });
  });
  const k = scored.length >= LONG_ARTICLE_SENTENCES ? 3 : 2;
  return scored
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, k)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.text);
}
