// Holidays a text names without a date: "Christmas Day", "New Year's Eve 2024", "Thanksgiving",
// "last Labor Day", "Good Friday", "the Easter weekend" (the weekend nearest it), each placed on its day of the year the tense points to (data in
// data/date-holidays.json: fixed days, nth weekdays of a month, days counted from Easter). A bare
// "Christmas" or "Easter" counts only after a time word, a modifier or with a year ("before
// Christmas"); "Christmas trees" and "the Easter bunny" are no dates. A weekday counted from a
// holiday is one date: "the Sunday after Thanksgiving", "the Friday before Easter".
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { readDataJson } from "../../data.js";
import { addDays, utcDay } from "../../timex.js";
import { holidayKey } from "../text/index.js";
import { END, START, WEEKDAYS, dayComponents, referenceDay } from "./components.js";
import { RELATIVE, WEEKEND } from "./tags.js";
import { directionAt, isEndpointAt } from "./tense.js";

interface HolidayRule {
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
  from?: number;
  easter?: number;
}
interface HolidayData {
  holidays: Record<string, HolidayRule>;
  bare: string[];
}

const DATA = readDataJson<HolidayData>("date-holidays.json");
const BARE = new Set(DATA.bare);

/** A pattern for a name keyed without apostrophes or stops: "new years day" matches "New Year's Day". */
function namePattern(key: string): string {
  return key
    .split(" ")
    .map((w) => (w === "st" || w === "jr" ? `${w}\\.?` : w.length > 2 && w.endsWith("s") ? `${w.slice(0, -1)}['’]?s['’]?` : w))
    .join("\\s+");
}
const NAMES = Object.keys(DATA.holidays).sort((a, b) => b.length - a.length).map(namePattern).join("|");
const PATTERN = new RegExp(
  `${START}(?:the\\s+(${WEEKDAYS.join("|")})\\s+(after|before|following)\\s+)?(?:(last|next|this)\\s+)?(${NAMES})(?:,?\\s+(\\d{4}))?(\\s+weekend)?${END}`,
  "i",
);
const WEEKDAY_GROUP = 1;
const RELATION_GROUP = 2;
const MODIFIER_GROUP = 3;
const NAME_GROUP = 4;
const YEAR_GROUP = 5;
// "the Easter weekend", "Labor Day weekend": the weekend nearest the holiday.
const WEEKEND_GROUP = 6;
const SATURDAY = 6;
const DAYS_IN_WEEK = 7;
const HALF_WEEK = 3;
// Words that make a bare "Christmas" a time ("over Christmas", "by Christmas").
const TIME_PREPOSITIONS = new Set(["before", "after", "over", "at", "by", "until", "till", "since", "around", "during", "for", "from", "to", "on", "through", "ahead"]);
// "the Good Friday Agreement", "the Boxing Day Test": after "the", a holiday before a capitalized word names something.
const THE_BEFORE = /\bthe\s+$/i;
const CAPITALIZED_AFTER = /^\s+\p{Lu}\p{Ll}/u;
// The year of an event on a holiday: "the 2004 Boxing Day tsunami", "the Christmas Day floods of 2015", "Thanksgiving in 2024".
const YEAR_BEFORE = /\bthe\s+((?:19|20)\d\d)\s+$/i;
const YEAR_AFTER = /^(?:(?:\s+\p{Ll}+){0,2}\s+of|\s+in)\s+((?:19|20)\d\d)\b(?![\d,.]\d)/u;

/** Easter Sunday of a year (the Gregorian computus). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(year, month, day);
}

/** The day a holiday falls on in a year. */
function holidayIn(rule: HolidayRule, year: number): Date {
  if (rule.easter !== undefined) return addDays(easterSunday(year), rule.easter);
  if (rule.weekday === undefined) return utcDay(year, rule.month!, rule.day!);
  const nth = rule.nth ?? 1;
  if (nth < 0) {
    const last = utcDay(year, rule.month! + 1, 0);
    return addDays(last, -((last.getUTCDay() - rule.weekday + 7) % 7));
  }
  const first = utcDay(year, rule.month!, rule.from ?? 1);
  return addDays(first, ((rule.weekday - first.getUTCDay() + 7) % 7) + 7 * (nth - 1));
}

/** The weekday a match counts from the holiday's day ("the Sunday after Thanksgiving"), or that day itself. */
function countedDay(day: Date, match: RegExpMatchArray): Date {
  const weekday = match[WEEKDAY_GROUP] ? WEEKDAYS.indexOf(match[WEEKDAY_GROUP].toLowerCase()) : -1;
  if (weekday < 0) return day;
  if (/^before$/i.test(match[RELATION_GROUP]!)) return addDays(day, -((day.getUTCDay() - weekday + DAYS_IN_WEEK - 1) % DAYS_IN_WEEK) - 1);
  return addDays(day, ((weekday - day.getUTCDay() + DAYS_IN_WEEK - 1) % DAYS_IN_WEEK) + 1);
}

