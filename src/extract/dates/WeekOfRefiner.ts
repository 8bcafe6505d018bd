// "the week of March 6": the ISO week of the day named, one expression; "the weekend of December
// 12-13": that week's weekend, in place of "the weekend" read alone.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { WEEK, WEEKEND } from "./tags.js";

const WEEK_OF_BEFORE = /\bthe\s+week(end)?\s+of\s+$/i;
const WEEKEND_GROUP = 1;
// Room for "the weekend of " before a day.
const LOOK_BEHIND = 19;

export class WeekOfRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const widened: ParsingResult[] = [];
    for (const r of results) {
      if (!r.start.isCertain("day") || r.start.isCertain("hour")) continue;
      const before = WEEK_OF_BEFORE.exec(context.text.slice(Math.max(0, r.index - LOOK_BEHIND), r.index));
      if (!before) continue;
      r.index -= before[0].length;
      r.text = before[0] + r.text;
      if (before[WEEKEND_GROUP]) {
        // The weekend's two days are the weekend, not an interval of days.
        r.end = undefined;
        r.addTag(WEEKEND);
      } else r.addTag(WEEK);
      widened.push(r);
    }
    // "the weekend" read alone inside a widened expression is part of it.
    return widened.length === 0 ? results : results.filter((r) => !widened.some((w) => w !== r && w.index <= r.index && r.index + r.text.length <= w.index + w.text.length));
  }
}
