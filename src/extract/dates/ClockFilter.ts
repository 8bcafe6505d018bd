// Drops chrono's clock readings that are no time of day, before any merge glues them to a date
// nearby ("The score was 24. On Friday" would become one expression and be lost whole): bare
// numbers ("755 a" from "£1,755 a year", "at 10") and times taken ("ran 3:48.68", "won in 2:03:45");
// and a clock of a set ("open until 9 p.m. on weekdays", "at 6 a.m. daily"), which is no date.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/** What a clock time holds: "10:30", "3 p.m.", "o'clock", "noon". */
export const CLOCK = /\d:\d|\d\s*[ap]\.?m\b|o'clock|noon|midnight/i;
// A bare clock with seconds ("2:03:45") or with a fraction after it ("3:48.68").
const WITH_SECONDS = /^\d{1,2}:\d\d:\d\d$/;
const FRACTION_AFTER = /^[.,]\d/;
const AT_BEFORE = /\bat\s+$/i;

/** "ran 3:48.68", "won in 2:03:45": a time taken, not a time of day, unless "at" sets it. */
function isRaceTime(text: string, r: ParsingResult): boolean {
  if (FRACTION_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 2))) return true;
  return WITH_SECONDS.test(r.text) && !AT_BEFORE.test(text.slice(Math.max(0, r.index - 4), r.index));
}

// Words after a clock that make it a time of every such day.
const SET_AFTER = /^\s+(?:on\s+(?:weekdays|weekends|weeknights)|(?:every|each)\s+(?:day|night|morning|evening|weekday)|daily|nightly)\b/i;
const SET_REACH = 20;

/** "until 9 p.m. on weekdays", "at 6 a.m. daily": a clock time of a set. */
const isSetClock = (text: string, r: ParsingResult): boolean => SET_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + SET_REACH));

export class ClockFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // The text test first: building a result's tags costs more.
    return results.filter((r) => (CLOCK.test(r.text) && !isRaceTime(context.text, r) && !isSetClock(context.text, r)) || !r.tags().has("parser/ENTimeExpressionParser"));
  }
}
