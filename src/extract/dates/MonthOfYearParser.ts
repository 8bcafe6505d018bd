// A month (or day) of the year around the reference: "in March last year", "on 3 June next
// year", "May of this year", "last October", "this January", "next March". chrono would read the
// month and "last year" as two dates, and "last October" as October alone.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, MONTH_NAME, START, monthNumber, referenceDay } from "./components.js";
import { RELATIVE } from "./tags.js";

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const PATTERN = new RegExp(
  `${START}(?:(last|next|this(?:\\s+(?:past|coming))?)\\s+(${MONTH_NAME})\\b\\.?(?:\\s+${DAY})?(?!\\d)|(?:${DAY}\\s+(?:of\\s+)?)?(${MONTH_NAME})\\.?(?:\\s+${DAY})?\\s+(?:of\\s+)?(last|next|this)\\s+year)${END}`,
  "i",
);
const MONTH_MODIFIER_GROUP = 1;
const MODIFIED_MONTH_GROUP = 2;
const MODIFIED_DAY_GROUP = 3;
const DAY_BEFORE_GROUP = 4;
const MONTH_GROUP = 5;
const DAY_AFTER_GROUP = 6;
const YEAR_MODIFIER_GROUP = 7;

const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
// "this January" said in the last two months of a year is the coming one.
const TURN_OF_YEAR = 2;
const MONTHS_IN_YEAR = 12;

/** The year of "last October", "next March", "this January": the one before or after the reference month, or the reference's year. */
function modifiedMonthYear(modifier: string, month: number, ref: Date): number {
  const year = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  const words = modifier.split(/\s+/);
  const which = words[1] === "past" ? "last" : words[1] === "coming" ? "next" : words[0]!;
  if (which === "last") {
    // A plain "last" never names the month just ended, which news calls "last month": "last February" written in March is a year back ("this past February" is not).
    const back = (refMonth - month + MONTHS_IN_YEAR) % MONTHS_IN_YEAR || MONTHS_IN_YEAR;
    const monthsBack = back === 1 && words[0] === "last" ? back + MONTHS_IN_YEAR : back;
    return year + Math.floor((refMonth - monthsBack - 1) / MONTHS_IN_YEAR);
  }
  if (which === "next") return month > refMonth ? year : year + 1;
  return month <= TURN_OF_YEAR && refMonth > MONTHS_IN_YEAR - TURN_OF_YEAR ? year + 1 : year;
}

export class MonthOfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const name = match[MODIFIED_MONTH_GROUP] ?? match[MONTH_GROUP]!;
    // Month names are capitalized; "may" and "march" in lower case are verbs ("may this year").
    if (!/^\p{Lu}/u.test(name)) return null;
    // A stop and a capital end a sentence: "since August. Last year, ..." is two dates.
    if (/\.\s+\p{Lu}/u.test(match[0])) return null;
    const month = monthNumber(name);
    const ref = referenceDay(context);
    if (match[MONTH_MODIFIER_GROUP]) {
      const year = modifiedMonthYear(match[MONTH_MODIFIER_GROUP].toLowerCase(), month, ref);
      const c = context.createParsingComponents({ year, month }).addTag(RELATIVE);
      const day = Number(match[MODIFIED_DAY_GROUP] ?? NaN);
      if (day <= 31) c.assign("day", day);
      return c;
    }
    const day = Number(match[DAY_BEFORE_GROUP] ?? match[DAY_AFTER_GROUP] ?? NaN);
    if (day > 31) return null;
    const year = ref.getUTCFullYear() + OFFSET[match[YEAR_MODIFIER_GROUP]!.toLowerCase()]!;
    const c = context.createParsingComponents({ year, month });
    if (Number.isInteger(day)) c.assign("day", day);
    return c.addTag(RELATIVE);
  }
}
