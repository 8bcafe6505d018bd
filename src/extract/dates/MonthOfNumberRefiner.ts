// "convicted in May of 12 counts": chrono reads a one- or two-digit number after "of" as the
// year of a month. Before overlaps are resolved, the month is cut free (its year left to the
// tense refiner) and the number dropped, so that no merge glues it back as a clock time.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

const MONTH_OF_NUMBER = /^((?:(?:in|on|of|since|by|from|until)\s+)?(?:\d{1,2}\s+)?\p{L}+\.?)\s+of\s+\d{1,2}$/iu;

export class MonthOfNumberRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const cut: Array<[number, number]> = [];
    const out = results.map((r) => {
      const month = MONTH_OF_NUMBER.exec(r.text)?.[1];
      if (!month || !r.start.isCertain("month") || r.start.isCertain("day")) return r;
      cut.push([r.index + month.length, r.index + r.text.length]);
      return context.createParsingResult(r.index, month, { month: r.start.get("month")! });
    });
    if (cut.length === 0) return out;
    return out.filter((r) => !cut.some(([start, end]) => r.index >= start && r.index < end));
  }
}
