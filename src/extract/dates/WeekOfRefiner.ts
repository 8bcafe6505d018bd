// "the week of March 6": the ISO week of the day named, one expression.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { WEEK } from "./tags.js";

const WEEK_OF_BEFORE = /\bthe\s+week\s+of\s+$/i;
// Room for "the week of " before a day.
const LOOK_BEHIND = 16;

export class WeekOfRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!r.start.isCertain("day") || r.start.isCertain("hour")) continue;
      const before = WEEK_OF_BEFORE.exec(context.text.slice(Math.max(0, r.index - LOOK_BEHIND), r.index));
      if (!before) continue;
      r.index -= before[0].length;
      r.text = before[0] + r.text;
      r.addTag(WEEK);
    }
    return results;
  }
}
