// Centuries as TIMEX3 writes them: "the 20th century" -> "19", "the 19th century" -> "18".
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, START } from "./components.js";
import { CENTURY } from "./tags.js";

const PATTERN = new RegExp(`${START}(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century${END}`, "i");
const ORDINAL_GROUP = 1;

export class CenturyParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const n = Number(match[ORDINAL_GROUP]);
    // The nth century's years start with n - 1 ("19" for the 1900s), which timexValue writes.
    return n >= 1 ? context.createParsingComponents({ year: (n - 1) * 100 }).addTag(CENTURY) : null;
  }
}
