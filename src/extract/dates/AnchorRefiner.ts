// Resolves expressions counted from the date the text mentioned last ("the following day" after
// "June 7", "the final week of the month" after "in May", "the year-ago quarter" after "the third
// quarter"); with no such date, from the reference.
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, utcDay, weekMonday, weekValue } from "../../timex.js";
import { MIDNIGHT, assignDay, referenceDay } from "./components.js";
import { PERIOD_PART, placePeriodPart } from "./PeriodPartParser.js";
import { BEFORE_TOLD, ENDED_QUARTER, NEEDS_QUARTER } from "./ReportingPeriodParser.js";
import { ANCHOR, IN_YEAR, RELATIVE, WEEK, YEAR_BEFORE, YEAR_PART, tagValue } from "./tags.js";
import { directionAt } from "./tense.js";
import { LINE_BREAK } from "./sentence-filter.js";

type Unit = "day" | "week" | "month" | "quarter" | "year";

/** The quarter or half a result names ("Q3", "H1"), or null. */
function quarterOf(r: ParsingResult): string | null {
  const part = tagValue(r.tags(), YEAR_PART);
  return part !== null && /^[QH]\d$/.test(part) && r.start.isCertain("year") ? part : null;
}

/** The finest unit a result fixes, or null when it fixes none. */
function granularity(r: ParsingResult): Unit | null {
  const c: ParsingComponents = r.start;
  if (c.isCertain("day")) return "day";
  if (c.isCertain("month")) return "month";
  if (quarterOf(r)) return "quarter";
  return c.isCertain("year") ? "year" : null;
}

const FINER: Record<Unit, Unit[]> = { day: ["day"], week: ["day"], month: ["day", "month"], quarter: ["quarter"], year: ["day", "month", "quarter", "year"] };

// How far back an anchor is looked for, which keeps the refiner linear on date-dense input.
const LOOK_BACK = 40;
// How close a quarter must be for "a year ago" to compare with it ("net rose in the quarter from $2 a year ago").
const COMPARED_WITHIN = 600;
const QUARTERS_IN_YEAR = 4;

// The months a results story sums up after its quarter ("the first nine months", "nine-month net"):
// a comparison told after them is with those months, which only their year holds as a calendar value.
// Three months are the quarter itself ("the three months to September 30"): a comparison stays a quarter.
const MONTHS_SPAN = /\b(?:(?:the|first|latest)\s+(?!(?:three|3)\s)(?:six|nine|\d{1,2})\s+months|(?!(?:three|3)-)(?:six|nine|\d{1,2})-month)\b/i;

// How far before a month a span ending in it is looked for ("the first nine months to September").
const SPAN_REACH = 30;
const SPAN_BEFORE = /(?:\bmonths|\b(?:through|thru|by|to|until|till|since))\s+$/i;
// A month named whole, with its preposition or year ("in October", "October 2024"), not a part of one.
const WHOLE_MONTH = /^(?:in\s+)?\p{Lu}\p{Ll}+\.?(?:\s+\d{4})?$/u;
const YEAR_BACK = /^an?\s+year\s+(?:earlier|ago)$/i;
// The words joining a period to the day it closes ("the third quarter ended Sept. 30", "the quarter ending Dec. 31"),
// and those of one that has closed ("the quarter ended Oct. 26"; "ending Dec. 31" may lie ahead).
const CLOSING_ON = /^\s+(?:that\s+)?(?:ended|ending|ends|to)\s+$/i;
const ENDED_ON = /^\s+(?:that\s+)?ended\s+$/i;

/** Whether the text between two results sums up a span of months. */
const monthsBetween = (text: string, before: ParsingResult, after: ParsingResult): boolean =>
  MONTHS_SPAN.test(text.slice(before.index + before.text.length, after.index));

/** Whether a day follows a period as the day it closes, by the joining words given ("the quarter ended Oct. 26"). */
const closesOn = (text: string, period: ParsingResult, day: ParsingResult | undefined, joining: RegExp): boolean =>
  day !== undefined && granularity(day) === "day" && joining.test(text.slice(period.index + period.text.length, day.index));

/**
 * What a year back at index i compares with: the result before it, or the quarter whose closing day
 * that result is ("net for the third quarter ended Sept. 30 rose from a year earlier" compares quarters).
 */
