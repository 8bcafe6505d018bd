// Places weekdays, months and month-days without a year on the calendar: in a past-tense
// sentence the latest one up to the reference day, in a future-tense one the next one from it.
// News is told in the past, so that is the default. "last Friday" keeps chrono's day; "next Monday"
// is the first Monday after the reference day.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, utcDay } from "../../timex.js";
import { assignDay, referenceDay } from "./components.js";
import { type Direction, directionAt, isAheadNounAt, isEndpointAt } from "./tense.js";
import { ANCHOR, RELATIVE, tagValue } from "./tags.js";
import { framingYear } from "./year-frame.js";

const HALF_YEAR = 6;
const DAYS_IN_WEEK = 7;
// "since" before a month looks back whatever else the sentence says ("risen since November").
const SINCE = /(?:^|[^A-Za-z])since\s+$/i;
const EXPLICIT = /\b(?:last|next|this|past|coming)\b/i;
// "next Saturday" is the coming one, as "last Friday" is the latest one before: chrono reads the one
// of next week ("next Saturday" written on a Wednesday was ten days on, not three).
const NEXT = /^next\s/i;
// A month before a noun of numbers reported names the period they cover, not the verb's time: the
// nearest such month ("November data will be released on Dec. 17", written in December).
const REPORTED_AFTER = /^\s+(?:data|figures|numbers|statistics|readings?|minutes)\b/i;
const REPORTED_REACH = 12;

/**
 * The weekday (0 = Sunday) on or before the reference day, or on or after it: news names the
 * day it is written on by its weekday too ("lands in Kenya later on Friday", written on a Friday).
 */
function placeWeekday(ref: Date, weekday: number, direction: Direction): Date {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  return direction === "past" ? addDays(ref, -back) : addDays(ref, (weekday - ref.getUTCDay() + 7) % 7);
}

/**
 * The year of a month (and day): in a past-tense sentence a later month than the reference's is
 * last year's, in a future-tense one an earlier month is next year's, and with no tense the one
 * nearest the reference (a report of "Nov. 20" written on Nov. 2, of "January" written in November).
 * Months, not days, are compared.
 */
function placeYear(ref: Date, month: number, direction: Direction | null, since: boolean): number {
  const year = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  // The month after the reference's is the coming one whatever the verb's tense ("the board said
  // the dividend is paid on Dec. 7", written in November): eleven months back is "last December".
  if (!since && month === (refMonth % 12) + 1) return month === 1 ? year + 1 : year;
  if (direction === "past") return month > refMonth ? year - 1 : year;
  if (direction === "future") return month < refMonth ? year + 1 : year;
  // Nearest, and the earlier of two as near, as news tells of the past more often.
  if (month - refMonth > HALF_YEAR) return year - 1;
  return refMonth - month > HALF_YEAR ? year + 1 : year;
}

/** The year of a month without one at text[start, end), by the tense of its sentence. */
export function monthYearAt(text: string, ref: Date, month: number, start: number, end: number): number {
  const told = isEndpointAt(text, start) || REPORTED_AFTER.test(text.slice(end, end + REPORTED_REACH)) ? null : directionAt(text, start, end);
  // The past tense of a report says nothing of what its bookings are for; a future one still looks ahead.
  const direction = told === "past" && isAheadNounAt(text, start) ? null : told;
  return placeYear(ref, month, direction, SINCE.test(text.slice(Math.max(0, start - 7), start)));
}

export class TenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    const placed = new Set<ParsingResult>();
    for (const r of results) {
      const s = r.start;
      const weekday = s.isCertain("weekday") && !s.isCertain("day");
      if (!weekday && !(s.isCertain("month") && !s.isCertain("year"))) continue;
      if (tagValue(r.tags(), ANCHOR) !== null) continue;
      if (weekday) {
        const day = NEXT.test(r.text)
          ? addDays(ref, ((s.get("weekday")! - ref.getUTCDay() + DAYS_IN_WEEK - 1) % DAYS_IN_WEEK) + 1)
          : EXPLICIT.test(r.text)
          ? utcDay(s.get("year")!, s.get("month")!, s.get("day")!)
          : placeWeekday(ref, s.get("weekday")!, directionAt(context.text, r.index, r.index + r.text.length) ?? "past");
        assignDay(s, day);
        r.addTag(RELATIVE);
        if (!EXPLICIT.test(r.text)) placed.add(r);
      } else {
        // A year opening the sentence places its month, unless the month lies ahead of it ("In 2019, it said it would list in January").
        const frame = framingYear(context.text, results, r);
        const framed = frame !== null && directionAt(context.text, r.index, r.index + r.text.length) !== "future" ? frame : null;
        s.assign("year", framed ?? monthYearAt(context.text, ref, s.get("month")!, r.index, r.index + r.text.length));
        if (r.end && !r.end.isCertain("year")) r.end.assign("year", s.get("year")!);
        r.addTag(RELATIVE);
        placed.add(r);
      }
    }
    const ordered = [...results].sort((a, b) => a.index - b.index);
    for (let i = 0; i + 1 < ordered.length; i++) if (placed.has(ordered[i]!)) orderStretch(context.text, ordered[i]!, ordered[i + 1]!, ref);
    return results;
  }
}

// "between January and October", "from March to May", "between Friday and Sunday": a stretch's first
// month or weekday, placed by the tense, comes before its last.
const STRETCH_OPEN = /(?:^|[^A-Za-z])(?:between|from)\s+$/i;
const STRETCH_JOIN = /^\s*(?:and|to|until|through|[-–])\s*$/i;

/**
 * Moves the first month of a stretch into the year before its last one when the tense put it after
 * ("between January and October", written in December); of two weekdays, the first into the week
 * before ("between Friday and Sunday", written on a Friday), or the last into the week after when it
 * lies ahead ("will run from Friday to Monday", written on a Saturday).
 */
function orderStretch(text: string, first: ParsingResult, last: ParsingResult, ref: Date): void {
  if (!last.start.isCertain("month") || !STRETCH_OPEN.test(text.slice(Math.max(0, first.index - 9), first.index))) return;
  if (!STRETCH_JOIN.test(text.slice(first.index + first.text.length, last.index))) return;
  const a = first.start;
  const b = last.start;
  if (a.isCertain("weekday") !== b.isCertain("weekday")) return;
  if (a.isCertain("weekday")) {
    const [from, to] = [a, b].map((c) => utcDay(c.get("year")!, c.get("month")!, c.get("day")!));
    if (from! <= to!) return;
    if (to! >= ref) assignDay(b, addDays(to!, DAYS_IN_WEEK));
    else assignDay(a, addDays(from!, -DAYS_IN_WEEK));
    return;
  }
  const [month, lastMonth, lastYear] = [a.get("month")!, b.get("month")!, b.get("year")!];
  if (a.get("year")! * 12 + month > lastYear * 12 + lastMonth) a.assign("year", month > lastMonth ? lastYear - 1 : lastYear);
}
