// A month (or day) of the year around the reference: "in March last year", "on 3 June next
// year", "May of this year". chrono would read the month and "last year" as two dates.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, MONTH_NAME, START, monthNumber, referenceDay } from "./components.js";
import { RELATIVE } from "./tags.js";

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const PATTERN = new RegExp(`${START}(?:${DAY}\\s+(?:of\\s+)?)?(${MONTH_NAME})\\.?(?:\\s+${DAY})?\\s+(?:of\\s+)?(last|next|this)\\s+year${END}`, "i");
const DAY_BEFORE_GROUP = 1;
const MONTH_GROUP = 2;
const DAY_AFTER_GROUP = 3;
const MODIFIER_GROUP = 4;

const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

export class MonthOfYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const name = match[MONTH_GROUP]!;
    // Month names are capitalized; "may" and "march" in lower case are verbs ("may this year").
    if (!/^\p{Lu}/u.test(name)) return null;
    const day = Number(match[DAY_BEFORE_GROUP] ?? match[DAY_AFTER_GROUP] ?? NaN);
    if (day > 31) return null;
    const year = referenceDay(context).getUTCFullYear() + OFFSET[match[MODIFIER_GROUP]!.toLowerCase()]!;
    const c = context.createParsingComponents({ year, month: monthNumber(name) });
    if (Number.isInteger(day)) c.assign("day", day);
    return c.addTag(RELATIVE);
  }
}