function comparedWith(text: string, results: ParsingResult[], i: number): ParsingResult {
  const previous = results[i - 1]!;
  const quarter = i > 1 ? results[i - 2]! : undefined;
  return quarter && quarterOf(quarter) && closesOn(text, quarter, previous, CLOSING_ON) ? quarter : previous;
}

/** Whether a sentence ends between two results. */
function crossesSentence(text: string, before: ParsingResult, after: ParsingResult): boolean {
  const between = text.slice(before.index + before.text.length, after.index);
  return /[.!?]\s/.test(between) || between.includes(LINE_BREAK);
}

/** The day after a quarter (or half) ends. */
function quarterEnd(r: ParsingResult): Date {
  const part = quarterOf(r)!;
  const months = part[0] === "H" ? 6 : 3;
  return utcDay(r.start.get("year")!, Number(part[1]) * months + 1, 1);
}

// A year written in a result's text ("the first quarter of 2028"), not one the refiners supplied.
const YEAR_NUMBER = /\b\d{4}\b/;

/** Whether a quarter (or half) has ended by a day. */
const endedBy = (r: ParsingResult, day: Date): boolean => quarterEnd(r) <= day;

/** Whether a result compares with the period reported ("a year earlier", "the 1988 period") rather than names it. */
const isComparison = (r: ParsingResult): boolean => r.tags().has(YEAR_BEFORE) || (r.tags().has(NEEDS_QUARTER) && r.start.isCertain("year"));

/** The latest result before index i that fixes the unit (a day for "the following day"), ended by `endedBy` when given. */
export function latestBefore(results: ParsingResult[], i: number, unit: Unit, ended?: Date): ParsingResult | undefined {
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const p = results[j]!;
    if (ended && unit === "quarter" && quarterOf(p) && !endedBy(p, ended)) continue;
    // Vague results fix no unit; resolved anaphora may anchor the next ("the next day" again),
    // but a quarter or year refers to the period reported, not to a comparison with it ("a year earlier").
    if ((unit === "year" || unit === "quarter") && isComparison(p)) continue;
    if (unit === "year" && tagValue(p.tags(), ANCHOR) !== null) continue;
    const g = granularity(p);
    if (g !== null && FINER[unit].includes(g)) return p;
  }
  return undefined;
}

/**
 * The quarter a results story reports: of the quarters the text named that ended in the year up
 * to the reference day, the latest. Comparisons ("the year-ago period", "the 1988 period") are
 * with it, not with an earlier quarter named in passing or one ahead.
 */
function reportedQuarter(results: ParsingResult[], i: number, ref: Date): ParsingResult | undefined {
  const yearBefore = utcDay(ref.getUTCFullYear() - 1, ref.getUTCMonth() + 1, ref.getUTCDate());
  let best: ParsingResult | undefined;
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const p = results[j]!;
    if (!quarterOf(p) || p.tags().has(YEAR_BEFORE) || !endedBy(p, ref) || endedBy(p, yearBefore)) continue;
    if (!best || quarterEnd(p) > quarterEnd(best)) best = p;
  }
  return best;
}

/** Sets a result to the quarter (or half) of another, moved by a number of quarters. */
function assignQuarter(r: ParsingResult, from: { year: number; part: string }, quarters: number): void {
  const perYear = from.part[0] === "H" ? 2 : QUARTERS_IN_YEAR;
  const steps = from.part[0] === "H" ? Math.trunc(quarters / 2) : quarters;
  const index = from.year * perYear + Number(from.part[1]) - 1 + steps;
  r.start.assign("year", Math.floor(index / perYear));
  r.addTag(`${YEAR_PART}${from.part[0]}${(index % perYear) + 1}`);
}

/** The last quarter that ended before the reference day. */
function lastEndedQuarter(ref: Date): { year: number; part: string } {
  const q = Math.floor(ref.getUTCMonth() / 3);
  return q === 0 ? { year: ref.getUTCFullYear() - 1, part: "Q4" } : { year: ref.getUTCFullYear(), part: `Q${q}` };
}

/**
 * The calendar quarter a quarter closing on a day mostly lies in: its three months end with the
 * day's, so the middle one decides ("the quarter ended July 31" runs May to July: the second).
 */
function quarterClosingOn(day: ParsingResult): { year: number; part: string } {
  const middle = new Date(Date.UTC(day.start.get("year")!, day.start.get("month")! - 2, 1));
  return { year: middle.getUTCFullYear(), part: `Q${Math.floor(middle.getUTCMonth() / 3) + 1}` };
}

