// Bare years ("in 2022", "since 2000", "by 2028", "the 2022 election") and decades ("the 1990s").
// A four-digit number is a year only where a year fits: after a word that introduces a time, or
// not followed by the noun it would count ("2000 people" is a figure).
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { DECADE } from "./tags.js";

// No currency sign, digit, separator or letter around it ("mid-2022" is fine); "1990s" is a decade.
const PATTERN = /(?<![\w$€£¥.,])(?<!\d-)((?:1[6-9]|2[01])\d\d)(s?)(?![\w%]|[.,]\d)/;
const YEAR_GROUP = 1;
const DECADE_GROUP = 2;

// Words after which a year is expected ("in 2022", "since 2000", "mid-2022", "fiscal 2024").
const BEFORE_YEAR = new Set(["in", "since", "by", "until", "till", "from", "to", "through", "during", "before", "after", "between", "and", "or", "of", "circa", "early", "mid", "late", "the", "fiscal", "year", "its", "their", "his", "her", "end", "start", "spring", "summer", "autumn", "fall", "winter"]);
// Words after a year that show it is the subject or a time, not a count ("2019 was", "2022 to 2024").
const AFTER_YEAR = new Set(["was", "were", "is", "will", "saw", "had", "has", "and", "to", "when", "onwards", "onward"]);

// Prepositions that set a year past 2099 ("by 2100", "until 2150").
const FAR_YEAR_BEFORE = new Set(["by", "until", "till", "before", "beyond", "in", "through"]);

const WORD_BEFORE = /([\p{L}]+)[\s-]*$/u;
const WORD_AFTER = /^\s*([\p{L}]+)/u;
const LOOK = 24;

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const index = match.index!;
    const year = Number(match[YEAR_GROUP]);
    const before = WORD_BEFORE.exec(context.text.slice(Math.max(0, index - LOOK), index))?.[1]?.toLowerCase();
    const after = WORD_AFTER.exec(context.text.slice(index + match[0].length, index + match[0].length + LOOK))?.[1];
    if (match[DECADE_GROUP]) {
      return year % 10 === 0 ? context.createParsingComponents({ year }).addTag(DECADE) : null;
    }
    // "1800 x 1920" is a size.
    if (after === "x" || after === "by" || /^\s*×/.test(context.text.slice(index + match[0].length, index + match[0].length + 3))) return null;
    const counted = after !== undefined && /^\p{Ll}/u.test(after) && !AFTER_YEAR.has(after);
    if (!(before && BEFORE_YEAR.has(before)) && counted) return null;
    // Years past 2099 are targets of long forecasts ("by 2100"); without such a preposition a
    // number of that shape is more often an amount.
    if (year >= 2100 && !(before && FAR_YEAR_BEFORE.has(before))) return null;
    // After an approximation word the number is an amount ("about 2000").
    if (before && /^(about|around|some|nearly|almost|over|than|least|up)$/.test(before)) return null;
    return context.createParsingComponents({ year });
  }
}

