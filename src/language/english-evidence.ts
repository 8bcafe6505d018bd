// English recognized from its words, before any language model is loaded: most of the words that
// are not names are words of natural's English lexicon. On short headlines this is surer than
// n-grams (which read "Meet the New Han Solo" as Norwegian), and English pages never pay for
// loading the detector's tables.
import { isKnownWord } from "../extract/word-tags.js";

// Measured on English news (articles and headlines of the development pages and public splits),
// 95% of texts reach four in five; no text in another language of the test set passes two in three.
const MIN_ENGLISH_SHARE = 0.8;
// Fewer telling words than this prove nothing.
const MIN_EVIDENCE = 3;
const ASCII_WORD = /^[a-z]+$/i;
const CAPITALIZED = /^\p{Lu}/u;

/** Whether enough of the words, names aside, are English words. */
export function looksEnglish(words: readonly string[]): boolean {
  let evidence = 0;
  let known = 0;
  for (const w of words) {
    const english = ASCII_WORD.test(w) && isKnownWord(w);
    // A capitalized word the lexicon does not know is a name, in whatever language.
    if (!english && CAPITALIZED.test(w)) continue;
    evidence++;
    if (english) known++;
  }
  return evidence >= MIN_EVIDENCE && known >= MIN_ENGLISH_SHARE * evidence;
}