/** The day of the latest result before index i that fixes one on or after `from`, or null. */
function latestDayFrom(results: ParsingResult[], i: number, from: Date): Date | null {
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const c = results[j]!.start;
    if (!c.isCertain("day") && !c.isCertain("weekday")) continue;
    const day = utcDay(c.get("year")!, c.get("month")!, c.get("day")!);
    if (day >= from) return day;
  }
  return null;
}

/** Whether a result fills its line, with nothing but blanks around it. */
function isOwnLine(text: string, r: ParsingResult): boolean {
  let from = r.index;
  while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
  let to = r.index + r.text.length;
  while (to < text.length && (text[to] === " " || text[to] === "\t")) to++;
  return (from === 0 || text[from - 1] === LINE_BREAK) && (to === text.length || text[to] === LINE_BREAK);
}

export class AnchorRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    const dropped = new Set<ParsingResult>();
    results.forEach((r, i) => {
      const tags = r.tags();
      const anchor = tagValue(tags, ANCHOR);
      // "a year ago" right after a quarter is that quarter a year before.
      if (tags.has(YEAR_BEFORE) && i > 0) {
        const previous = comparedWith(context.text, results, i);
        const part = quarterOf(previous);
        if (part && !quarterOf(r) && r.index - previous.index < COMPARED_WITHIN && (anchor === null || !anchor.startsWith("quarter"))) {
          // After "the year-ago quarter", "a year ago" is that same quarter.
          const sameYear = previous.tags().has(YEAR_BEFORE);
          if (monthsBetween(context.text, previous, r)) r.start.assign("year", previous.start.get("year")! - (sameYear ? 0 : 1));
          else assignQuarter(r, { year: previous.start.get("year")!, part }, sameYear ? 0 : -QUARTERS_IN_YEAR);
          return;
        }
        // "exports fell 1.4% in October from a year earlier": the whole month just told in its sentence,
        // a year before; not the end of a span ("the six months to September", "by mid-November": that year).
        if (!part && YEAR_BACK.test(r.text) && granularity(previous) === "month" && WHOLE_MONTH.test(previous.text) && !crossesSentence(context.text, previous, r) &&
          !SPAN_BEFORE.test(context.text.slice(Math.max(0, previous.index - SPAN_REACH), previous.index))) {
          r.start.assign("year", previous.start.get("year")! - 1);
          r.start.assign("month", previous.start.get("month")!);
          return;
        }
      }
      // A clock time alone ("at 10:35 a.m.") is on the day the text told last; one on a line of its
      // own is a post's time stamp (a live blog's "08:30 GMT"), on the reference day as it stands.
      if (anchor === null && r.start.isOnlyTime() && !isOwnLine(context.text, r)) {
        const day = latestBefore(results, i, "day");
        // A clock told after midnight is on the day that midnight opens ("walked out at midnight ... by 7am").
        const told = day ? addDays(utcDay(day.start.get("year")!, day.start.get("month")!, day.start.get("day")!), day.start.get("hour") === MIDNIGHT ? 1 : 0) : null;
        // A clock in a past sentence is on no day ahead ("Fares will rise from January 1, it said at
        // 10 a.m.": today), and a past midnight closed no later than yesterday (today's is yet to come).
        const midnight = r.start.get("hour") === MIDNIGHT;
        const direction = (): string | null => directionAt(context.text, r.index, r.index + r.text.length);
        const past = (told === null ? midnight : told > ref || (midnight && told >= ref)) && direction() === "past";
        // A clock in a future sentence is on no day behind: the latest day told ahead, else today
        // ("the parade next Saturday, the chief said on Monday. It starts at 5 p.m.": Saturday).
        const future = !past && !midnight && told !== null && told < ref && direction() === "future";
        if (past || future) {
          assignDay(r.start, future ? latestDayFrom(results, i, ref) ?? ref : midnight ? addDays(ref, -1) : ref);
          r.addTag(RELATIVE);
        } else if (day && told) {
          assignDay(r.start, told);
          // "from 6 a.m. to 9 a.m." ends on the same day, "from 10 p.m. to 2 a.m." on the next.
          if (r.end?.isOnlyTime()) assignDay(r.end, addDays(told, r.end.get("hour")! < r.start.get("hour")! ? 1 : 0));
          if (day.tags().has(RELATIVE)) r.addTag(RELATIVE);
        }
        return;
      }
      if (anchor === null) return;
      const [unit, offsetText] = anchor.split("/") as [Unit, string | undefined];
      const offset = Number(offsetText ?? 0);
      if (unit === "quarter") {
        // "the latest quarter" and "the quarter ended Oct. 26" are one that has ended, if the text told of one (a fiscal "fourth quarter" may not have);
        // so is "the quarter" a past sentence reports ("revenue had grown in the quarter"), not one a forecast named before it.
        const past = directionAt(context.text, r.index, r.index + r.text.length) === "past";
        const ended = tags.has(ENDED_QUARTER) || closesOn(context.text, r, results[i + 1], ENDED_ON) || (offset === 0 && past);
        // A past sentence counts from no quarter of a stated year still to come ("sales rose 14% in the previous
        // quarter" after "loses its patent in the first quarter of 2028"): it tells of the quarters behind.
        const told = latestBefore(results, i, unit);
        const aheadOfPast = past && !isComparison(r) && told !== undefined && quarterOf(told) && YEAR_NUMBER.test(told.text) && !endedBy(told, ref);
        const previous = (isComparison(r) ? reportedQuarter(results, i, ref) : undefined) ?? (ended ? latestBefore(results, i, unit, ref) : undefined) ?? (aheadOfPast ? undefined : told);
        // With no quarter told, a comparison a year back is still last year ("the same period last year").
        if (!previous && tags.has(YEAR_BEFORE)) r.start.assign("year", ref.getUTCFullYear() - 1);
        else if (!previous && tags.has(NEEDS_QUARTER)) dropped.add(r);
        else {
          // With no quarter told, one closed by a day told right after it is the quarter of that day ("the quarter ended July 31").
          const closing = !previous && offset === 0 && closesOn(context.text, r, results[i + 1], CLOSING_ON) ? results[i + 1]! : undefined;
          const from = previous ? { year: previous.start.get("year")!, part: quarterOf(previous)! } : closing ? quarterClosingOn(closing) : lastEndedQuarter(ref);
          const stated = r.start.isCertain("year") ? r.start.get("year")! : null;
          // With no quarter told, "the previous quarter" is the one before the current: the last ended.
          const shift = !previous && tags.has(BEFORE_TOLD) ? offset + 1 : offset;
          if (previous && isComparison(r) && monthsBetween(context.text, previous, r)) r.start.assign("year", stated ?? from.year + offset / QUARTERS_IN_YEAR);
          else assignQuarter(r, stated === null ? from : { ...from, year: stated }, stated === null ? shift : 0);
        }
        return;
      }
      const part = tagValue(tags, PERIOD_PART);
      // "by the end of the year" in a future sentence is the reference's year, whatever came before.
      const ahead = part !== null && directionAt(context.text, r.index, r.index + r.text.length) === "future";
      // "the year" names the one told in its own paragraph; after a paragraph break it is the article's ("at the start of the year").
      const told = ahead ? undefined : latestBefore(results, i, unit);
      const previous = unit === "year" && told && context.text.slice(told.index + told.text.length, r.index).includes(LINE_BREAK) ? undefined : told;
      const base = previous ? utcDay(previous.start.get("year")!, previous.start.get("month") ?? 1, previous.start.get("day") ?? 1) : ref;
      if (part !== null) {
        placePeriodPart(r.start, part, base.getUTCFullYear(), unit === "month" ? base.getUTCMonth() + 1 : null);
        return;
      }
      const inYear = Number(tagValue(tags, IN_YEAR) ?? NaN);
      if (unit === "day" || unit === "week") {
        const day = addDays(base, offset * (unit === "week" ? 7 : 1));
        // "the same week of 2025": the week of that number in the year named.
        assignDay(r.start, unit === "week" && inYear ? weekMonday(inYear, Number(weekValue(day).slice(-2))) : day);
        if (unit === "week") r.addTag(WEEK);
      } else if (unit === "month") {
        const d = new Date(Date.UTC(inYear || base.getUTCFullYear(), base.getUTCMonth() + offset, 1));
        r.start.assign("year", d.getUTCFullYear());
        r.start.assign("month", d.getUTCMonth() + 1);
      } else {
        r.start.assign("year", base.getUTCFullYear() + offset);
      }
    });
    return dropped.size === 0 ? results : results.filter((r) => !dropped.has(r));
  }
}
