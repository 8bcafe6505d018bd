// chrono's weekday parser also reads "weekend" and "weekday" as a day ("On this weekend" a
// Saturday), and its longer span would then push out the weekend parser's "this weekend" (a
// week's "-WE"): dropped before overlaps are settled. "a weekday" names no day at all.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { WEEKEND } from "./tags.js";

const WEEK_WORD = /\bweek(?:end|day)\b/i;

export class WeekWordFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // The text test first: building a result's tags costs more.
    // chrono tags none of its weekdays; the weekend parser's own results carry the weekend tag.
    return results.filter((r) => !WEEK_WORD.test(r.text) || !r.start.isCertain("weekday") || r.tags().has(WEEKEND));
  }
}
