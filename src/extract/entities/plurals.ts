// A plural common noun capitalized only because it opens a sentence ("Hailstorms have flattened crops", "Lifeguards say ...").
import { tagsOf, type Token } from "../text/index.js";
import { lexicon as lex } from "./lexicon.js";

// The shortest part of a compound noun read as two common words ("wild" + "fire"): shorter pieces ("a", "an") split anything.
const MIN_PART = 3;

/** The singular forms a regular plural may have: "fires" -> "fire", "boxes" -> "box", "cities" -> "city". */
const singulars = (plural: string): string[] => [plural.slice(0, -1), ...(plural.endsWith("es") ? [plural.slice(0, -2)] : []), ...(plural.endsWith("ies") ? [`${plural.slice(0, -3)}y`] : [])];

/** Whether a lowercase word is a common word, or a closed compound of two ("wildfire", "heatwave") the word list lacks. */
function isCommonNoun(word: string): boolean {
  if (lex.commonWords.has(word)) return true;
  for (let k = MIN_PART; k <= word.length - MIN_PART; k++) if (lex.commonWords.has(word.slice(0, k)) && lex.commonWords.has(word.slice(k))) return true;
  return false;
}

/**
 * Whether a word is a verb in the plural present ("have", "are", "say", "warn") or in the past ("rescued", "stretched"),
 * not a past speech verb ("said", "told"), which a lone surname takes far more often than a plural noun.
 */
function isPluralVerb(word: string): boolean {
  if (word === "were") return true;
  const tags = tagsOf(word);
  return !!tags && ((tags.includes("VBP") && !tags.includes("VBZ")) || (tags.includes("VBD") && !lex.speechVerbs.has(word)));
}

/**
 * Whether token `i` opens a sentence as a plural common noun: a regular plural of a common word (or of a compound of two)
 * before a verb that agrees with it in the plural, which the text never capitalizes inside a sentence. A surname that
 * is also a plural ("Brooks said") takes a verb in the singular; a club's plural name is capitalized in running text too.
 */
export function isPluralNounOpening(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const lower = t.text.toLowerCase();
  const next = tokens[i + 1];
  if (!t.initial || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || lex.givenNames.has(t.text) || !next?.word || !isPluralVerb(next.text)) return false;
  // The plural of a given name is a surname or a firm's ("Williams have signed a driver"), though "william" is a flower too.
  if (!singulars(lower).some(isCommonNoun) || singulars(t.text).some((w) => lex.givenNames.has(w))) return false;
  return !tokens.some((u) => u.text === t.text && !u.initial);
}
