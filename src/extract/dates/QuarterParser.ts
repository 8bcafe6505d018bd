// Quarters and halves of a year, as business news counts them: "the third quarter" ->
// "2025-Q3", "third-quarter profit", "the fiscal first quarter", "Q1 2024" -> "2024-Q1", "the
// first half of 2024" -> "2024-H1", "the 1988 second quarter", "next year's first quarter", "the
// year-ago third quarter" (the same quarter a year before).
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { START, referenceDay } from "./components.js";
import { RELATIVE, YEAR_BEFORE, YEAR_PART } from "./tags.js";
import { directionAt } from "./tense.js";

// "last quarter" is the previous one (RelativePeriodParser); "final" names the fourth; "the last
// half of 1989" and "the first two quarters of 1990" are halves.
const ORDINAL = "first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th";
// Not before a hyphen: "the last quarter-century" is no quarter of a year.
const PATTERN = new RegExp(
  `${START}(?:(?:the\\s+)?(?:(year-(?:ago|earlier))\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?:(\\d{4})\\s+|(last|next|this)\\s+year['’]s\\s+)?(?:fiscal[\\s-]+)?` +
    `(${ORDINAL})[\\s-]+(quarter|half|two\\s+quarters)(?:\\s+of\\s+(?:fiscal\\s+)?(?:(\\d{4})|(?:the|this)\\s+year|(last|next)\\s+year))?` +
    `|Q([1-4])(?:\\s+(\\d{4}))?` +
    // "the July-September quarter", "the April-June period": a quarter named by its first and last months.
    `|(?:the\\s+)?(jan(?:uary)?|apr(?:il)?|jul(?:y)?|oct(?:ober)?)[-–](mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\\s+(?:quarter|period)` +
    // "H1", "H2 2027": a half as results tables print it.
    `|(H)([12])(?:\\s+(\\d{4}))?` +
    // "the September quarter": a quarter named by its last month, as Australian and Indian results are.
    `|the\\s+(mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\\s+quarter)(?![\\w-])`,
  "i",
);
const YEAR_AGO_GROUP = 1;
const YEAR_BEFORE_GROUP = 2;
const YEARS_MODIFIER_GROUP = 3;
const ORDINAL_GROUP = 4;
const UNIT_GROUP = 5;
const YEAR_GROUP = 6;
const YEAR_MODIFIER_GROUP = 7;
const Q_GROUP = 8;
const Q_YEAR_GROUP = 9;
const FIRST_MONTH_GROUP = 10;
const LAST_MONTH_GROUP = 11;
const H_LETTER_GROUP = 12;
const H_GROUP = 13;
const H_YEAR_GROUP = 14;
const CLOSING_MONTH_GROUP = 15;
// What may follow a half printed "H1" with no year: a stop, a list, or a word of results ("H1 profit");
// "H2" before other words is hydrogen ("green H2 plants").
const AFTER_HALF = /^(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|profits?|revenues?|sales|results|earnings|operating|net|loss|losses|output)\b)/;
// The quarter each month that opens or closes one belongs to.
const QUARTER_OF_MONTH: Record<string, number> = { jan: 1, mar: 1, apr: 2, jun: 2, jul: 3, sep: 3, oct: 4, dec: 4 };

const NUMBER: Record<string, number> = { last: 4, latter: 4, final: 4, first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };
const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

export class QuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const monthNames = match[FIRST_MONTH_GROUP] ? [match[FIRST_MONTH_GROUP], match[LAST_MONTH_GROUP]!] : match[CLOSING_MONTH_GROUP] ? [match[CLOSING_MONTH_GROUP]] : null;
    const months = monthNames ? monthNames.map((m) => QUARTER_OF_MONTH[m.slice(0, 3).toLowerCase()]) : null;
    // "July-December" spans two quarters: no quarter.
    if (months && months.length === 2 && months[0] !== months[1]) return null;
    const printedHalf = match[H_GROUP];
    // A half printed "H1" is capitalized; one without a year only before a stop or a word of results.
    if (printedHalf && (match[H_LETTER_GROUP] !== "H" || (!match[H_YEAR_GROUP] && !AFTER_HALF.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12))))) return null;
    const half = !!printedHalf || /^(?:half|two)/i.test(match[UNIT_GROUP] ?? "");
    const ordinal = match[ORDINAL_GROUP]?.toLowerCase();
    const named = match[YEAR_GROUP] ?? match[YEAR_MODIFIER_GROUP] ?? /\s+of\s+/i.exec(match[0]);
    // "last" and "latter" name a part of a year only with "of": "last quarter" is the previous one.
    if ((ordinal === "last" || ordinal === "latter") && !named) return null;
    const closing = ordinal === "last" || ordinal === "latter" || ordinal === "final";
    const n = months ? months[0]! : match[Q_GROUP] ? Number(match[Q_GROUP]) : printedHalf ? Number(printedHalf) : half && closing ? 2 : NUMBER[ordinal!] ?? (half ? 2 : 4);
    if (half && n > 2) return null;
    const stated = match[YEAR_BEFORE_GROUP] ?? match[YEAR_GROUP] ?? match[Q_YEAR_GROUP] ?? match[H_YEAR_GROUP];
    const ref = referenceDay(context);
    const c = context.createParsingComponents();
    const yearAgo = match[YEAR_AGO_GROUP] ? 1 : 0;
    if (stated) c.assign("year", Number(stated) - yearAgo);
    else {
      // Without a year: the reference's year (or the one named relative to it); in past-tense
      // copy a quarter that has not begun yet is last year's ("profit rose in the third quarter"),
      // in future-tense copy one over for a quarter or more is next year's ("prices could rise in
      // the first quarter", written in December; the quarter just ended is still reported on).
      const modifier = (match[YEAR_MODIFIER_GROUP] ?? match[YEARS_MODIFIER_GROUP])?.toLowerCase();
      const refMonth = ref.getUTCMonth() + 1;
      const firstMonth = half ? 6 * (n - 1) + 1 : 3 * (n - 1) + 1;
      const notBegun = !modifier && firstMonth > refMonth;
      const longOver = !modifier && firstMonth + (half ? 5 : 2) + 3 < refMonth;
      const direction = notBegun || longOver ? directionAt(context.text, match.index!, match.index! + match[0].length) : null;
      const offset = modifier ? OFFSET[modifier]! : notBegun && (direction ?? "past") === "past" ? -1 : longOver && direction === "future" ? 1 : 0;
      c.assign("year", ref.getUTCFullYear() + offset - yearAgo);
      c.addTag(RELATIVE);
    }
    if (yearAgo) c.addTag(YEAR_BEFORE);
    return c.addTag(`${YEAR_PART}${half ? "H" : "Q"}${n}`);
  }
}