// A holiday another country keeps on another day: Canada's Thanksgiving falls on the second Monday of October.
const NATIONAL: Record<string, { country: RegExp; rule: HolidayRule }> = {
  thanksgiving: { country: /\bCanad(?:a|ian|ians)\b/, rule: { month: 10, weekday: 1, nth: 2 } },
};
// How far back the country is looked for: the holiday's own paragraph, up to this many characters.
const COUNTRY_REACH = 400;

/** The rule of the country the holiday's paragraph names before it, where that country keeps the holiday on its own day. */
function nationalRule(text: string, at: number, key: string): HolidayRule | undefined {
  const national = NATIONAL[key.replace(/ day$/, "")];
  if (!national) return undefined;
  const from = Math.max(0, at - COUNTRY_REACH, text.lastIndexOf("\n", at - 1) + 1);
  return national.country.test(text.slice(from, at)) ? national.rule : undefined;
}

/** The day nearest the reference, the earlier of two as near. */
function nearest(ref: Date, days: Date[]): Date {
  return days.reduce((best, d) => (Math.abs(d.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime()) ? d : best));
}

export class HolidayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const printed = match[NAME_GROUP]!;
    const key = holidayKey(printed);
    const rule = nationalRule(context.text, match.index!, key) ?? DATA.holidays[key];
    // Holiday names are capitalized.
    if (!rule || !/^\p{Lu}/u.test(printed)) return null;
    const modifier = match[MODIFIER_GROUP]?.toLowerCase();
    const end = match.index! + match[0].length;
    const counted = match[WEEKDAY_GROUP] !== undefined;
    if (!modifier && !counted && THE_BEFORE.test(context.text.slice(Math.max(0, match.index! - 5), match.index!)) && CAPITALIZED_AFTER.test(context.text.slice(end, end + 3))) return null;
    if (BARE.has(key) && !modifier && !counted && !match[YEAR_GROUP] && !match[WEEKEND_GROUP]) {
      const before = /(\p{L}+)\s+$/u.exec(context.text.slice(Math.max(0, match.index! - 14), match.index!))?.[1]?.toLowerCase();
      if (!before || !TIME_PREPOSITIONS.has(before)) return null;
    }
    const year =
      match[YEAR_GROUP] ??
      (modifier ? undefined : (YEAR_BEFORE.exec(context.text.slice(Math.max(0, match.index! - 10), match.index!)) ?? YEAR_AFTER.exec(context.text.slice(end, end + 40)))?.[1]);
    if (year) return this.components(context, countedDay(holidayIn(rule, Number(year)), match), !!match[WEEKEND_GROUP]);
    const ref = referenceDay(context);
    const thisYear = ref.getUTCFullYear();
    // A weekday counted from the holiday is placed by the tense itself ("the Saturday before Christmas", written on Dec. 23, has passed).
    const [before, during, after] = [thisYear - 1, thisYear, thisYear + 1].map((y) => countedDay(holidayIn(rule, y), match)) as [Date, Date, Date];
    const told = modifier === "last" ? "past" : modifier === "next" ? "future" : modifier === "this" ? null : directionAt(context.text, match.index!, end);
    // A holiday ending a stretch ("hired staff through Good Friday", "sold out by Christmas") is the nearest one, as a
    // month is, unless the sentence tells it ahead: the stretch runs to it from the time of writing, whatever the verb's tense.
    const endpoint = !modifier && told !== "future" && isEndpointAt(context.text, match.index!);
    const direction = endpoint ? null : told;
    // "last Thanksgiving" is the latest one before the reference day, "next Easter" the first after it.
    const strict = modifier === "last" || modifier === "next";
    let day = endpoint ? nearest(ref, [before, during, after]) : during;
    if (direction === "past" && (strict ? during >= ref : during > ref)) day = before;
    if (direction === "future" && (strict ? during <= ref : during < ref)) day = after;
    return this.components(context, day, !!match[WEEKEND_GROUP]).addTag(RELATIVE);
  }

  /** The holiday's day, or the weekend nearest it: its Saturday, tagged as a weekend. */
  private components(context: ParsingContext, day: Date, weekend: boolean): ParsingComponents {
    if (!weekend) return dayComponents(context, day);
    const ahead = (SATURDAY - day.getUTCDay() + DAYS_IN_WEEK) % DAYS_IN_WEEK;
    return dayComponents(context, addDays(day, ahead > HALF_WEEK ? ahead - DAYS_IN_WEEK : ahead)).addTag(WEEKEND);
  }
}
