// English recognized from its words, before any language model is loaded: most of the words that
// are not names are common words of natural's English lexicon. On short headlines this is surer than
// n-grams (which read "Meet the New Han Solo" as Norwegian), and English pages never pay for
// loading the detector's tables.
import { isCommonWord } from "../extract/text/index.js";

// On the articles and headlines of the development pages and public splits, 95% of English texts
// reach four in five; the most English-looking text in another language (Spanish about Twitter) 0.66.
const MIN_ENGLISH_SHARE = 0.8;
// Names tell no language, and fewer other words than this prove nothing ("Sign in | Kozlovskis Portal").
const MIN_TELLING = 3;
const ASCII_WORD = /^[a-z]+$/i;
const CAPITALIZED = /^\p{Lu}/u;

/** Names aside: true when enough of the words are English, false when not, null when too few words are left to tell. */
export function looksEnglish(words: readonly string[]): boolean | null {
  let telling = 0;
  let english = 0;
  for (const w of words) {
    const known = ASCII_WORD.test(w) && isCommonWord(w);
    // A capitalized word the lexicon knows only as a name, or not at all, is a name in whatever language.
    if (!known && CAPITALIZED.test(w)) continue;
    telling++;
    if (known) english++;
  }
  return telling < MIN_TELLING ? null : english >= MIN_ENGLISH_SHARE * telling;
}
