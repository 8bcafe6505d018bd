// "the following day", "the day before", "the previous week", "that day", "a year earlier", "the same month last year", "the same week of 2025",
// "two days later", "twelve months before", "six months on", "later in the day", "earlier in the year", "the week" (of the
// day told last), "it is the third day of the strike": counted from the date the text mentioned
// last, which the anchor refiner supplies. "Two years later than planned" compares lengths: no date.
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";
import { addDays, countOf } from "../../timex.js";
import { tagsOf } from "../text/index.js";
import { END, START, dayComponents, referenceDay } from "./components.js";
import { ANCHOR, IN_YEAR, RELATIVE, VAGUE, WEEK, YEAR_BEFORE } from "./tags.js";

const UNIT = "day|week|month|year";
const PATTERN = new RegExp(
  `${START}(?:the\\s+(following|next|previous|preceding|same)\\s+(${UNIT})(?:(?<=same\\s+month)\\s+(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))|(?<=same\\s+(?:week|month))\\s+(?:of|in)\\s+((?:1[89]|20)\\d\\d))?|the\\s+(${UNIT})\\s+(before|after)|(?:(?:earlier|later)\\s+in\\s+the|that(?:\\s+same)?|the(?=\\s+week(?!\\s+(?:before|after|of|ahead|earlier|later|ended|ending|to|in)\\b)))\\s+(${UNIT})` +
    `|(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(${UNIT})s?\\s+((?:earlier|later)(?!\\s+than\\b)|before|after|on(?=\\s*[,.;:!?]|\\s*$))` +
    `|(?:the|its|his|her|their)\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?(day))${END}`,
  "i",
);
// The event counted from: a determiner and the nouns and adjectives after it ("the vote", "his
// death", "the deadly bombings", "the stock market plunge").
const DETERMINER = /^ (?:the|his|her|its|their|this|that)\b/;
const EVENT_WORD = /^\s+([\p{Ll}-]+)/u;
const EVENT_TAGS = new Set(["NN", "NNS", "JJ", "VBG"]);
const EVENT_WORDS = 4;
const EVENT_LOOK = 60;

/** " the vote" from the text after "two weeks after", or null when no event phrase follows. */
function eventAfter(after: string): string | null {
  const determiner = DETERMINER.exec(after);
  if (!determiner) return null;
  let end = determiner[0].length;
  for (let n = 0; n < EVENT_WORDS; n++) {
    const word = EVENT_WORD.exec(after.slice(end));
    const tag = word ? tagsOf(word[1]!)?.[0] : undefined;
    if (!word || !tag || !EVENT_TAGS.has(tag)) break;
    end += word[0].length;
  }
  return end > determiner[0].length ? after.slice(0, end) : null;
}
const WORD_GROUP = 1;
const UNIT_GROUP = 2;
const IN_YEAR_GROUP = 3;
const UNIT_FIRST_GROUP = 4;
const BEFORE_AFTER_GROUP = 5;
const THAT_UNIT_GROUP = 6;
const COUNT_GROUP = 7;
const COUNTED_UNIT_GROUP = 8;
const DIRECTION_GROUP = 9;
const EVENT_DAY_GROUP = 10;
// "Today is the eighth day of the operation", "It's the second day of the offensive": a day of an
// event that the sentence says is the day told last (or today); other such days have no date here.
const IS_BEFORE = /\b(?:is|'s|’s|was|marks|marked)\s+$/i;

// Prepositions that make "the next year" a stretch from now, not the year after one told.
const STRETCH_BEFORE = /\b(?:over|within|throughout|across)\s+$/i;
const YEAR_BACK_AFTER = /\s(?:last\s+year|a\s+year\s+(?:ago|earlier))$/i;
const MONTHS_IN_YEAR = 12;
const DAYS_IN_WEEK = 7;
const OFFSET: Record<string, number> = { following: 1, next: 1, after: 1, later: 1, on: 1, previous: -1, preceding: -1, before: -1, earlier: -1, same: 0, that: 0 };

/** The day, week, month or year after the reference's. */
function nextPeriod(context: ParsingContext, unit: string): ParsingComponents {
  const ref = referenceDay(context);
  if (unit === "year") return context.createParsingComponents({ year: ref.getUTCFullYear() + 1 }).addTag(RELATIVE);
  if (unit === "month") {
    const next = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + 1, 1));
    return context.createParsingComponents({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1 }).addTag(RELATIVE);
  }
  const c = dayComponents(context, addDays(ref, unit === "week" ? DAYS_IN_WEEK : 1)).addTag(RELATIVE);
  return unit === "week" ? c.addTag(WEEK) : c;
}

export class AnaphoricParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null {
    if (match[EVENT_DAY_GROUP]) {
      const c = context.createParsingComponents().addTag(RELATIVE);
      return IS_BEFORE.test(context.text.slice(Math.max(0, match.index! - 8), match.index!)) ? c.addTag(`${ANCHOR}day/0`) : c.addTag(VAGUE);
    }
    // "two weeks after the vote", "the day after his death" count from an event the text does not
    // date here: a date with no value. "the day after Easter" leaves Easter to its own parser.
    const direction = (match[BEFORE_AFTER_GROUP] ?? match[DIRECTION_GROUP])?.toLowerCase();
    const end = match.index! + match[0].length;
    if ((direction === "before" || direction === "after") && /^ [\w"“‘']/.test(context.text.slice(end, end + 2))) {
      const event = eventAfter(context.text.slice(end, end + EVENT_LOOK));
      if (!event) return null;
      return context.createParsingResult(match.index!, match[0] + event, context.createParsingComponents().addTag(RELATIVE).addTag(VAGUE));
    }
    const unit = (match[UNIT_GROUP] ?? match[UNIT_FIRST_GROUP] ?? match[THAT_UNIT_GROUP] ?? match[COUNTED_UNIT_GROUP]!).toLowerCase();
    const word = (match[WORD_GROUP] ?? match[BEFORE_AFTER_GROUP] ?? match[DIRECTION_GROUP] ?? "that").toLowerCase();
    // "over the next year", "within the next month": a stretch from now, valued as the period after
    // the reference's (TIMEX3's "over the next year or so" is next year), not after a date told before.
    if (word === "next" && STRETCH_BEFORE.test(context.text.slice(Math.max(0, match.index! - 11), match.index!))) return nextPeriod(context, unit);
    const count = match[COUNT_GROUP] ? countOf(match[COUNT_GROUP]) : 1;
    // "the same month last year" (or "a year earlier"): the month told last, a year before, in one expression.
    const yearBack = word === "same" && YEAR_BACK_AFTER.test(match[0]) ? -MONTHS_IN_YEAR : 0;
    const c = context.createParsingComponents().addTag(RELATIVE).addTag(`${ANCHOR}${unit}/${OFFSET[word]! * count + yearBack}`);
    // "the same week of 2025": the week (or month) told last, in the year it names.
    if (match[IN_YEAR_GROUP]) c.addTag(`${IN_YEAR}${match[IN_YEAR_GROUP]}`);
    // "a year earlier" compares with the period just reported, which may be a quarter.
    return unit === "year" && OFFSET[word]! * count === -1 ? c.addTag(YEAR_BEFORE) : c;
  }
}
