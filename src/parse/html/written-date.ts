// Dates written out on a page ("Dec. 20, 2023, 6:00 AM ET", "30 avril 2015 à 07:19",
// "2017年3月10日"), read with chrono-node in the page's language, then in English.
import { createRequire } from "node:module";
import type { ParsedResult } from "chrono-node";
import { Chrono, configuration as english } from "chrono-node/en";

interface Parser {
  parse(text: string): ParsedResult[];
}

export interface WrittenDate {
  /** ISO day, or date-time with the offset the text names ("2023-12-20T06:00:00-05:00"). */
  value: string;
  /** The words that print the date. */
  text: string;
}

const require = createRequire(import.meta.url);
// chrono-node's other locales, loaded on the first page in that language.
const LOCALES = new Set(["de", "es", "fr", "it", "ja", "nl", "pt", "ru", "zh"]);
const parsers = new Map<string, Parser>();

function parserFor(lang: string): Parser | null {
  let parser = parsers.get(lang);
  if (!parser) {
    if (lang === "en") parser = new Chrono(english.createConfiguration(true, false));
    else if (LOCALES.has(lang)) parser = (require(`chrono-node/${lang}`) as { strict: Parser }).strict;
    else return null;
    parsers.set(lang, parser);
  }
  return parser;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** "+01:00" for 60 minutes east of UTC, "Z" for UTC. */
export function zoneOf(minutes: number): string {
  if (minutes === 0) return "Z";
  const m = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function validDay(y: number, mo: number, d: number): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2200 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// A written date names its month in words, or in CJK with 年/月, or is an ISO day ("Published: 2024-03-05"), which no order makes ambiguous.
const MONTH_WORDS = /\p{L}{3}|[年月]|\b\d{4}-\d{2}-\d{2}\b/u;
// A longer text is a sentence, not a dateline.
const MAX_DATELINE = 160;

// Where spans printed side by side ran words together ("By Jane DoeMar 5, 2024", "December 20,
// 20236:00 AM GMTUpdated"): a year meeting a time, a small letter or a digit meeting a capital,
// an abbreviation in capitals meeting a word.
const GLUED = /(?<=\b(?:1[89]|2\d)\d{2})(?=\d{1,2}:\d{2})|(?<=[\p{Ll}\d])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;

// A date in numbers with its four-digit year ("20/12/2023", "20.12.2023 06:00").
const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-](?:1[89]|20)\d{2}\b/;

/**
 * True when a text is a date in numbers whose order of day and month is not in doubt: a part above
 * 12, or a language other than English, whose pages write the day first ("05/06/2023" is May 6 in
 * the US, 5 June in Britain).
 */
function plainNumbers(text: string, lang: string): boolean {
  const m = NUMERIC_DATE.exec(text);
  return !!m && (lang !== "en" || Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]);
}

/** The first date written out in a short text, with its year printed; `lang` is the page's language. */
export function writtenDate(printed: string, lang = "en"): WrittenDate | null {
  if (!(MONTH_WORDS.test(printed) || plainNumbers(printed, lang)) || printed.length > MAX_DATELINE) return null;
  // Read with a space at each glued point; the date's words are then cut from the text as printed.
  const glued = [...printed.matchAll(GLUED)].map((m) => m.index);
  const text = glued.reduceRight((t, at) => `${t.slice(0, at)} ${t.slice(at)}`, printed);
  const printedAt = (i: number): number => i - glued.filter((at, k) => at + k < i).length;
  for (const l of lang === "en" ? ["en"] : [lang, "en"]) {
    const found = parserFor(l)?.parse(text)[0];
    const date = found ? valueOf(found, printed.slice(printedAt(found.index), printedAt(found.index + found.text.length))) : null;
    if (date) return date;
  }
  return null;
}

/** The date chrono found, with the words that print it on the page. */
function valueOf(found: ParsedResult, printed: string): WrittenDate | null {
  const c = found.start;
  // The year must be printed: "1 day ago" is certain of its year only against the reference.
  if (!/\d{4}/.test(found.text) || !c.isCertain("year") || !c.isCertain("month") || !c.isCertain("day")) return null;
  const [y, mo, d] = [c.get("year")!, c.get("month")!, c.get("day")!];
  if (!validDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const text = printed.trim();
  if (!c.isCertain("hour")) return { value: day, text };
  const zone = c.isCertain("timezoneOffset") ? zoneOf(c.get("timezoneOffset")!) : "";
  return { value: `${day}T${pad(c.get("hour")!)}:${pad(c.get("minute") ?? 0)}:${pad(c.get("second") ?? 0)}${zone}`, text };
}
