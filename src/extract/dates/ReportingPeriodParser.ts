// The periods company results refer back to: "the quarter", "the latest quarter", "that quarter",
// "the latest period", "the year-ago quarter", "the 1988 period", "year-earlier profit", "the
// corresponding period last year", "last year's quarter", "the previous quarter". Each is the
// quarter the text reported, moved a year back for "year-ago" and one quarter back for "previous";
// the anchor refiner places them.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, START } from "./components.js";
import { ANCHOR, RELATIVE, YEAR_BEFORE } from "./tags.js";

// A period followed by "last year" or "a year ago" is the same period a year before, in one expression.
const PATTERN = new RegExp(
  `${START}(?:(?:(the|that)\\s+|(last\\s+year['’]s)\\s+)(?:(latest|most\\s+recent|same|comparable|corresponding|previous|preceding|prior)\\s+)?(?:(year-(?:ago|earlier))\\s+|(\\d{4})\\s+)?(quarter|period)` +
    `(?:(\\s+(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)))|(?<=same\\s+(?:quarter|period))\\s+(?:in|of)\\s+(\\d{4}))?|(year-(?:ago|earlier)))${END}`,
  "i",
);
const DETERMINER_GROUP = 1;
const LAST_YEARS_GROUP = 2;
const MODIFIER_GROUP = 3;
const YEAR_AGO_GROUP = 4;
const YEAR_GROUP = 5;
const NOUN_GROUP = 6;
const YEAR_AGO_AFTER_GROUP = 7;
// "the same period in 2024": the period reported, in the year named after it.
const YEAR_AFTER_GROUP = 8;
const BARE_YEAR_AGO_GROUP = 9;

/** Tag of a period that means nothing without a quarter before it ("the latest period"). */
export const NEEDS_QUARTER = "timex/needs-quarter";
/** Tag of "the latest quarter": a quarter that has ended, not one ahead the text mentioned. */
export const ENDED_QUARTER = "timex/ended-quarter";
/** Tag of "the previous quarter": the one before the quarter told, or before the current one. */
export const BEFORE_TOLD = "timex/before-told";
const QUARTERS_IN_YEAR = 4;

export class ReportingPeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const c = context.createParsingComponents().addTag(RELATIVE);
    if (match[BARE_YEAR_AGO_GROUP]) return c.addTag(`${ANCHOR}quarter/${-QUARTERS_IN_YEAR}`).addTag(YEAR_BEFORE);
    const noun = match[NOUN_GROUP]!.toLowerCase();
    const yearAgo = Boolean(match[YEAR_AGO_GROUP] ?? match[YEAR_AGO_AFTER_GROUP] ?? match[LAST_YEARS_GROUP]);
    const year = match[YEAR_GROUP] ?? match[YEAR_AFTER_GROUP];
    // "that period" and "the period" are too loose to read as a quarter.
    if (noun === "period" && !match[MODIFIER_GROUP] && !yearAgo && !year) return null;
    if (year && (match[DETERMINER_GROUP]?.toLowerCase() !== "the" || yearAgo)) return null;
    if (year) c.assign("year", Number(year));
    if (noun === "period" || year) c.addTag(NEEDS_QUARTER);
    if (/^(?:latest|most)/i.test(match[MODIFIER_GROUP] ?? "")) c.addTag(ENDED_QUARTER);
    if (yearAgo) c.addTag(YEAR_BEFORE);
    // "the previous quarter" after "the third quarter" is the second, as "the previous week" is anaphoric.
    const before = /^(?:previous|preceding|prior)$/i.test(match[MODIFIER_GROUP] ?? "");
    if (before) c.addTag(BEFORE_TOLD);
    return c.addTag(`${ANCHOR}quarter/${yearAgo ? -QUARTERS_IN_YEAR : before ? -1 : 0}`);
  }
}
