// Years and decades written in words, as transcripts of broadcasts print them: "nineteen
// ninety-six" -> "1996", "the year two thousand" -> "2000", "January nineteen ninety-seven" ->
// "1997-01", "the winter of nineteen ninety-four" -> "1994-WI", "the nineties" -> "199".
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, MONTH_NAME, START, monthNumber, referenceDay } from "./components.js";
import { SEASON_CODE, SEASON_WORDS } from "./SeasonParser.js";
import { DECADE, YEAR_PART } from "./tags.js";
import { tagsOf } from "../text/index.js";
import { COUNT_NOUNS } from "./YearParser.js";

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const DECADES = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
const UNIT = UNITS.join("|");
const TWO_DIGITS = `(${TEENS.join("|")})|(${TENS.join("|")})(?:[\\s-]+(${UNIT}))?|oh[\\s-]+(${UNIT})|(hundred)`;
const PATTERN = new RegExp(
  `${START}(?:(?:(${MONTH_NAME})\\s+|the\\s+year\\s+|(?:the\\s+)?(${SEASON_WORDS})\\s+of\\s+)?(?:(eighteen|nineteen)[\\s-]+(?:${TWO_DIGITS})|two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|${TEENS.join("|")}))?)` +
    `|the\\s+(?:(?:early|mid|late)[\\s-]+)?(${DECADES.join("|")}))${END}`,
  "i",
);
const MONTH_GROUP = 1;
const SEASON_GROUP = 2;
const CENTURY_GROUP = 3;
const TEEN_GROUP = 4;
const TENS_GROUP = 5;
const TENS_UNIT_GROUP = 6;
const OH_GROUP = 7;
const HUNDRED_GROUP = 8;
const THOUSAND_GROUP = 9;
const DECADE_GROUP = 10;

const value = (word: string | undefined, list: string[], base: number): number => (word ? list.indexOf(word.toLowerCase()) + base : 0);

export class SpokenYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    if (match[DECADE_GROUP]) {
      // "the nineties": the latest such decade up to the reference's.
      const refYear = referenceDay(context).getUTCFullYear();
      let year = Math.floor(refYear / 100) * 100 + 10 * value(match[DECADE_GROUP], DECADES, 2);
      if (year > refYear) year -= 100;
      return context.createParsingComponents({ year }).addTag(DECADE);
    }
    const month = match[MONTH_GROUP];
    // "two thousand people", "nineteen hundred troops" are amounts.
    const after = /^\s+(\p{Ll}+)/u.exec(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 24))?.[1];
    if (after && (COUNT_NOUNS.has(after) || tagsOf(after)?.[0] === "NNS")) return null;
    // A month name in lower case is a word ("may nineteen ninety" is no date).
    if (month && !/^\p{Lu}/u.test(month)) return null;
    let year: number;
    if (match[CENTURY_GROUP]) {
      const century = match[CENTURY_GROUP].toLowerCase() === "eighteen" ? 1800 : 1900;
      const rest = match[HUNDRED_GROUP] ? 0
        : match[TEEN_GROUP] ? value(match[TEEN_GROUP], TEENS, 10)
        : match[OH_GROUP] ? value(match[OH_GROUP], UNITS, 1)
        : 10 * value(match[TENS_GROUP], TENS, 2) + value(match[TENS_UNIT_GROUP], UNITS, 1);
      year = century + rest;
    } else {
      const rest = match[THOUSAND_GROUP]?.toLowerCase();
      year = 2000 + (rest ? (UNITS.includes(rest) ? UNITS.indexOf(rest) + 1 : TEENS.indexOf(rest) + 10) : 0);
    }
    const c = context.createParsingComponents({ year });
    if (month) c.assign("month", monthNumber(month));
    if (match[SEASON_GROUP]) c.addTag(`${YEAR_PART}${SEASON_CODE[match[SEASON_GROUP].toLowerCase()]}`);
    return c;
  }
}
