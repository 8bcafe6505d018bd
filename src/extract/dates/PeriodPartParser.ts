// A part of a month or year: "the final week of the month", "the first weekend of May",
// "the last day of 2024", "the end of the year"; the edges of a decade ("the end of the decade").
// "the month" names the month the text last mentioned, so those are placed by the anchor
// refiner with placePeriodPart.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { addDays, daysInMonth, utcDay } from "../../timex.js";
import { END, MONTH_NAME, START, assignDay, monthNumber, referenceDay } from "./components.js";
import { ANCHOR, CENTURY, DECADE, RELATIVE, WEEK, WEEKEND } from "./tags.js";
import { monthYearAt } from "./TenseRefiner.js";

const PATTERN = new RegExp(
  `${START}(?:the\\s+)?(?:(first|last|final|second|third|fourth|closing|opening)\\s+(week|weekend|day)|(end|start|beginning|middle))\\s+of\\s+` +
    `(?:(the|this|last|next)\\s+(week|month|year|decade|century)|(${MONTH_NAME})(?:\\s+(\\d{4}))?|(\\d{4}))${END}`,
  "i",
);
const ORDINAL_GROUP = 1;
const PART_UNIT_GROUP = 2;
const EDGE_GROUP = 3;
const PERIOD_MODIFIER_GROUP = 4;
const PERIOD_UNIT_GROUP = 5;
const MONTH_GROUP = 6;
const MONTH_YEAR_GROUP = 7;
const YEAR_GROUP = 8;

/** Prefix of the tag holding the part ("last-week", "first-day", "end-") for the anchor refiner. */
export const PERIOD_PART = "timex/period-part/";

const ORDINAL: Record<string, number> = { first: 1, opening: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1, closing: -1 };
const SATURDAY = 6;

/** Sets components to a part of a month (month 1-12) or of a year (month null). */
export function placePeriodPart(c: ParsingComponents, part: string, year: number, month: number | null): ParsingComponents {
  const [ordinal, unit] = part.split("-") as [string, string];
  const n = ORDINAL[ordinal];
  c.assign("year", year);
  if (n === undefined || !unit) {
    // "the end of May": TIMEX3 keeps the period's value (with a modifier this contract has no field for).
    if (month !== null) c.assign("month", month);
    return c;
  }
  const first = utcDay(year, month ?? 1, 1);
  const last = month === null ? utcDay(year, 12, 31) : utcDay(year, month, daysInMonth(year, month));
  let day: Date;
  if (unit === "day") day = n > 0 ? addDays(first, n - 1) : last;
  else if (unit === "weekend") {
    const firstSaturday = addDays(first, (SATURDAY - first.getUTCDay() + 7) % 7);
    const lastSaturday = addDays(last, -((last.getUTCDay() - SATURDAY + 7) % 7));
    day = n > 0 ? addDays(firstSaturday, 7 * (n - 1)) : lastSaturday;
    c.addTag(WEEKEND);
  } else {
    // A week belongs to the month holding most of it: the one with its 4th, or its last but 3, day.
    day = n > 0 ? addDays(first, 3 + 7 * (n - 1)) : addDays(last, -3);
    c.addTag(WEEK);
  }
  assignDay(c, day);
  return c;
}

export class PeriodPartParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const part = match[EDGE_GROUP] ? `${match[EDGE_GROUP].toLowerCase()}-` : `${match[ORDINAL_GROUP]!.toLowerCase()}-${match[PART_UNIT_GROUP]!.toLowerCase()}`;
    const c = context.createParsingComponents();
    const ref = referenceDay(context);
    const refYear = ref.getUTCFullYear();
    if (match[YEAR_GROUP]) return placePeriodPart(c, part, Number(match[YEAR_GROUP]), null);
    if (match[MONTH_GROUP]) {
      const month = monthNumber(match[MONTH_GROUP]);
      // Without a year, the month is placed by the tense, as a month alone is ("the end of July will be hot").
      const year = match[MONTH_YEAR_GROUP] ? Number(match[MONTH_YEAR_GROUP]) : monthYearAt(context.text, ref, month, match.index!, match.index! + match[0].length);
      if (!match[MONTH_YEAR_GROUP]) c.addTag(RELATIVE);
      return placePeriodPart(c, part, year, month);
    }
    const modifier = match[PERIOD_MODIFIER_GROUP]!.toLowerCase();
    const unit = match[PERIOD_UNIT_GROUP]!.toLowerCase();
    c.addTag(RELATIVE);
    if (unit === "week") {
      // Only the edges of a week make sense ("the end of the week"); its value is the week.
      if (!match[EDGE_GROUP]) return null;
      assignDay(c, addDays(ref, modifier === "last" ? -7 : modifier === "next" ? 7 : 0));
      return c.addTag(WEEK);
    }
    if (unit === "decade" || unit === "century") {
      // "by the end of the decade": an edge of the decade or century around the reference, with
      // its value (TIMEX3 has no field for the edge).
      if (!match[EDGE_GROUP]) return null;
      const step = unit === "decade" ? 10 : 100;
      c.assign("year", refYear + step * (modifier === "last" ? -1 : modifier === "next" ? 1 : 0));
      return c.addTag(unit === "decade" ? DECADE : CENTURY);
    }
    if (modifier === "the") return c.addTag(`${ANCHOR}${unit}`).addTag(`${PERIOD_PART}${part}`);
    const offset = modifier === "last" ? -1 : modifier === "next" ? 1 : 0;
    if (unit === "year") return placePeriodPart(c, part, refYear + offset, null);
    const d = new Date(Date.UTC(refYear, ref.getUTCMonth() + offset, 1));
    return placePeriodPart(c, part, d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
}
