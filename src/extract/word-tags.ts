// Penn part-of-speech tags of English words, from natural's Brill lexicon (data/word-tags.tsv,
// built by data/build-word-tags.mjs), most frequent tag first. The file is sorted "word<TAB>tags"
// lines searched in place: parsing 90,000 entries into an object would cost tens of milliseconds
// of start-up on every run.
import { readFileSync } from "node:fs";

const TABLE = readFileSync(new URL("../../data/word-tags.tsv", import.meta.url), "utf8");
const LINE_STARTS = lineStarts(TABLE);
// Words seen again are answered from memory; the bound keeps memory flat over a large corpus.
const MEMO = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

function lineStarts(text: string): Int32Array {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 0;
  for (let i = 0; k < n; k++) {
    starts[k] = i;
    i = text.indexOf("\n", i) + 1;
  }
  return starts;
}

/** The tags of a word exactly as given, by binary search over the sorted lines. */
function lookup(word: string): string | null {
  const memo = MEMO.get(word);
  if (memo !== undefined) return memo;
  let lo = 0;
  let hi = LINE_STARTS.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = LINE_STARTS[mid]!;
    const tab = TABLE.indexOf("\t", start);
    const key = TABLE.slice(start, tab);
    if (key === word) {
      found = TABLE.slice(tab + 1, TABLE.indexOf("\n", tab));
      break;
    }
    if (key < word) lo = mid + 1;
    else hi = mid - 1;
  }
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(word, found);
  return found;
}

/** Tags the lexicon knows for a word as printed, else lowercased; null when unknown. */
export function tagsOf(word: string): string[] | null {
  const tags = lookup(word) ?? lookup(word.toLowerCase());
  return tags ? tags.split(" ") : null;
}

/** True for a word whose lowercase form the lexicon knows as a common word (not a proper noun). */
export function isCommonWord(word: string): boolean {
  const tags = lookup(word.toLowerCase());
  return tags !== null && !/^NNPS?$/.test(tags.split(" ")[0]!);
}
