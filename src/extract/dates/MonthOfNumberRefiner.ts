// "convicted in May of 12 counts": chrono reads a one- or two-digit number after "of" as the
// year of a month; "calls rose in November, 9% more than": the number before a percent sign as
// its day. Before overlaps are resolved, the month is cut free (its year left to the tense
// refiner) and the number dropped, so that no merge glues it back as a clock time.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

const MONTH_OF_NUMBER = /^((?:(?:in|on|of|since|by|from|until)\s+)?(?:\d{1,2}\s+)?\p{L}+\.?)\s+of\s+\d{1,2}$/iu;
const MONTH_THEN_NUMBER = /^((?:(?:in|on|of|since|by|from|until)\s+)?\p{L}+\.?),?\s+\d{1,2}$/iu;
// A percentage is no day: "November, 9%", "May 4.5 percent".
const PERCENT_AFTER = /^(?:\.\d+)?\s*(?:%|per\s*cent\b|pc\b|pct\b|percentage\s+points?\b)/i;

/** The month's words of a result whose number is no day or year of it, or null. */
function monthAlone(text: string, r: ParsingResult): string | null {
  if (!r.start.isCertain("month")) return null;
  if (!r.start.isCertain("day")) return MONTH_OF_NUMBER.exec(r.text)?.[1] ?? null;
  if (r.start.isCertain("year")) return null;
  const month = MONTH_THEN_NUMBER.exec(r.text)?.[1];
  return month && PERCENT_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 20)) ? month : null;
}

export class MonthOfNumberRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const cut: Array<[number, number]> = [];
    const out = results.map((r) => {
      const month = monthAlone(context.text, r);
      if (!month) return r;
      cut.push([r.index + month.length, r.index + r.text.length]);
      return context.createParsingResult(r.index, month, { month: r.start.get("month")! });
    });
    if (cut.length === 0) return out;
    return out.filter((r) => !cut.some(([start, end]) => r.index >= start && r.index < end));
  }
}
