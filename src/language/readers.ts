// Which languages each extractor reads, and the warning an article gets when some of its
// extractors cannot read it: their results (names, a quotation in guillemets) may still be true,
// but an empty list then says nothing about the text.
import { CHRONO_LANGUAGES } from "../extract/dates/index.js";
import type { Article, Message } from "../types.js";

/** Per extractor, the languages it reads: cue words, lexicons and number words are English; chrono-node reads dates in more. */
const READERS: Readonly<Record<string, readonly string[]>> = {
  quotes: ["en"],
  entities: ["en"],
  figures: ["en"],
  dates: ["en", ...CHRONO_LANGUAGES],
  keywords: ["en"],
};

let names: Intl.DisplayNames | null = null;

/** The English name of a language code ("fr" -> "French"), the code itself where none is known. */
function languageName(code: string): string {
  names ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
  return names.of(code) ?? code;
}

/** The extractors that read a language (true) or do not (false), in READERS order. */
function readersOf(language: string, reads = true): string[] {
  return Object.keys(READERS).filter((x) => READERS[x]!.includes(language) === reads);
}

const listed = (xs: string[]): string => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const TITLE_CHARS = 60;

/** The `unsupported-language` warning for an article some extractors cannot read, else null. */
export function unsupportedLanguage(a: Pick<Article, "title" | "language" | "line">): Message | null {
  if (!a.language) return null;
  const unread = readersOf(a.language, false);
  if (!unread.length) return null;
  const name = languageName(a.language);
  const read = readersOf(a.language);
  return {
    severity: "warning",
    code: "unsupported-language",
    message: `"${clip(a.title ?? "(untitled)", TITLE_CHARS)}" is in ${name} (${a.language}): ${listed(unread)} are read in English only${read.length ? `; ${listed(read)} are read in ${name}` : ""}`,
    line: a.line,
  };
}
