// Penn part-of-speech tags of English words, from natural's Brill lexicon (data/word-tags.json,
// built by data/build-word-tags.mjs), most frequent tag first.
import { readFileSync } from "node:fs";

const LEXICON: Record<string, string> = JSON.parse(readFileSync(new URL("../../data/word-tags.json", import.meta.url), "utf8"));

/** Tags the lexicon knows for a word as printed, else lowercased; null when unknown. */
export function tagsOf(word: string): string[] | null {
  const tags = Object.hasOwn(LEXICON, word) ? LEXICON[word] : Object.hasOwn(LEXICON, word.toLowerCase()) ? LEXICON[word.toLowerCase()] : undefined;
  return tags ? tags.split(" ") : null;
}

/** True for a word whose lowercase form the lexicon knows as a common word (not a proper noun). */
export function isCommonWord(word: string): boolean {
  const low = word.toLowerCase();
  return Object.hasOwn(LEXICON, low) && !/^NNPS?$/.test(LEXICON[low]!.split(" ")[0]!);
}
