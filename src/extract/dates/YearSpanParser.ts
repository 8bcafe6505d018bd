// Two consecutive years written as one span: a season or a financial year ("the 2020-21
// season", "fiscal 2024/25", "the 2019-2020 campaign"), or a stretch of years written in full ("the 1981-2010 average"). TIMEX3 writes a span as an interval of
// its ends, as a range of days ("May 7-8") is one: "2020/2021".
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

// A year, a dash or slash, and the next year in full or by its last two digits; no digit,
// currency sign or separator around ("2020-21-22" and "$2020-21" are no spans).
const PATTERN = /(?<![\w$€£¥.,/-])((?:1[6-9]|20)\d\d)[-–/](\d\d(?:\d\d)?)(?![\w%/-]|[.,]\d)/;
const YEAR_GROUP = 1;
const NEXT_GROUP = 2;
const CENTURY = 100;

export class YearSpanParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const year = Number(match[YEAR_GROUP]);
    const next = match[NEXT_GROUP]!;
    // Only the next year makes a season or a financial year; "2019-24" is two years apart. A span
    // with both years in full is a stretch of years whatever its length ("the 1981-2010 average").
    const last = next.length === 2 ? null : Number(next);
    const consecutive = last === null ? Number(next) === (year + 1) % CENTURY : last === year + 1;
    if (!consecutive && !(last !== null && last > year && last - year <= CENTURY)) return null;
    return context.createParsingResult(match.index!, match[0], { year }, { year: last ?? year + 1 });
  }
}
