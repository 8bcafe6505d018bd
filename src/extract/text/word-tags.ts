// Penn part-of-speech tags of English words, from natural's Brill lexicon (data/word-tags.tsv,
// built by data/build-word-tags.mjs), most frequent tag first. The file is sorted "word<TAB>tags"
// lines searched in place by character position: parsing 90,000 entries into an object, or even
// indexing the line starts, would cost milliseconds of start-up on every run.
import { readDataText } from "../../data.js";

const TABLE = readDataText("word-tags.tsv");
// Words seen again are answered from memory; the bound keeps memory flat over a large corpus.
const MEMO = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

/** The tags of a word exactly as given, by binary search over the sorted lines. */
function lookup(word: string): string | null {
  const memo = MEMO.get(word);
  if (memo !== undefined) return memo;
  // Invariant: the word's line, if any, starts in [lo, hi); lo is always a line start.
  let lo = 0;
  let hi = TABLE.length;
  let found: string | null = null;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = TABLE.lastIndexOf("\n", mid - 1) + 1;
    const tab = TABLE.indexOf("\t", start);
    const key = TABLE.slice(start, tab);
    const end = TABLE.indexOf("\n", tab) + 1;
    if (key === word) {
      found = TABLE.slice(tab + 1, end - 1);
      break;
    }
    if (key < word) lo = end;
    else hi = start;
  }
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(word, found);
  return found;
}

// Each word's tags as a list, kept like the lines they come from: the extractors ask for the same words again and again.
const TAGS_MEMO = new Map<string, readonly string[] | null>();

/** Tags the lexicon knows for a word as printed, else lowercased; null when unknown. Shared: not to be modified. */
export function tagsOf(word: string): readonly string[] | null {
  let tags = TAGS_MEMO.get(word);
  if (tags !== undefined) return tags;
  const line = lookup(word) ?? lookup(word.toLowerCase());
  tags = line ? line.split(" ") : null;
  if (TAGS_MEMO.size >= MEMO_LIMIT) TAGS_MEMO.clear();
  TAGS_MEMO.set(word, tags);
  return tags;
}

// The most frequent tag (the first) is a proper noun's.
const PROPER_NOUN_FIRST = /^NNPS?(?: |$)/;

/** True for a word whose lowercase form the lexicon knows as a common word (not a proper noun). */
export function isCommonWord(word: string): boolean {
  const tags = lookup(word.toLowerCase());
  return tags !== null && !PROPER_NOUN_FIRST.test(tags);
}

/**
 * "Moody's said in a note": whether a word after a possessive is a past-tense verb (its commonest
 * reading) with no lower-case noun or adjective after it for it to qualify ("the firm's reported
 * profit"): then the possessive owns nothing and its 's is the name's own.
 */
export function isVerbAfterPossessive(word: string, next: string | undefined): boolean {
  if (tagsOf(word)?.[0] !== "VBD") return false;
  const tag = next !== undefined && /^\p{Ll}/u.test(next) ? tagsOf(next)?.[0] : undefined;
  return !(tag !== undefined && (tag.startsWith("NN") || tag.startsWith("JJ")));
}
