// Tags the date parsers and refiners put on chrono results, read by timexValue to write the
// TIMEX3 value. chrono's own components carry year, month, day and time; these add the rest.

/** The value is counted from the reference date (or from an earlier date in the text). */
export const RELATIVE = "timex/relative";
/** A rolling or vague stretch ("recent months", "the past week"): no calendar value. */
export const VAGUE = "timex/vague";
/** The value is the ISO week of the day the components hold. */
export const WEEK = "timex/week";
/** The value is the weekend of the week of the day the components hold: "2025-W21-WE". */
export const WEEKEND = "timex/weekend";
/** The value is the UTC instant ("2 hours ago"). */
export const INSTANT = "timex/instant";
/** The value is the decade of the year ("199" for the 1990s). */
export const DECADE = "timex/decade";
/** The value is the century of the year ("19" for the 20th century). */
export const CENTURY = "timex/century";
/** Prefix: a code appended to the year ("2025-WI", "2025-Q3", "2025-H1"). */
export const YEAR_PART = "timex/year-part/";
/** Prefix: a part of the day appended to the day ("2025-09-19TNI"). */
export const DAY_PART = "timex/day-part/";
/** Prefix: counted from the previous date in the text ("the following day"): unit and offset. */
export const ANCHOR = "timex/anchor/";

/** Prefix: the anchored week or month moved into this year ("the same week of 2025"). */
export const IN_YEAR = "timex/in-year/";

/** "a year ago" or "year-earlier": the quarter just reported, a year before, when there is one. */
export const YEAR_BEFORE = "timex/year-before";

/** The suffix of the first tag with a prefix, or null. */
export function tagValue(tags: Set<string>, prefix: string): string | null {
  for (const t of tags) if (t.startsWith(prefix)) return t.slice(prefix.length);
  return null;
}
