// A currency the article names once with its country ("1.9 billion Swedish crowns") is the one it
// means when it later writes the bare word ("9.4 billion crowns"; "dollars" after "Canadian dollars").
import type { Figure } from "../../types.js";
import { CURRENCY_WORDS, QUALIFIED_CURRENCY_WORDS } from "./lexicon.js";

// "pounds" is a weight as often as money, which an earlier "Egyptian pounds" does not settle.
const WEIGHTS = new Set(["pound", "pounds"]);

// The last word of a figure's text, and the words before it.
const LAST_WORDS = /(?:^|\s)((?:\S+\s+){0,2})(\p{L}+)$/u;

/** The currency words that end a name with a country ("crowns" of "Swedish crowns"), lower-cased. */
const HEADS: ReadonlySet<string> = new Set([...QUALIFIED_CURRENCY_WORDS.keys()].map((name) => name.slice(name.lastIndexOf(" ") + 1)));

/** The code of the qualified currency name that ends `words` ("about 3 million Swedish crowns" -> "SEK"), else undefined. */
function qualifiedCodeAtEnd(words: string[]): string | undefined {
  for (let k = 0; k < words.length - 1; k++) {
    const code = QUALIFIED_CURRENCY_WORDS.get(words.slice(k).join(" "));
    if (code) return code;
  }
  return undefined;
}

/** The figures, each bare currency word taking the code its country gave the same word earlier in the text. */
export function carryNamedCurrencies(figures: Figure[]): Figure[] {
  const named = new Map<string, string>();
  for (const f of figures) {
    const m = LAST_WORDS.exec(f.text.toLowerCase());
    const head = m?.[2];
    if (!head || !HEADS.has(head) || WEIGHTS.has(head)) continue;
    const code = qualifiedCodeAtEnd([...m![1]!.trim().split(/\s+/).filter(Boolean), head]);
    if (code) named.set(head, code);
    // Money is written in digits; a small number spelled out counts things ("fitted three crowns").
    else if (!/\d/.test(f.text)) continue;
    // A bare word: its unit is the word itself or the code the word alone stands for ("dollars" -> USD).
    else if (named.has(head) && (f.unit?.toLowerCase() === head || f.unit === CURRENCY_WORDS.get(head))) f.unit = named.get(head)!;
  }
  return figures;
}
