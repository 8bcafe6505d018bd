// Time expressions and their TIMEX3 values: chrono-node's English parsers, with the parsers and
// refiners in dates/ for what news needs and chrono lacks (bare years, weeks, parts of days,
// seasons, vague stretches, anaphora, past- or future-biased weekdays and months).
import type { ParsedComponents } from "chrono-node";
import { Chrono, configuration as english, type ParsedResult } from "chrono-node/en";
import { addDays, dayValue, daysInMonth, instantValue, monthValue, utcDay, weekMonday, weekValue } from "../../timex.js";
import type { DateMention } from "../../types.js";
import { AgoParser } from "./AgoParser.js";
import { AnaphoricParser } from "./AnaphoricParser.js";
import { AnchorRefiner } from "./AnchorRefiner.js";
import { CenturyParser } from "./CenturyParser.js";
import { CurrentYearParser } from "./CurrentYearParser.js";
import { ClockFilter } from "./ClockFilter.js";
import { ClockZoneRefiner } from "./ClockZoneRefiner.js";
import { DateTimeMergeRefiner } from "./DateTimeMergeRefiner.js";
import { DayListRefiner } from "./DayListRefiner.js";
import { ExpressionTextRefiner } from "./ExpressionTextRefiner.js";
import { FiscalYearParser } from "./FiscalYearParser.js";
import { headerAge } from "./HeaderAge.js";
import { HolidayParser } from "./HolidayParser.js";
import { IsoWeekParser } from "./IsoWeekParser.js";
import { gated } from "./KeywordGate.js";
import { parseInLanguage } from "./locales.js";
import { MonthOfYearParser } from "./MonthOfYearParser.js";
import { MonthOfNumberRefiner } from "./MonthOfNumberRefiner.js";
import { NamedDayRefiner } from "./NamedDayRefiner.js";
import { NeighbourWeekdayRefiner } from "./NeighbourWeekdayRefiner.js";
import { NotDateFilter } from "./NotDateFilter.js";
import { OrdinalDayParser } from "./OrdinalDayParser.js";
import { PartOfDayParser } from "./PartOfDayParser.js";
import { PeriodPartParser } from "./PeriodPartParser.js";
import { QuarterParser } from "./QuarterParser.js";
import { RelativePeriodParser } from "./RelativePeriodParser.js";
import { ReportingPeriodParser } from "./ReportingPeriodParser.js";
import { chronoInput } from "./sentence-filter.js";
import { SeasonParser } from "./SeasonParser.js";
import { SpokenYearParser } from "./SpokenYearParser.js";
import { TenseRefiner } from "./TenseRefiner.js";
import { VagueStretchParser } from "./VagueStretchParser.js";
import { WeekendParser } from "./WeekendParser.js";
import { WeekWordFilter } from "./WeekWordFilter.js";
import { WeekOfRefiner } from "./WeekOfRefiner.js";
import { YearParser } from "./YearParser.js";
import { YearSpanParser } from "./YearSpanParser.js";
import { ZonedClockParser } from "./ZonedClockParser.js";
import { directionAt } from "./tense.js";
import { CENTURY, DAY_PART, DECADE, INSTANT, RELATIVE, VAGUE, WEEK, WEEKEND, YEAR_PART, tagValue } from "./tags.js";

/** chrono's English parsers this extractor keeps: dates, month names, weekdays, clock times, today/yesterday. */
export const CHRONO_PARSERS = [
  "ENYearMonthDayParser", "ISOFormatParser", "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser", "ENWeekdayParser", "ENTimeExpressionParser", "ENYearMonthNameParser",
  "ENCasualDateParser", "ENMonthNameParser",
];
// Left out: durations ("within 5 days" is a figure), chrono's "last month" as an instant a month
// back (RelativePeriodParser writes calendar periods), "morning" alone, and refiners that merge
// ranges across words ("Monday to Wednesday" stays two dates), scan the whole prefix per result,
// or read time zone names (values are written in UTC, the reference's zone).
/** chrono's refiners this extractor keeps, in chrono's order. */
export const CHRONO_REFINERS = [
  "OverlapRemovalRefiner", "ExtractTimezoneOffsetRefiner", "MergeWeekdayComponentRefiner", "ENMergeDateTimeRefiner",
  "ENExtractYearSuffixRefiner",
];

