// Building blocks the date parsers share: the reference day and components for a calendar day.
import type { ParsingComponents, ParsingContext } from "chrono-node";
import { utcDay } from "../../timex.js";

/** The reference instant's calendar day (UTC). */
export function referenceDay(context: ParsingContext): Date {
  const r = context.reference.instant;
  return utcDay(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
}

/** Components that know the year, month and day of a UTC date. */
export function dayComponents(context: ParsingContext, d: Date): ParsingComponents {
  return context.createParsingComponents({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Sets a result's start to a UTC day, as certain values. */
export function assignDay(c: ParsingComponents, d: Date): void {
  c.assign("year", d.getUTCFullYear());
  c.assign("month", d.getUTCMonth() + 1);
  c.assign("day", d.getUTCDate());
}

// Expressions start and end at word edges. A plain \\b (not a lookbehind) keeps the regex
// engine's fast scan for the literal that starts each alternative. A hyphenated word goes on
// ("the last quarter-century" is no quarter).
export const START = "\\b";
export const END = "\\b(?!-\\w)";

/** The zones wire copy prints after a clock time ("ET" and "PT" too: "7pm ET on Tuesday"; "10 a.m. local time Thursday"). */
export const CLOCK_ZONE = "[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|AES?T|AED?T|JST|IST|HKT|SGT|MSK|local\\s+time";

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** TIMEX3's hour of midnight: the end of the day it closes ("midnight Friday" is Friday T24). */
export const MIDNIGHT = 24;
/** Weekday names, lower case, by their number (0 = Sunday). */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** The first three letters of each month, capitalized, as a pattern's alternatives ("Jan|Feb|..."). */
export const CAPITALIZED_MONTH_STARTS = MONTHS.map((m) => capitalized(m.slice(0, 3))).join("|");
/** Weekday names, capitalized, as a pattern's alternatives ("Sunday|Monday|..."). */
export const CAPITALIZED_WEEKDAYS = WEEKDAYS.map(capitalized).join("|");
/** Month names and their usual abbreviations, for patterns. */
export const MONTH_NAME = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** 1-12 for a month name or abbreviation, else NaN. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? NaN : i + 1;
}

// How far before a keyword its modifiers are looked for ("two weeks" before "ago").
const LOOK_BEHIND = 40;

/**
 * The words right before `index` that `pattern` (ending in `$`) matches, starting at a word edge,
 * with their start in `text`. Parsers keyed on a rare word ("ago", "weekend") read their
 * modifiers this way, so the regex engine scans the text for the keyword alone.
 */
export function wordsBefore(text: string, index: number, pattern: RegExp): { match: RegExpExecArray; start: number } | null {
  const from = Math.max(0, index - LOOK_BEHIND);
  const m = pattern.exec(text.slice(from, index));
  if (!m) return null;
  const start = from + m.index;
  return start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!) ? null : { match: m, start };
}
