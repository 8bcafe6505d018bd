// "last month", "this week", "next year", "earlier this month", "later this year", "last fiscal year": the calendar
// period around the reference. "the past week", "the last year" are rolling stretches, with no
// calendar value.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { addDays } from "../../timex.js";
import { END, START, dayComponents, referenceDay } from "./components.js";
import { CENTURY, DECADE, RELATIVE, VAGUE, WEEK, YEAR_PART } from "./tags.js";

// A fiscal year is named by the calendar year it mostly falls in, as TIMEX3 does ("this fiscal year" -> "2025").
const PATTERN = new RegExp(`${START}(?:(?:earlier|later)\\s+)?(this|last|next|past|previous|coming|current)\\s+((?:fiscal|calendar)\\s+)?(week|month|year|quarter|decade|century)${END}`, "i");
const MODIFIER_GROUP = 1;
const ACCOUNTING_GROUP = 2;
const UNIT_GROUP = 3;

const ROLLING_MODIFIERS = new Set(["last", "next", "coming"]);
const OFFSET: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1 };

export class RelativePeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    const modifier = match[MODIFIER_GROUP]!.toLowerCase();
    const unit = match[UNIT_GROUP]!.toLowerCase();
    // "the past week" rolls back from today rather than naming a calendar week, and so do "over
    // the last year" and "in the next month" with their article ("last year" alone is 2024);
    // "the last quarter", "the last century" and "the last fiscal year" name calendar ones.
    const index = match.index ?? 0;
    const rolling = ROLLING_MODIFIERS.has(modifier) && unit !== "quarter" && unit !== "century" && !match[ACCOUNTING_GROUP] && /(?:^|[^\p{L}])the\s+$/iu.test(context.text.slice(Math.max(0, index - 5), index));
    if (modifier === "past" || rolling) return context.createParsingComponents().addTag(RELATIVE).addTag(VAGUE);
    const offset = OFFSET[modifier]!;
    const ref = referenceDay(context);
    let c: ParsingComponents;
    if (unit === "week") {
      c = dayComponents(context, addDays(ref, 7 * offset)).addTag(WEEK);
    } else if (unit === "month") {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + offset, 1));
      c = context.createParsingComponents({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
    } else if (unit === "quarter") {
      const q = Math.floor(ref.getUTCMonth() / 3) + offset;
      const year = ref.getUTCFullYear() + Math.floor(q / 4);
      c = context.createParsingComponents({ year }).addTag(`${YEAR_PART}Q${(((q % 4) + 4) % 4) + 1}`);
    } else {
      const step = unit === "decade" ? 10 : unit === "century" ? 100 : 1;
      c = context.createParsingComponents({ year: ref.getUTCFullYear() + step * offset });
      if (unit === "decade") c.addTag(DECADE);
      if (unit === "century") c.addTag(CENTURY);
    }
    return c.addTag(RELATIVE);
  }
}
