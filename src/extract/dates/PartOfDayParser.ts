// Parts of days as TIMEX3 writes them: "overnight" and "last night" (the night before the
// reference, "2025-09-19TNI"; an "overnight" told ahead the coming night), "overnight on Tuesday" (that weekday's night), "overnight into Monday" (Sunday's), "tonight", "this morning", "yesterday afternoon", "Friday morning",
// "late afternoon", "early Friday morning", "in the morning" (of the day the text is telling), "the
// next morning", "that evening" (not "the night of Oct. 23", "the night shift"); noon and midday (not
// "high noon"), midnight (the end of its day, TIMEX3's "T24") and "4 in the morning" as a clock time.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { addDays } from "../../timex.js";
import { CAPITALIZED_MONTH_STARTS, CAPITALIZED_WEEKDAYS, END, MIDNIGHT, START, WEEKDAYS, dayComponents, referenceDay } from "./components.js";
import { ANCHOR, DAY_PART, RELATIVE } from "./tags.js";
import { directionAt, sentenceTextAt } from "./tense.js";

const DAY = `this|last|yesterday|today|tomorrow|${WEEKDAYS.join("|")}`;
const PART = "morning|afternoon|evening|night";
// Words that may follow a part of the day told without a day ("in the morning, when"); any other
// lower-case word makes it part of a noun ("the night shift", "the morning session", "the night of").
const FUNCTION_WORD = "and|or|but|when|while|as|before|after|to|in|at|on|with|by|for|from|until|till|the|a|an|his|her|their|its|he|she|they|it|we|i|you|was|were|is|are|had|has|have|will|would|could|there|that|this|then|so";
const PATTERN = new RegExp(
  `${START}(?:(\\d{1,2})(?::(\\d\\d))?\\s+in\\s+the\\s+(morning|afternoon|evening)(?![\\s-]+(?!${FUNCTION_WORD}\\b)\\p{Ll})|(?:(?:early|late)\\s+)?(${DAY})\\s+(${PART})|(early|late|mid)[\\s-]?(morning|afternoon|evening)(?:\\s+(${DAY}))?` +
    `|(?:(?<=\\b(?:in|during|by|on|throughout|until|till)\\s)the|(the\\s+(?:next|following)|that))\\s+(${PART})(?![\\s-]+(?!${FUNCTION_WORD}\\b)\\p{Ll})|(overnight|tonight)(?:\\s+on\\s+(${WEEKDAYS.join("|")})|\\s+into\\s+(${WEEKDAYS.join("|")}))?|(?<!\\bhigh\\s)(noon|midday|midnight))${END}`,
  "iu",
);
const CLOCK_HOUR_GROUP = 1;
const CLOCK_MINUTE_GROUP = 2;
const CLOCK_PART_GROUP = 3;
const DAY_GROUP = 4;
const PART_GROUP = 5;
const EDGE_GROUP = 6;
const EDGE_PART_GROUP = 7;
const EDGE_DAY_GROUP = 8;
const ANAPHOR_GROUP = 9;
const ANAPHOR_PART_GROUP = 10;
const SINGLE_GROUP = 11;
// "overnight on Tuesday": the night of that weekday.
const SINGLE_DAY_GROUP = 12;
// "overnight into Monday": the night before that weekday.
const INTO_DAY_GROUP = 13;
const NOON_GROUP = 14;

const CODE: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", overnight: "NI", tonight: "NI" };
const NOON = 12;
// The word after midnight; a capitalized one that is no weekday or month goes on a name ("Midnight Sun");
// a lower-case one other than these makes midnight a noun's modifier ("a midnight feast").
const WORD_AFTER = /^[\s-]+(\p{L}+)/u;
const NAME = new RegExp(`^(?!${CAPITALIZED_WEEKDAYS}|${CAPITALIZED_MONTH_STARTS})\\p{Lu}`, "u");
const MODIFIER_FREE = new RegExp(`^(?:${FUNCTION_WORD}|local|tonight|tomorrow|yesterday)$`);

// A weekday by name, which a sentence tells its events from.
const WEEKDAY_NAME = new RegExp(`\\b(?:${CAPITALIZED_WEEKDAYS})\\b`);

export class PartOfDayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    if (match[NOON_GROUP]) {
      const midnight = /^midnight$/i.test(match[NOON_GROUP]);
      // "the Midnight Sun" is a name's word, "a midnight feast" a noun's modifier (read by case, which the pattern ignores).
      const end = match.index! + match[0].length;
      const next = WORD_AFTER.exec(context.text.slice(end, end + 16))?.[1];
      if (midnight && next && (/^M/.test(match[NOON_GROUP]) ? NAME.test(next) : /^\p{Ll}/u.test(next) && !MODIFIER_FREE.test(next))) return null;
      return context.createParsingComponents({ hour: midnight ? MIDNIGHT : NOON, minute: 0 });
    }
    // "4 in the morning", "9 in the evening": a clock time, on the day the text told last.
    if (match[CLOCK_HOUR_GROUP]) {
      const hour = Number(match[CLOCK_HOUR_GROUP]);
      const morning = match[CLOCK_PART_GROUP]!.toLowerCase() === "morning";
      if (hour < 1 || hour > NOON) return null;
      return context.createParsingComponents({ hour: morning ? hour % NOON : hour === NOON ? NOON : hour + NOON, minute: Number(match[CLOCK_MINUTE_GROUP] ?? 0) });
    }
    const single = match[SINGLE_GROUP]?.toLowerCase();
    const part = (single ?? match[PART_GROUP] ?? match[EDGE_PART_GROUP] ?? match[ANAPHOR_PART_GROUP]!).toLowerCase();
    const tag = `${DAY_PART}${CODE[part]!}`;
    const into = match[INTO_DAY_GROUP]?.toLowerCase();
    const day = into ? WEEKDAYS[(WEEKDAYS.indexOf(into) + WEEKDAYS.length - 1) % WEEKDAYS.length] : (match[SINGLE_DAY_GROUP] ?? single ?? match[DAY_GROUP] ?? match[EDGE_DAY_GROUP])?.toLowerCase();
    if (day === undefined) {
      // "late afternoon", "in the morning", "the next morning": of the day the text told last.
      const offset = match[ANAPHOR_GROUP] && !/^that$/i.test(match[ANAPHOR_GROUP]) ? 1 : 0;
      return context.createParsingComponents().addTag(RELATIVE).addTag(`${ANCHOR}day/${offset}`).addTag(tag);
    }
    const weekday = WEEKDAYS.indexOf(day);
    let c: ParsingComponents;
    if (weekday >= 0) {
      // The weekday's date depends on the tense of the sentence: left to the tense refiner.
      c = context.createParsingComponents({ weekday });
    } else {
      // News reports "overnight" and "last night" the morning after; an "overnight" a sentence tells ahead ("frost is
      // forecast overnight") is the coming night, unless the sentence names a day it is told from ("warned on Tuesday
      // that frost could form overnight").
      const ahead = day === "overnight" && directionAt(context.text, match.index!, match.index! + match[0].length) === "future" && !WEEKDAY_NAME.test(sentenceTextAt(context.text, match.index!, match.index! + match[0].length));
      const offset = day === "yesterday" || day === "last" || (day === "overnight" && !ahead) ? -1 : day === "tomorrow" ? 1 : 0;
      c = dayComponents(context, addDays(referenceDay(context), offset));
    }
    return c.addTag(RELATIVE).addTag(tag);
  }
}
