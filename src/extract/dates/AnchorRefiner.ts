// Resolves expressions counted from the date the text mentioned last ("the following day" after
// "June 7", "the final week of the month" after "in May"); with no such date, from the reference.
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, utcDay } from "../../timex.js";
import { assignDay, referenceDay } from "./components.js";
import { PERIOD_PART, placePeriodPart } from "./PeriodPartParser.js";
import { ANCHOR, WEEK, tagValue } from "./tags.js";
import { directionAt } from "./tense.js";

type Unit = "day" | "week" | "month" | "year";

/** The finest unit a result's components fix, or null when they fix none. */
function granularity(c: ParsingComponents): Unit | null {
  if (c.isCertain("day")) return "day";
  if (c.isCertain("month")) return "month";
  return c.isCertain("year") ? "year" : null;
}

const FINER: Record<Unit, Unit[]> = { day: ["day"], week: ["day"], month: ["day", "month"], year: ["day", "month", "year"] };

// How far back an anchor is looked for, which keeps the refiner linear on date-dense input.
const LOOK_BACK = 40;

/** The latest result before index i that fixes the unit (a day for "the following day"). */
function latestBefore(results: ParsingResult[], i: number, unit: Unit): ParsingResult | undefined {
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const p = results[j]!;
    // Vague results fix no unit; resolved anaphora may anchor the next ("the next day" again).
    const g = granularity(p.start);
    if (g !== null && FINER[unit].includes(g)) return p;
  }
  return undefined;
}

export class AnchorRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    results.forEach((r, i) => {
      const anchor = tagValue(r.tags(), ANCHOR);
      if (anchor === null) return;
      const [unit, offsetText] = anchor.split("/") as [Unit, string | undefined];
      const offset = Number(offsetText ?? 0);
      const part = tagValue(r.tags(), PERIOD_PART);
      // "by the end of the year" in a future sentence is the reference's year, whatever came before.
      const ahead = part !== null && directionAt(context.text, r.index, r.index + r.text.length) === "future";
      const previous = ahead ? undefined : latestBefore(results, i, unit);
      const base = previous ? utcDay(previous.start.get("year")!, previous.start.get("month") ?? 1, previous.start.get("day") ?? 1) : ref;
      if (part !== null) {
        placePeriodPart(r.start, part, base.getUTCFullYear(), unit === "month" ? base.getUTCMonth() + 1 : null);
        return;
      }
      if (unit === "day" || unit === "week") {
        assignDay(r.start, addDays(base, offset * (unit === "week" ? 7 : 1)));
        if (unit === "week") r.addTag(WEEK);
      } else if (unit === "month") {
        const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + offset, 1));
        r.start.assign("year", d.getUTCFullYear());
        r.start.assign("month", d.getUTCMonth() + 1);
      } else {
        r.start.assign("year", base.getUTCFullYear() + offset);
      }
    });
    return results;
  }
}
