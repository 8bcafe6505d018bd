// "2 hours ago", "2h ago", "a day ago", "two weeks ago", "a week or so ago", "a fortnight ago", "a decade ago": counted back from the reference at
// the granularity of the unit (an instant for hours, a day, a week, a month, a year).
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";
import { agoUnit, countOf } from "../../timex.js";
import { END, START, wordsBefore } from "./components.js";
import { INSTANT, RELATIVE, VAGUE, WEEK, YEAR_BEFORE } from "./tags.js";

const COUNT = "\\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several|a\\s+couple\\s+of";
// Keyed on "ago"; the count and unit before it are read with wordsBefore.
const PATTERN = new RegExp(`${START}ago${END}`, "i");
// A number glued to a unit's letter is how pages print an age ("2h ago", "3d ago", "2mo ago").
const BEFORE = new RegExp(`(?:(${COUNT})\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|decades?)|(\\d{1,2})(mo|[mhdwy]))(?:\\s+or\\s+so)?\\s+$`, "i");
const COUNT_GROUP = 1;
const UNIT_GROUP = 2;
const COMPACT_COUNT_GROUP = 3;
const COMPACT_UNIT_GROUP = 4;

export class AgoParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const before = wordsBefore(context.text, match.index!, BEFORE);
    if (!before) return null;
    const c = this.components(context, before.match);
    return c && context.createParsingResult(before.start, match.index! + match[0].length, c);
  }

  private components(context: ParsingContext, match: RegExpExecArray): ParsingComponents | null {
    const unitText = match[UNIT_GROUP] ?? match[COMPACT_UNIT_GROUP]!;
    // Decades count back in years, fortnights in weeks ("a fortnight ago" is two weeks ago).
    const decades = /^decade/i.test(unitText);
    const fortnights = /^fortnight/i.test(unitText);
    const unit = decades ? "year" : fortnights ? "week" : agoUnit(unitText);
    if (!unit) return null;
    const count = countOf((match[COUNT_GROUP] ?? match[COMPACT_COUNT_GROUP]!).replace(/\s+/g, " ")) * (decades ? 10 : fortnights ? 2 : 1);
    const c = context.createParsingComponents();
    c.addTag(RELATIVE);
    // "a few days ago", "several weeks ago": no count, so no calendar value.
    if (!Number.isFinite(count)) return c.addTag(VAGUE);
    const d = new Date(context.reference.instant.getTime());
    switch (unit) {
      case "second": case "minute": case "hour": {
        const ms = { second: 1000, minute: 60000, hour: 3600000 }[unit];
        const t = new Date(d.getTime() - count * ms);
        for (const [k, v] of [["year", t.getUTCFullYear()], ["month", t.getUTCMonth() + 1], ["day", t.getUTCDate()], ["hour", t.getUTCHours()], ["minute", t.getUTCMinutes()], ["second", t.getUTCSeconds()]] as const) c.assign(k, v);
        return c.addTag(INSTANT);
      }
      case "day": case "week": d.setUTCDate(d.getUTCDate() - count * (unit === "week" ? 7 : 1)); break;
      case "month": d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() - count); break;
      case "year": d.setUTCFullYear(d.getUTCFullYear() - count); break;
    }
    c.assign("year", d.getUTCFullYear());
    if (unit === "year" && count === 1) c.addTag(YEAR_BEFORE);
    if (unit !== "year") c.assign("month", d.getUTCMonth() + 1);
    if (unit === "day" || unit === "week") c.assign("day", d.getUTCDate());
    return unit === "week" ? c.addTag(WEEK) : c;
  }
}
