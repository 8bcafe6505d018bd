// Bare years ("in 2022", "since 2000", "by 2028", "the 2022 election", "his 1996 campaign") and
// decades ("the 1990s", "the '80s"). A four-digit number is a year only where a year fits: after a
// word that introduces a time or a possessive, or before a noun it qualifies rather than counts
// ("2000 people" is a figure).
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { isCommonWord } from "../text/index.js";
import { referenceDay } from "./components.js";
import { DECADE } from "./tags.js";

// No currency sign, digit, separator or letter around it ("mid-2022" is fine); "1990s" and "'80s" are decades.
const PATTERN = /(?<![\w$€£¥.,])(?<!\d-)(?:((?:1[6-9]|2[01])\d\d)(s?)|['’](\d)0s)(?![\w%]|[.,]\d)/;
const YEAR_GROUP = 1;
const DECADE_GROUP = 2;
const SHORT_DECADE_GROUP = 3;

// Words after which a year is expected ("in 2022", "since 2000", "mid-2022", "fiscal 2024", "that 1978 resolution").
const BEFORE_YEAR = new Set(["in", "since", "by", "until", "till", "from", "to", "through", "during", "before", "after", "between", "and", "or", "of", "circa", "early", "mid", "late", "the", "fiscal", "year", "its", "their", "his", "her", "our", "end", "start", "spring", "summer", "autumn", "fall", "winter", "that", "this", "post", "pre"]);
// Words after a year that show it is the subject or a time, not a count ("2019 was", "2022 to 2024").
const AFTER_YEAR = new Set(["was", "were", "is", "will", "saw", "had", "has", "and", "to", "when", "onwards", "onward"]);
// Nouns counted in the singular or without a plural "-s" ("2000 people", "1500 feet").
export const COUNT_NOUNS = new Set(["mph", "kph", "kmh", "bpd", "bcm", "kwh", "mwh", "gwh", "sqm", "people", "feet", "men", "women", "children", "police", "staff", "personnel", "head", "more", "other", "others", "odd", "strong", "plus", "metre", "meter", "mile", "foot", "pound", "ton", "tonne", "acre", "yard", "litre", "liter", "gallon", "barrel"]);
// The shortest noun taken as qualified by a year ("1996 campaign"); shorter ones are units ("km").
const NOUN_LENGTH = 4;
// After "a", three-letter nouns too ("a 1996 law", "a 2004 act").
const ARTICLE_NOUN_LENGTH = 3;

// Prepositions that set a year past 2099 ("by 2100", "until 2150").
const FAR_YEAR_BEFORE = new Set(["by", "until", "till", "before", "beyond", "in", "through"]);

const WORD_BEFORE = /([\p{L}]+)[\s-]*$/u;
const POSSESSIVE_BEFORE = /\p{L}['’]s?\s+$/u;
const WORD_AFTER = /^\s*([\p{L}]+)/u;
const LOOK = 24;
const DECADES_IN_CENTURY = 10;

/** Whether a lower-case word after a number is what the number counts (plural, a verb, a unit) rather than a noun a year qualifies. */
const counts = (word: string): boolean =>
  word.endsWith("s") || word.endsWith("ed") || word.length < NOUN_LENGTH || COUNT_NOUNS.has(word);

// Recent years: counts this size are printed with a separator ("2,026 units"), so a recent year
// before a plural noun qualifies it ("expects 2026 sales"), as the figures read it too.
const RECENT_YEARS = { from: 1950, to: 2035 };

/** Whether a recent year stands before a plural noun it qualifies ("2026 sales"; not "2000 people", a count noun, nor a unit). */
const qualifiesPlural = (year: number, after: string): boolean =>
  year >= RECENT_YEARS.from && year <= RECENT_YEARS.to && after.endsWith("s") && after.length >= NOUN_LENGTH && !COUNT_NOUNS.has(after);

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const index = match.index!;
    if (match[SHORT_DECADE_GROUP]) {
      // "the '80s": the latest such decade up to the reference's.
      const refYear = referenceDay(context).getUTCFullYear();
      let year = Math.floor(refYear / 100) * 100 + DECADES_IN_CENTURY * Number(match[SHORT_DECADE_GROUP]);
      if (year > refYear) year -= 100;
      return context.createParsingComponents({ year }).addTag(DECADE);
    }
    const year = Number(match[YEAR_GROUP]);
    const lookBehind = context.text.slice(Math.max(0, index - LOOK), index);
    const before = WORD_BEFORE.exec(lookBehind)?.[1]?.toLowerCase();
    const after = WORD_AFTER.exec(context.text.slice(index + match[0].length, index + match[0].length + LOOK))?.[1];
    if (match[DECADE_GROUP]) {
      return year % 10 === 0 ? context.createParsingComponents({ year }).addTag(DECADE) : null;
    }
    // "1800 x 1920" is a size.
    if (after === "x" || after === "by" || /^\s*×/.test(context.text.slice(index + match[0].length, index + match[0].length + 3))) return null;
    // A name before the number makes it part of the name ("Orion 1980"; not "For 1988, ...").
    const name = /(\p{Lu}\p{L}*)[ \t]+$/u.exec(lookBehind)?.[1];
    if (name && !BEFORE_YEAR.has(name.toLowerCase()) && !isCommonWord(name)) return null;
    // After "a", a short noun is what a year qualifies ("a 1996 law"), a unit still counts ("a 1500 km trip").
    const article = before === "a" || before === "an";
    const counted = after !== undefined && /^\p{Ll}/u.test(after) && !AFTER_YEAR.has(after) && (article ? COUNT_NOUNS.has(after) || (counts(after) && !(after.length === ARTICLE_NOUN_LENGTH && !after.endsWith("s"))) : counts(after));
    const introduced = (before !== undefined && BEFORE_YEAR.has(before)) || POSSESSIVE_BEFORE.test(lookBehind);
    if (!introduced && counted && !qualifiesPlural(year, after!)) return null;
    // Years past 2099 are targets of long forecasts ("by 2100"); without such a preposition a
    // number of that shape is more often an amount.
    if (year >= 2100 && !(before && FAR_YEAR_BEFORE.has(before))) return null;
    // After an approximation word the number is an amount ("about 2000").
    if (before && /^(about|around|some|nearly|almost|over|than|least|up)$/.test(before)) return null;
    return context.createParsingComponents({ year });
  }
}
