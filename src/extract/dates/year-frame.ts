// A sentence that opens with a year sets the time of what it tells: a month named later in it without
// a year is in that year ("In 2019, sales peaked in June", "Two years ago nobody wanted jets in June").
import type { ParsingResult } from "chrono-node";
import { ANCHOR, CENTURY, DECADE, VAGUE, YEAR_PART, tagValue } from "./tags.js";
import { sentenceStartAt } from "./tense.js";

// What may stand between a sentence's start and the year that frames it: a quotation mark and a time
// preposition ("'In 2019, ..."); not "since", whose stretch runs on to the time of writing.
const FRAME_OPENING = /^\s*["'“‘]?\s*(?:(?:in|during|throughout)\s+)?$/i;

/** Whether a result names a whole year: not a month, quarter, season, decade or stretch of years, nor a year counted from a date told (placed later). */
function isWholeYear(r: ParsingResult): boolean {
  const tags = r.tags();
  const c = r.start;
  return c.isCertain("year") && !c.isCertain("month") && !c.isCertain("weekday") && !r.end &&
    tagValue(tags, YEAR_PART) === null && tagValue(tags, ANCHOR) === null && !tags.has(DECADE) && !tags.has(CENTURY) && !tags.has(VAGUE);
}

/** The year that opens the sentence of the result at `month` and frames it, or null. */
export function framingYear(text: string, results: ParsingResult[], month: ParsingResult): number | null {
  const opening = sentenceStartAt(text, month.index, month.index + month.text.length);
  if (opening === null) return null;
  let first: ParsingResult | undefined;
  for (const r of results) if (r.index >= opening && r.index < month.index && (!first || r.index < first.index)) first = r;
  return first && isWholeYear(first) && FRAME_OPENING.test(text.slice(opening, first.index)) ? first.start.get("year") : null;
}
