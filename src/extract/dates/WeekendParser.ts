// "the weekend", "this weekend", "last weekend": TIMEX3 writes a weekend as "2025-W21-WE".
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { addDays } from "../../timex.js";
import { END, START, dayComponents, referenceDay, wordsBefore } from "./components.js";
import { RELATIVE, WEEKEND } from "./tags.js";

// Keyed on "weekend"; the modifier before it is read with wordsBefore.
const PATTERN = new RegExp(`${START}weekend${END}`, "i");
const BEFORE = /(the|this|last|next|past|coming)\s+$/i;
const MODIFIER_GROUP = 1;
const SATURDAY = 6;

export class WeekendParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const before = wordsBefore(context.text, match.index!, BEFORE);
    const modifier = (before?.match[MODIFIER_GROUP] ?? "the").toLowerCase();
    const ref = referenceDay(context);
    // Saturday of the reference's ISO week (Monday-first), so a Sunday belongs to its weekend.
    const thisSaturday = addDays(ref, SATURDAY - (ref.getUTCDay() || 7));
    // "this past weekend" is the last one.
    const offset = modifier === "this" ? 0 : modifier === "last" || modifier === "past" ? -7 : modifier === "next" || modifier === "coming" ? 7 : null;
    // "the weekend" is the last one or the next one as the sentence's tense says: a Saturday for the tense refiner.
    const c = offset === null ? context.createParsingComponents({ weekday: SATURDAY }) : dayComponents(context, addDays(thisSaturday, offset));
    c.addTag(RELATIVE).addTag(WEEKEND);
    return context.createParsingResult(before?.start ?? match.index!, match.index! + match[0].length, c);
  }
}
