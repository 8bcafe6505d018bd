// A clock time in four digits with its zone, as wire copy prints it ("at 0600 GMT on Wednesday",
// "1430 UTC"): a time of day, merged with the date beside it or else on the day told last. Without
// a zone four digits are a year or a count ("1430 staff"), never read here.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { CLOCK_ZONE, END, START } from "./components.js";

const PATTERN = new RegExp(`${START}([01]\\d|2[0-3])([0-5]\\d)\\s?(?:hrs\\s+)?(?:${CLOCK_ZONE})${END}`);
const HOUR_GROUP = 1;
const MINUTE_GROUP = 2;

export class ZonedClockParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    return context.createParsingComponents({ hour: Number(match[HOUR_GROUP]), minute: Number(match[MINUTE_GROUP]) });
  }
}
