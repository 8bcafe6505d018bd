// "2 hours ago", "a day ago", "two weeks ago": counted back from the reference at the
// granularity of the unit (an instant for hours, a day, a week, a month, a year).
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { agoUnit, countOf } from "../../timex.js";
import { END, START } from "./components.js";
import { INSTANT, RELATIVE, VAGUE, WEEK } from "./tags.js";

const COUNT = "\\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several|a\\s+couple\\s+of";
const PATTERN = new RegExp(`${START}(${COUNT})\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago${END}`, "iu");
const COUNT_GROUP = 1;
const UNIT_GROUP = 2;

export class AgoParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const unit = agoUnit(match[UNIT_GROUP]!);
    if (!unit) return null;
    const count = countOf(match[COUNT_GROUP]!.replace(/\s+/g, " "));
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
    if (unit !== "year") c.assign("month", d.getUTCMonth() + 1);
    if (unit === "day" || unit === "week") c.assign("day", d.getUTCDate());
    return unit === "week" ? c.addTag(WEEK) : c;
  }
}
