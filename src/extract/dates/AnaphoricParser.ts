// "the following day", "the day before", "the previous week", "that day", "a year earlier",
// "two days later", "later in the day", "earlier in the year", "the week" (of the day told last):
// counted from the date the text mentioned last, which the anchor refiner supplies.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { countOf } from "../../timex.js";
import { END, START } from "./components.js";
import { ANCHOR, RELATIVE, YEAR_BEFORE } from "./tags.js";

const UNIT = "day|week|month|year";
const PATTERN = new RegExp(
  `${START}(?:the\\s+(following|next|previous|preceding|same)\\s+(${UNIT})|the\\s+(${UNIT})\\s+(before|after)|(?:(?:earlier|later)\\s+in\\s+the|that(?:\\s+same)?|the(?=\\s+week(?!\\s+(?:before|after|of|ahead|earlier|later|ended|ending|to|in)\\b)))\\s+(${UNIT})` +
    `|(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(${UNIT})s?\\s+(earlier|later|before|after))${END}`,
  "i",
);
const WORD_GROUP = 1;
const UNIT_GROUP = 2;
const UNIT_FIRST_GROUP = 3;
const BEFORE_AFTER_GROUP = 4;
const THAT_UNIT_GROUP = 5;
const COUNT_GROUP = 6;
const COUNTED_UNIT_GROUP = 7;
const DIRECTION_GROUP = 8;

const OFFSET: Record<string, number> = { following: 1, next: 1, after: 1, later: 1, previous: -1, preceding: -1, before: -1, earlier: -1, same: 0, that: 0 };

export class AnaphoricParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    // "the day after Easter", "a year after the launch" count from an event, not from a date.
    const direction = (match[BEFORE_AFTER_GROUP] ?? match[DIRECTION_GROUP])?.toLowerCase();
    const end = match.index! + match[0].length;
    if ((direction === "before" || direction === "after") && /^ [\w"“‘']/.test(context.text.slice(end, end + 2))) return null;
    const unit = (match[UNIT_GROUP] ?? match[UNIT_FIRST_GROUP] ?? match[THAT_UNIT_GROUP] ?? match[COUNTED_UNIT_GROUP]!).toLowerCase();
    const word = (match[WORD_GROUP] ?? match[BEFORE_AFTER_GROUP] ?? match[DIRECTION_GROUP] ?? "that").toLowerCase();
    const count = match[COUNT_GROUP] ? countOf(match[COUNT_GROUP]) : 1;
    const c = context.createParsingComponents().addTag(RELATIVE).addTag(`${ANCHOR}${unit}/${OFFSET[word]! * count}`);
    // "a year earlier" compares with the period just reported, which may be a quarter.
    return unit === "year" && OFFSET[word]! * count === -1 ? c.addTag(YEAR_BEFORE) : c;
  }
}
