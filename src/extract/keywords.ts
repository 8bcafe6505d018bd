// Keywords and an extractive summary per article, weighted with natural's TF-IDF. A page is
// analyzed alone (in a worker, as files stream through), so document frequencies come from a
// background table (data/background-df.json, built from a corpus by
// data/build-background-df.mjs) plus the page's own articles: a word common in news everywhere
// weighs little, a word only this article dwells on weighs most.
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import tfidfModule from "natural/lib/natural/tfidf/index.js";
import stopwordsModule from "natural/lib/natural/util/stopwords.js";
import { readDataJson } from "../data.js";
import { tagsOf } from "./word-tags.js";

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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// A sentence ends in a stop (possibly inside closing quotes or brackets) before a space and a
// capital, digit or opening quote; single characters, so the scan stays linear.
const SENTENCE_END = /[.!?…]['"”’)\]]*\s+(?=[\p{Lu}\p{N}"“‘'])/gu;

// A stop after these ends an abbreviation, not a sentence ("Mr. Smith", "Gen. Lee", "J. Smith").
const ABBREVIATION = /(?:^|[\s(.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;
const STOPWORDS = new Set<string>(stopwordsModule.words);
const background: Background = readDataJson<Background>("background-df.json");
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

/** The words of a text in order. */
function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
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

/** Sentences of a body, in order, split at a stop followed by a capital (not after an abbreviation). */
export function sentences(body: string): string[] {
  const out: string[] = [];
  for (const para of body.split("\n")) {
    let from = 0;
    for (const m of para.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].trimEnd().length;
      // Only the last dozen characters can hold the abbreviation, so the test stays constant-time.
      if (ABBREVIATION.test(para.slice(Math.max(from, end - 12), end))) continue;
      out.push(para.slice(from, end).trim());
      from = m.index + m[0].length;
    }
    const rest = para.slice(from).trim();
    if (rest) out.push(rest);
  }
  return out.filter(Boolean);
}

/** natural's TF-IDF with document frequencies that include the background corpus. */
class BackgroundTfIdf extends tfidfModule.TfIdf {
  private readonly pageDf = new Map<string, number>();

  addTerms(list: string[]): void {
    this.addDocument(list);
    for (const t of new Set(list)) this.pageDf.set(t, (this.pageDf.get(t) ?? 0) + 1);
  }

  // natural's formula, 1 + ln(N / (1 + df)), over the background and the page together.
  override idf(term: string): number {
    const n = background.documents + this.documents.length;
    return 1 + Math.log(n / (1 + (background.df[term] ?? 0) + (this.pageDf.get(term) ?? 0)));
  }
}

/** Keywords and summary sentences of each body of one page, in order. */
export function digestArticles(bodies: string[]): ArticleDigest[] {
  const tfidf = new BackgroundTfIdf();
  const split = bodies.map(sentences);
  // Each body is scanned for words once; TF-IDF and the keywords' printed forms share the list.
  const words = bodies.map(wordsOf);
  for (const list of words) tfidf.addTerms(termsOfWords(list));
  return bodies.map((_, d) => {
    const weights = new Map<string, number>(tfidf.listTerms(d).map((t) => [t.term, t.tfidf]));
    return { summary: summaryOf(split[d]!, weights), keywords: keywordsOf(words[d]!, weights) };
  });
}

/** The heaviest terms, each in the form the article prints most often. */
function keywordsOf(words: string[], weights: Map<string, number>): string[] {
  const surface = new Map<string, Map<string, number>>();
  for (const word of words) {
    const form = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
    const key = termOf(form);
    if (key === null || !weights.has(key)) continue;
    const forms = surface.get(key) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    surface.set(key, forms);
  }
  return [...weights]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEYWORDS)
    .map(([term]) => [...(surface.get(term) ?? new Map([[term, 1]]))].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
}

/** The most informative sentences, in their order in the article. */
function summaryOf(list: string[], weights: Map<string, number>): string[] {
  const scored = list
    .map((text, i) => {
      const all = wordsOf(text);
      const ts = termsOfWords(all);
      const words = all.length;
      // Distinct terms' weights over the square root of the length: dense sentences win without
      // the longest always winning.
      const score = [...new Set(ts)].reduce((s, t) => s + (weights.get(t) ?? 0), 0) / Math.sqrt(Math.max(ts.length, 1));
      return { text, i, score, words };
    })
    .filter((s) => s.words >= MIN_SENTENCE_WORDS);
  const k = scored.length >= LONG_ARTICLE_SENTENCES ? 3 : 2;
  return scored
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, k)
    .sort((a, b) => a.i - b.i)
    .map((s) => s.text);
}
