// A day of the month told by its ordinal alone after a preposition ("cut rates on the 14th",
// "due out on the 18th"): of the month the sentence named before it, else the reference's month,
// placed by the tense like a weekday (past: the latest such day up to the reference day; future:
// the next one from it). Not an ordinal before a noun ("on the 14th hole", "for the 3rd time").
import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";
import { daysInMonth, utcDay } from "../../timex.js";
import { END, MONTH_NAME, monthNumber, referenceDay } from "./components.js";
import { RELATIVE } from "./tags.js";
import { directionAt } from "./tense.js";
import { monthYearAt } from "./TenseRefiner.js";

const PATTERN = new RegExp(`(?<=\\b(?:on|by|until|till|from|since|before|after)\\s)the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)${END}`, "i");
const DAY_GROUP = 1;
// What may follow the ordinal: a stop, the end, or a word that opens a new phrase ("on the 14th, when",
// "on the 29th as shoppers"); any other word makes it an ordinal of that noun ("the 14th hole").
const PHRASE_END = /^(?:\s*(?:[,.;:!?)"”’\u0000\u0001]|$)|\s+(?:and|or|but|when|while|as|at|after|before|with|to|in|amid|following|despite)\b)/;
// A month told earlier in the sentence ("prices peaked in March, on the 14th"): the day is of that month.
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_NAME})\\b`, "gi");

export class OrdinalDayParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const index = match.index!;
    const end = index + match[0].length;
    if (!PHRASE_END.test(context.text.slice(end, end + 12))) return null;
    const day = Number(match[DAY_GROUP]);
    const [year, month] = this.monthOf(context, index, end, day);
    if (day > daysInMonth(year, month)) return null;
    return context.createParsingComponents({ year, month, day }).addTag(RELATIVE);
  }

  /** The year and month of the day: a month the sentence named before it, else the reference's or one beside it, by the tense. */
  private monthOf(context: ParsingContext, index: number, end: number, day: number): [number, number] {
    const ref = referenceDay(context);
    const sentence = context.text.slice(sentenceStart(context.text, index), index);
    // Capitalized: the modal "may" and the verb "march" name no month.
    const named = [...sentence.matchAll(MONTH_WORD)].filter((m) => /^\p{Lu}/u.test(m[0])).pop();
    if (named) {
      const month = monthNumber(named[0]);
      return [monthYearAt(context.text, ref, month, index, end), month];
    }
    const past = (directionAt(context.text, index, end) ?? "past") === "past";
    // The month of the reference, or the one before (a past day after the reference's) or after (a future day before it).
    const shift = past ? (day > ref.getUTCDate() ? -1 : 0) : day < ref.getUTCDate() ? 1 : 0;
    const first = utcDay(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + shift, 1);
    return [first.getUTCFullYear(), first.getUTCMonth() + 1];
  }
}

/**
 * Where the sentence holding text[index] opens: after the last line break (or the text layer's
 * separators) or stop and blank before it. Read backwards from `index`, so each day costs its
 * sentence, not the text before it.
 */
function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === "\n" || ch === "\u0000" || ch === "\u0001") return i + 1;
    if (/\s/.test(ch) && i > 0 && /[.!?]/.test(text[i - 1]!)) return i + 1;
  }
  return 0;
}
