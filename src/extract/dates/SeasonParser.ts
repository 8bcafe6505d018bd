// Seasons as TIMEX3 writes them: "this winter" -> "2025-WI", "summer 2022" -> "2022-SU", "the
// winter of 2013-14" -> "2013-WI" (a winter is named by the year it starts in). A bare
// "the summer" takes the tense of its sentence, like a month name; "the end of the summer" is placed
// as its season, as "the end of March" is as its month.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { SEASON_START, type Season, utcDay } from "../../timex.js";
import { END, START, referenceDay } from "./components.js";
import { RELATIVE, YEAR_PART } from "./tags.js";
import { directionAt } from "./tense.js";
import { SEASON_PREPOSITIONS } from "./sentence-filter.js";

/** The TIMEX3 code of each season word. */
export const SEASON_CODE: Record<string, Season> = { winter: "WI", spring: "SP", summer: "SU", autumn: "FA", fall: "FA" };
/** The season words, as an alternation for patterns. */
export const SEASON_WORDS = Object.keys(SEASON_CODE).join("|");
const PATTERN = new RegExp(`${START}(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+)?(?:(this\\s+past|this\\s+coming|this|last|next|coming|the)\\s+)?(?:(?:early|late|mid)[\\s-]?)?(${SEASON_WORDS})(?:\\s+(?:of\\s+)?(\\d{4})(?:[-/–]\\d{2}(?:\\d{2})?)?)?${END}`, "i");
const MODIFIER_GROUP = 1;
const SEASON_GROUP = 2;
const YEAR_GROUP = 3;

const SEASON_MONTHS = 3;
// What may follow a bare season: a stop, the end, or a word that starts a new phrase.
const PHRASE_END = /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:and|or|but|when|as|while|the|a|an|to|with|for|at|on|in|of|than|after|before|until|is|was|will|has|had)\b)/i;

export class SeasonParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    // "this past spring" is the last one, "this coming winter" the next; "early summer" is read as "the early summer".
    const edge = /^(?:the\s+)?(?:early|late|mid|end|start|beginning|middle)/i.test(match[0]);
    const modifier = match[MODIFIER_GROUP]?.toLowerCase().replace(/^this\s+past$/, "last").replace(/^this\s+coming$/, "next") ?? (edge ? "the" : undefined);
    const year = match[YEAR_GROUP];
    // A bare season word ("summer heat", "prices fall") is no time expression, unless a time preposition puts it in time ("in summer").
    const before = /(\w+)\s+$/.exec(context.text.slice(Math.max(0, match.index! - 12), match.index!))?.[1]?.toLowerCase();
    // Bare, it must end its phrase: "in spring water sales" is no season.
    const placed = !!before && SEASON_PREPOSITIONS.has(before) && (!!modifier || PHRASE_END.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 8)));
    if (!modifier && !year && !placed) return null;
    const code = SEASON_CODE[match[SEASON_GROUP]!.toLowerCase()]!;
    const tag = `${YEAR_PART}${code}`;
    if (year) return context.createParsingComponents({ year: Number(year) }).addTag(tag);
    const startMonth = SEASON_START[code];
    if (modifier === "the" || !modifier) {
      // "the fall of Rome", "the spring water": only after a time preposition ("in the summer") or
      // with an edge ("the early summer").
      if (!edge && !placed) return null;
      // The season's first month with an implied year, for the tense refiner to place.
      return context.createParsingComponents({ month: startMonth }).addTag(tag).addTag(RELATIVE);
    }
    const ref = referenceDay(context);
    const start = (y: number): Date => utcDay(y, startMonth, 1);
    const ended = (y: number): boolean => utcDay(y, startMonth + SEASON_MONTHS, 1) <= ref;
    let y = ref.getUTCFullYear() + 1;
    while (start(y) > ref) y--; // y: the latest season of this name that has begun
    // "this summer" once it has ended is the coming one, unless it was this year's and the sentence
    // tells of the past ("began trading this summer").
    const past = (): boolean => directionAt(context.text, match.index!, match.index! + match[0].length) === "past";
    const chosen = modifier === "last" ? (ended(y) ? y : y - 1) : modifier === "this" ? (ended(y) && !(y === ref.getUTCFullYear() && past()) ? y + 1 : y) : y + 1;
    return context.createParsingComponents({ year: chosen }).addTag(tag).addTag(RELATIVE);
  }
}