function configuration(): { parsers: Chrono["parsers"]; refiners: Chrono["refiners"] } {
  const base = english.createCasualConfiguration(false);
  // Day first for numeric dates ("12-03-2025"), as the aggregators print them, unless impossible;
  // month names stay middle-endian ("March 28" is a day, not March 2028).
  const dayFirst = english.createCasualConfiguration(true);
  const named = <T>(items: T[], names: string[]): T[] => items.filter((x) => names.includes((x as object).constructor.name));
  return {
    // Ours first: on equal spans the first parser's reading is kept ("last night" as a night).
    parsers: [
      new PartOfDayParser(), new WeekendParser(), new SeasonParser(), new QuarterParser(), new ReportingPeriodParser(), new PeriodPartParser(), new MonthOfYearParser(), new HolidayParser(), new AnaphoricParser(),
      new VagueStretchParser(), new RelativePeriodParser(), new CurrentYearParser(), new AgoParser(), new IsoWeekParser(), new CenturyParser(), new YearSpanParser(), new YearParser(), new SpokenYearParser(),
      new ZonedClockParser(), new OrdinalDayParser(), new FiscalYearParser(),
      ...named(dayFirst.parsers, ["SlashDateFormatParser"]),
      ...named(base.parsers, CHRONO_PARSERS),
    ].map(gated),
    refiners: [
      new ClockFilter(), new WeekWordFilter(), new ClockZoneRefiner(), new MonthOfNumberRefiner(),
      ...named(base.refiners, CHRONO_REFINERS).map((r) => (r.constructor.name === "ENMergeDateTimeRefiner" ? new DateTimeMergeRefiner(r) : r)),
      new ExpressionTextRefiner(),
      new WeekOfRefiner(),
      new DayListRefiner(),
      new NotDateFilter(),
      new TenseRefiner(),
      new NamedDayRefiner(),
      new NeighbourWeekdayRefiner(),
      new AnchorRefiner(),
    ],
  };
}

const chrono = new Chrono(configuration());
// chrono needs some reference; without one, every value that depends on it is dropped.
const PLACEHOLDER_REFERENCE = new Date(Date.UTC(2000, 0, 1));

const pad = (n: number): string => String(n).padStart(2, "0");

/** Whether a result's value is counted from the reference date (or a date the text gave before). */
function dependsOnReference(r: ParsedResult, tags: Set<string>): boolean {
  if (tags.has(RELATIVE)) return true;
  for (const t of tags) if (t.startsWith("casualReference/") || t.startsWith("result/relative")) return true;
  return !r.start.isCertain("year");
}

/** The TIMEX3 value of one end of a result. */
function componentsValue(c: ParsedComponents, tags: Set<string>): string | null {
  const year = c.get("year");
  if (year === null) return null;
  const day = (): Date => utcDay(year, c.get("month") ?? 1, c.get("day") ?? 1);
  const yearPart = tagValue(tags, YEAR_PART);
  if (yearPart) return `${year}-${yearPart}`;
  if (tags.has(DECADE)) return String(Math.floor(year / 10));
  if (tags.has(CENTURY)) return String(Math.floor(year / 100)).padStart(2, "0");
  if (tags.has(WEEKEND)) return `${weekValue(day())}-WE`;
  if (tags.has(WEEK)) return weekValue(day());
  const dayPart = tagValue(tags, DAY_PART);
  if (dayPart) return `${dayValue(day())}T${dayPart}`;
  if (tags.has(INSTANT)) return instantValue(new Date(Date.UTC(year, c.get("month")! - 1, c.get("day")!, c.get("hour")!, c.get("minute")!, c.get("second")!)));
  if (c.isCertain("hour")) return `${dayValue(day())}T${pad(c.get("hour")!)}:${pad(c.get("minute") ?? 0)}`;
  if (c.isCertain("day") || c.isCertain("weekday")) return dayValue(day());
  // A month alone is on no day: the reference's day implied may overflow it ("last month" written on March 31 is February).
  if (c.isCertain("month")) return monthValue(utcDay(year, c.get("month")!, 1));
  return c.isCertain("year") ? String(year) : null;
}

/** The TIMEX3 value of a result: a day, month, year, week, season, part of day, instant or range. */
function timexValue(r: ParsedResult, tags: Set<string>, hasReference: boolean): string | null {
  if (tags.has(VAGUE) || (!hasReference && dependsOnReference(r, tags))) return null;
  const start = componentsValue(r.start, tags);
  const end = r.end ? componentsValue(r.end, tags) : null;
  return start && end && end !== start ? `${start}/${end}` : start;
}

