// The year a story is told in, named without a number: "the year", "the full year", "the fiscal
// year", "the current fiscal year", "year-end", "year's end" -> the reference's year ("since
// year-end" the year before, whose end it was); "the turn of the year" and "the new year" (in lower case: "New Year"
// is the holiday) -> the year that turn opens.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { CAPITALIZED_MONTH_STARTS, START, referenceDay } from "./components.js";
import { RELATIVE } from "./tags.js";
import { directionAt } from "./tense.js";

// Lower-case "year" ("Person of the Year" is a title); not "the year 2000", "the year before",
// "the year of the flood" (but "a high for the year of $42"), "the year when ..." (a year the text
// names or counts from), nor "the year ended March 31" or "the year to 31 March" (a fiscal year,
// which no calendar year is).
const CAPITALIZED_MONTH = `(?:${CAPITALIZED_MONTH_STARTS})[a-z]*`;
const PATTERN = new RegExp(
  `${START}(?:the\\s+(?:full\\s+|(?:current\\s+)?(?:fiscal|calendar)\\s+)?year(?![\\w-]|['’]s\\b|\\s+(?:\\d|before|after|earlier|later|ago|of(?!\\s+[$€£\\d])|when|in\\s+which|ended|ending|to\\s+(?:the\\s+end\\s+of\\s+|\\d{1,2}\\s+)?${CAPITALIZED_MONTH})\\b)` +
    `|year[\\s-]end\\b|year['’]s\\s+end\\b|(the\\s+turn\\s+of\\s+the\\s+year|the\\s+new\\s+year(?!['’]s\\b))\\b)`,
);
const SINCE = /\bsince\s+$/i;
const TURN_GROUP = 1;
// From July a turn of the year told without a tense is the coming one.
const SECOND_HALF = 6;

export class CurrentYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    const ref = referenceDay(context);
    const year = ref.getUTCFullYear();
    if (match[TURN_GROUP]) {
      // The year that turn opens: ahead in a future sentence, behind in a past one, else the nearest.
      const direction = directionAt(context.text, match.index!, match.index! + match[0].length);
      const coming = direction === "future" || (direction === null && ref.getUTCMonth() >= SECOND_HALF);
      return context.createParsingComponents({ year: coming ? year + 1 : year }).addTag(RELATIVE);
    }
    const ended = /end$/.test(match[0]) && SINCE.test(context.text.slice(Math.max(0, match.index! - 8), match.index!));
    return context.createParsingComponents({ year: ended ? year - 1 : year }).addTag(RELATIVE);
  }
}
