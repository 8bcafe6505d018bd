// "April 24 and 25": a day number listed after a month's day is a day of that month, a date of its
// own ("May 7-8", a range, is one date).
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

// The listed day, not followed by a word it would count ("April 24 and 25 people") or more digits.
const LISTED_DAY = /^(\s+(?:and|&|or)\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*%|\s+(?!(?:in|at|on|to|when|with|for|by|and|or|at)\b)\p{Ll})/u;

export class DayListRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const added: ParsingResult[] = [];
    for (const r of results) {
      if (!r.start.isCertain("month") || !r.start.isCertain("day") || r.end || r.start.isCertain("hour")) continue;
      const end = r.index + r.text.length;
      const m = LISTED_DAY.exec(context.text.slice(end, end + 16));
      const day = Number(m?.[2]);
      if (!m || day < 1 || day > 31 || day <= r.start.get("day")!) continue;
      const listed = context.createParsingResult(end + m[1]!.length, m[0].slice(m[1]!.length), { month: r.start.get("month")!, day });
      if (r.start.isCertain("year")) listed.start.assign("year", r.start.get("year")!);
      added.push(listed);
    }
    return added.length === 0 ? results : [...results, ...added].sort((a, b) => a.index - b.index);
  }
}
