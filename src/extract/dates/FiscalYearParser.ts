// A fiscal year by its label, as results tables print it: "FY2025", "FY 2026", "FY25". Its value is
// the calendar year it names, as "fiscal 2025" and "this fiscal year" are read (no fiscal calendar is known).
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END } from "./components.js";

const PATTERN = new RegExp(`\\bFY[\\s-]?((?:19|20)\\d\\d|\\d\\d)${END}`);
const YEAR_GROUP = 1;
// Two digits name this century's years up to this one, the last century's after it ("FY98").
const LAST_OF_THIS_CENTURY = 50;
const CENTURY = 100;

export class FiscalYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    const printed = Number(match[YEAR_GROUP]);
    const year = printed >= CENTURY ? printed : printed + (printed < LAST_OF_THIS_CENTURY ? 2000 : 1900);
    return context.createParsingComponents({ year });
  }
}
