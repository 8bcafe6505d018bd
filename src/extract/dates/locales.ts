// Dates in the languages chrono-node reads besides English: an article in one of them is parsed
// with that language's own casual parsers, so "vendredi" or "am Freitag" get their values. Each
// language is loaded on the first article written in it. The English extensions (tense, anaphora,
// weeks, seasons ...) are not carried over.
import { createRequire } from "node:module";
import type { Chrono, ParsedResult, ParsingReference } from "chrono-node/en";
import { LINE_BREAK } from "./sentence-filter.js";

/** The languages chrono-node has parsers for besides English (ISO 639-1). */
export const CHRONO_LANGUAGES: readonly string[] = ["ar", "de", "es", "fi", "fr", "id", "it", "ja", "nl", "pt", "ru", "sv", "uk", "vi", "zh"];

// As for English, an expression never spans a line break, and a long run of blanks (which some
// patterns with blanks on both sides of an optional comma would take quadratic time over) is impassable.
const IMPASSABLE = /\n|[ \t\u00a0]{8,}/g;

// Some parsers take the blank before an expression into it (" vor zwei Tagen"): the text starts at its first letter.
const trimBlanks: Chrono["refiners"][number] = {
  refine: (_, results) => {
    for (const r of results) {
      r.index += r.text.length - r.text.trimStart().length;
      r.text = r.text.trim();
    }
    return results;
  },
};

const require = createRequire(import.meta.url);
const parsers = new Map<string, Chrono>();

function localeParser(language: string): Chrono {
  let chrono = parsers.get(language);
  if (!chrono) {
    chrono = (require(`chrono-node/${language}`) as { casual: Chrono }).casual.clone();
    chrono.refiners.push(trimBlanks);
    parsers.set(language, chrono);
  }
  return chrono;
}

/** The date expressions of a text in its language's own parsers, or null for English and languages chrono does not read. */
export function parseInLanguage(text: string, language: string | null, reference: ParsingReference): ParsedResult[] | null {
  if (!language || !CHRONO_LANGUAGES.includes(language)) return null;
  return localeParser(language).parse(text.replace(IMPASSABLE, (run) => LINE_BREAK.repeat(run.length)), reference);
}
