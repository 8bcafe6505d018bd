// Holidays on a fixed day of the year: "Christmas Day" -> the 25 December the tense points to,
// "New Year's Eve 2024" -> "2024-12-31". Bare "Christmas" counts only after a time preposition
// ("before Christmas"); "Christmas trees" and "the Christmas market" are no dates.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, START } from "./components.js";

const DAYS: Record<string, [month: number, day: number]> = {
  "christmas day": [12, 25], "christmas eve": [12, 24], "boxing day": [12, 26], "new year's day": [1, 1],
  "new year's eve": [12, 31], "valentine's day": [2, 14], "st patrick's day": [3, 17], "halloween": [10, 31],
  "bonfire night": [11, 5], "armistice day": [11, 11], "remembrance day": [11, 11], "bastille day": [7, 14],
  "christmas": [12, 25],
};
const PATTERN = new RegExp(
  `${START}(christmas(?:\\s+(?:day|eve))?|boxing\\s+day|new\\s+year['’]s\\s+(?:day|eve)|valentine['’]s\\s+day|st\\.?\\s+patrick['’]s\\s+day|halloween|bonfire\\s+night|armistice\\s+day|remembrance\\s+day|bastille\\s+day)(?:\\s+(\\d{4}))?${END}`,
  "i",
);
const NAME_GROUP = 1;
const YEAR_GROUP = 2;
// Words that make a bare "Christmas" a time ("over Christmas", "by Christmas").
const TIME_PREPOSITIONS = new Set(["before", "after", "over", "at", "by", "until", "till", "since", "around", "during", "for", "from", "to", "on"]);

export class HolidayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const name = match[NAME_GROUP]!.toLowerCase().replace(/\s+/g, " ").replace("’", "'").replace("st. ", "st ");
    const known = DAYS[name];
    // Holiday names are capitalized.
    if (!known || !/^\p{Lu}/u.test(match[NAME_GROUP]!)) return null;
    if (name === "christmas" && !match[YEAR_GROUP]) {
      const before = /(\p{L}+)\s+$/u.exec(context.text.slice(Math.max(0, match.index! - 14), match.index!))?.[1]?.toLowerCase();
      if (!before || !TIME_PREPOSITIONS.has(before)) return null;
    }
    const [month, day] = known;
    // Without a year the tense refiner places it, as it does "March 28".
    const c = context.createParsingComponents({ month, day });
    if (match[YEAR_GROUP]) c.assign("year", Number(match[YEAR_GROUP]));
    return c;
  }
}