export function extractDates(text: string, ref: Date | null, language: string | null = null): DateMention[] {
  const reference = { instant: ref ?? PLACEHOLDER_REFERENCE, timezone: 0 };
  const foreign = parseInLanguage(text, language, reference);
  const input = foreign ? null : chronoInput(text);
  const age = headerAge(text, ref);
  const dates: DateMention[] = age ? [age] : [];
  if (input && input.text.length === 0) return dates;
  const results = foreign ?? chrono.parse(input!.text, reference);
  for (const r of results) {
    const start = input ? input.original(r.index) : r.index;
    if (!text.startsWith(r.text, start)) continue;
    // chrono builds a new set on every call for tags.
    const tags = r.tags();
    dates.push({
      text: r.text,
      value: timexValue(r, tags, ref !== null),
      kind: dependsOnReference(r, tags) ? "relative" : "absolute",
      span: { start, end: start + r.text.length },
    });
  }
  return age ? dates.sort((a, b) => a.span.start - b.span.start) : dates;
}

const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;
const INSTANT_VALUE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?Z$/;
const WEEK_VALUE = /^(\d{4})-W(\d\d)$/;
const MONTH_VALUE = /^(\d{4})-(\d\d)$/;

/**
 * The instant an item's published value stands for: "2025-07-16T09:00:00Z" itself, a day at the
 * reference's time of day, and a week or month ("3 weeks ago", "a month ago") at the reference's
 * place in it, the day it was counted back to, so "on Wednesday" in its text falls in that week.
 */
function publishedInstant(value: string | null, ref: Date): Date | null {
  if (!value) return null;
  if (INSTANT_VALUE.test(value)) return new Date(value);
  let d: Date;
  const week = WEEK_VALUE.exec(value);
  const month = MONTH_VALUE.exec(value);
  if (DAY_VALUE.test(value)) d = new Date(`${value}T00:00:00Z`);
  else if (week) d = addDays(weekMonday(Number(week[1]), Number(week[2])), (ref.getUTCDay() || 7) - 1);
  else if (month) d = utcDay(Number(month[1]), Number(month[2]), Math.min(ref.getUTCDate(), daysInMonth(Number(month[1]), Number(month[2]))));
  else return null;
  d.setUTCHours(ref.getUTCHours(), ref.getUTCMinutes(), ref.getUTCSeconds());
  return d;
}

/**
 * The dates of an item published at another time than the page's reference ("2 days ago"): its
 * own words ("today", "on Friday") count from when it was published, its header, at `header` in
 * the text, from the reference like every header.
 */
export function extractItemDates(text: string, ref: Date | null, header: { start: number; end: number }, published: string | null, language: string | null = null): DateMention[] {
  const own = ref ? publishedInstant(published, ref) : null;
  if (!ref || !own || own.getTime() === ref.getTime()) return extractDates(text, ref, language);
  const body = extractDates(text, own, language).filter((d) => d.span.end <= header.start || d.span.start >= header.end);
  const head = extractDates(text.slice(header.start, header.end), ref, language).map((d) => ({ ...d, span: { start: d.span.start + header.start, end: d.span.end + header.start } }));
  const dates = [...body, ...head].sort((a, b) => a.span.start - b.span.start);
  return INSTANT_VALUE.test(published!) ? dates.map((d) => clockBeforePublished(d, text, own)) : dates;
}

// A clock time told alone, with at most its zone ("21:04 local time", "at midday"), no day.
const BARE_CLOCK = /^(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)(?:\s+(?:local\s+time|[A-Z]{2,4}))?$/i;
const CLOCK_VALUE = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$/;
// An event told at its clock ("was at 21:04", "said at about midday"), not a span's end ("between 7am and 7pm").
const AT_BEFORE = /\bat\s+(?:about\s+|around\s+)?$/i;

/**
 * An item published at an instant ("5 hours ago") that tells in the past of an event at a bare
 * clock later than that instant on its day told of the day before ("Lift-off was at 21:04", posted at 07:00).
 */
function clockBeforePublished(d: DateMention, text: string, own: Date): DateMention {
  const clock = d.value ? CLOCK_VALUE.exec(d.value) : null;
  if (!clock || clock[1] !== dayValue(own) || !BARE_CLOCK.test(d.text) || !AT_BEFORE.test(text.slice(Math.max(0, d.span.start - 12), d.span.start))) return d;
  const minutes = Number(clock[2]) * 60 + Number(clock[3]);
  if (minutes <= own.getUTCHours() * 60 + own.getUTCMinutes() || directionAt(text, d.span.start, d.span.end) !== "past") return d;
  return { ...d, value: `${dayValue(addDays(own, -1))}T${clock[2]}:${clock[3]}` };
}
