// chrono's date-and-time merge ("Friday at 3 p.m."), kept from results that hold no calendar
// fields of their own yet ("the following day", "recent months"): chrono would take them for a
// clock time and glue them to the date before ("March 3. Two days later").
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { ANCHOR, VAGUE, tagValue } from "./tags.js";

const isTimeless = (r: ParsingResult): boolean => {
  const tags = r.tags();
  return tags.has(VAGUE) || tagValue(tags, ANCHOR) !== null;
};

export class DateTimeMergeRefiner implements Refiner {
  constructor(private readonly merge: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const timeless = new Set(results.filter(isTimeless));
    if (timeless.size === 0) return this.merge.refine(context, results);
    const merged = this.merge.refine(context, results.filter((r) => !timeless.has(r)));
    return [...merged, ...timeless].sort((a, b) => a.index - b.index);
  }
}
