// Quarters and halves of a year, as business news counts them: "the third quarter" ->
// "2025-Q3", "Q1 2024" -> "2024-Q1", "the first half of 2024" -> "2024-H1".
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { START, referenceDay } from "./components.js";
import { RELATIVE, YEAR_PART } from "./tags.js";
import { directionAt } from "./tense.js";

// "last quarter" is the previous one (RelativePeriodParser); "final" names the fourth.
const ORDINAL = "first|second|third|fourth|final";
// Not before a hyphen: "the last quarter-century" is no quarter of a year.
const PATTERN = new RegExp(
  `${START}(?:(?:the\\s+)?(${ORDINAL})\\s+(quarter|half)(?:\\s+of\\s+(?:(\\d{4})|(?:the|this)\\s+year|(last|next)\\s+year))?|Q([1-4])(?:\\s+(\\d{4}))?)(?![\\w-])`,
  "i",
);
const ORDINAL_GROUP = 1;
const UNIT_GROUP = 2;
const YEAR_GROUP = 3;
const YEAR_MODIFIER_GROUP = 4;
const Q_GROUP = 5;
const Q_YEAR_GROUP = 6;

const NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

export class QuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const half = match[UNIT_GROUP]?.toLowerCase() === "half";
    const ordinal = match[ORDINAL_GROUP]?.toLowerCase();
    const n = match[Q_GROUP] ? Number(match[Q_GROUP]) : NUMBER[ordinal!] ?? (half ? 2 : 4);
    if (half && n > 2) return null;
    const stated = match[YEAR_GROUP] ?? match[Q_YEAR_GROUP];
    const ref = referenceDay(context);
    const c = context.createParsingComponents();
    if (stated) c.assign("year", Number(stated));
    else {
      // Without a year: the reference's year (or the one named relative to it); in past-tense
      // copy a quarter that has not begun yet is last year's ("profit rose in the third quarter").
      const modifier = match[YEAR_MODIFIER_GROUP]?.toLowerCase();
      const firstMonth = half ? 6 * (n - 1) + 1 : 3 * (n - 1) + 1;
      const notBegun = !modifier && firstMonth > ref.getUTCMonth() + 1;
      const past = notBegun && (directionAt(context.text, match.index!, match.index! + match[0].length) ?? "past") === "past";
      c.assign("year", ref.getUTCFullYear() + (modifier === "last" || past ? -1 : modifier === "next" ? 1 : 0));
      c.addTag(RELATIVE);
    }
    return c.addTag(`${YEAR_PART}${half ? "H" : "Q"}${n}`);
  }
}
