// Parts of days as TIMEX3 writes them: "overnight" and "last night" (the night before the
// reference, "2025-09-19TNI"), "tonight", "this morning", "yesterday afternoon", "Friday morning".
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { addDays } from "../../timex.js";
import { END, START, dayComponents, referenceDay } from "./components.js";
import { DAY_PART, RELATIVE } from "./tags.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const PATTERN = new RegExp(`${START}(?:(this|last|yesterday|tomorrow|${WEEKDAYS.join("|")})\\s+(morning|afternoon|evening|night)|(overnight|tonight))${END}`, "i");
const DAY_GROUP = 1;
const PART_GROUP = 2;
const SINGLE_GROUP = 3;

const PART: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI", tonight: "NI" };

export class PartOfDayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    const ref = referenceDay(context);
    const single = match[SINGLE_GROUP]?.toLowerCase();
    const part = PART[single ?? match[PART_GROUP]!.toLowerCase()]!;
    const day = (single ?? match[DAY_GROUP]!).toLowerCase();
    const weekday = WEEKDAYS.indexOf(day);
    let c: ParsingComponents;
    if (weekday >= 0) {
      // The weekday's date depends on the tense of the sentence: left to the tense refiner.
      c = context.createParsingComponents({ weekday });
    } else {
      // News reports "overnight" and "last night" the morning after.
      const offset = day === "yesterday" || day === "last" || day === "overnight" ? -1 : day === "tomorrow" ? 1 : 0;
      c = dayComponents(context, addDays(ref, offset));
    }
    return c.addTag(RELATIVE).addTag(`${DAY_PART}${part}`);
  }
}
