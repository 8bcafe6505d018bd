// "recent months", "the past few weeks", "the coming days", "the past fortnight", "days later", "last season",
// "coming quarters", "the future", "the recent past", "the near term", "at a later date": rolling or
// uncounted stretches with no calendar value. Numeric ones ("the past five years") are lengths of
// time, hence figures; "now", "currently", "soon" and "future losses" are no time expressions.
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { END, START } from "./components.js";
import { RELATIVE, VAGUE } from "./tags.js";

// Not after a count: "two days later" is counted from the date before it (AnaphoricParser). One
// blank only, so that the lookbehind stays bounded.
const UNCOUNTED = "(?<!(?:\\d|\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred))\\s)";
// A sports season counted from now ("scored nine goals last season", "relegated next season") has no calendar
// value of its own; not "the last season" of a series or "his last season" at a club, a final one.
const SPORTS_SEASON = "(?<!\\b(?:the|his|her|their|its|my|our|your)\\s)(?:last|this|next)\\s+season(?![-\\p{L}])";
const PATTERN = new RegExp(`${START}(?:(?:(?:the\\s+)?(?:past|last|next|coming)\\s+(?:few\\s+|several\\s+|couple\\s+of\\s+)?|recent\\s+|future\\s+(?=quarters)|the\\s+coming\\s+)(?:days|weeks|months|quarters|years|decades)` +
  `|the\\s+(?:(?:near|distant|foreseeable|immediate)\\s+)?future|the\\s+(?:(?:recent|distant)\\s+)?past(?!\\s+(?:\\d|(?:few|several|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|day|week|fortnight|month|quarter|year|decade|century|\\p{L}+s)\\b))|the\\s+(?:near|short|long|medium)\\s+term|an?\\s+(?:later|future)\\s+date|(?:the\\s+)?(?:past|last|next|coming)\\s+fortnight|${SPORTS_SEASON}|${UNCOUNTED}(?:(?:a\\s+few|a\\s+couple\\s+of|several|many)\\s+)?(?:days|weeks|months|years|decades)\\s+(?:earlier|later))${END}`, "iu");

export class VagueStretchParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext): ParsingComponents {
    return context.createParsingComponents().addTag(RELATIVE).addTag(VAGUE);
  }
}
