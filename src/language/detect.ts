// Which language an article is written in, as an ISO 639-1 code, or null when its text is too short
// to tell. English is recognized from its words (english-evidence.ts); any other text goes to eld.
import { eldDetector } from "./eld.js";
import { looksEnglish } from "./english-evidence.js";

// The start of an article (its title and first sentences) says its language; eld reads no more
// than its first 350 bytes.
const SAMPLE_CHARS = 400;
const WORD = /\p{L}+/gu;
// "won't", "Putin's": the word is what comes before the apostrophe.
const APOSTROPHE_TAIL = /['’]\p{L}+/gu;
// Chinese and Japanese are written without spaces, so their words are not counted: eld judges
// whether there is enough of them.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const english = looksEnglish(sample.replace(APOSTROPHE_TAIL, "").match(WORD) ?? []);
  if (english) return "en";
  // Too few words besides names ("Sign in", "BBC News").
  if (english === null && !UNSPACED.test(sample)) return null;
  const result = eldDetector().detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
