// ISO 8601 weeks as printed in data-heavy copy: "2025-W25", "2025W25", "2025-W25-3".
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { addDays, weekMonday } from "../../timex.js";
import { END, START, assignDay } from "./components.js";
import { WEEK } from "./tags.js";

const PATTERN = new RegExp(`${START}(\\d{4})-?W(\\d{2})(?:-(\\d))?${END}`);
const YEAR_GROUP = 1;
const WEEK_GROUP = 2;
const DAY_GROUP = 3;

export class IsoWeekParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const week = Number(match[WEEK_GROUP]);
    const weekday = match[DAY_GROUP] ? Number(match[DAY_GROUP]) : 4;
    if (week < 1 || week > 53 || weekday < 1 || weekday > 7) return null;
    const c = context.createParsingComponents();
    assignDay(c, addDays(weekMonday(Number(match[YEAR_GROUP]), week), weekday - 1));
    return match[DAY_GROUP] ? c : c.addTag(WEEK);
  }
}
