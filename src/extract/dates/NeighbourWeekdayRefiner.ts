// "the previous Friday", "the following Monday": the weekday just before or after the day the text
// told last ("closed lower on Friday, down 3% from the previous Friday" is a week earlier). With no
// day told, the weekday keeps the place its sentence's tense gave it.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, utcDay } from "../../timex.js";
import { latestBefore } from "./AnchorRefiner.js";
import { assignDay } from "./components.js";
import { ANCHOR, RELATIVE, tagValue } from "./tags.js";

const NEIGHBOUR_BEFORE = /\bthe\s+(previous|preceding|following)\s+$/i;
// Room for "the preceding " before a weekday.
const LOOK_BEHIND = 16;
const DAYS_IN_WEEK = 7;

export class NeighbourWeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach((r, i) => {
      // chrono's own "last Friday" or "next Monday" has no neighbour word; a weekday with its date ("Friday, June 13") is fixed.
      if (!r.start.isCertain("weekday") || tagValue(r.tags(), ANCHOR) !== null || /\d/.test(r.text)) return;
      const before = NEIGHBOUR_BEFORE.exec(context.text.slice(Math.max(0, r.index - LOOK_BEHIND), r.index));
      if (!before) return;
      r.index -= before[0].length;
      r.text = before[0] + r.text;
      const told = latestBefore(results, i, "day");
      if (!told) return;
      const base = utcDay(told.start.get("year")!, told.start.get("month")!, told.start.get("day")!);
      const weekday = r.start.get("weekday")!;
      const back = before[1]!.toLowerCase() !== "following";
      // Strictly before or after the day told: "the previous Friday" of a Friday is a week earlier.
      const step = back ? -(((base.getUTCDay() - weekday + DAYS_IN_WEEK) % DAYS_IN_WEEK) || DAYS_IN_WEEK) : ((weekday - base.getUTCDay() + DAYS_IN_WEEK) % DAYS_IN_WEEK) || DAYS_IN_WEEK;
      assignDay(r.start, addDays(base, step));
      if (told.tags().has(RELATIVE)) r.addTag(RELATIVE);
    });
    return results;
  }
}
