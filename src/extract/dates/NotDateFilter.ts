// Drops what chrono reads as a time but the text does not mean as one: "now" (not a date by the
// annotation guidelines), "overnight" of no night ("the overnight rate", "won't happen overnight"), "may" and "march" the verbs, "May" the modal, weekdays, months and
// "Today" inside names ("Sunday Times", "Russia Today", "Theresa May"), "today's world" (an age), and slash pairs without
// a year ("7/10" is a fraction or score). Bare clock numbers are dropped before (ClockFilter).
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { CLOCK } from "./ClockFilter.js";
import { CLOCK_ZONE, MONTHS, WEEKDAYS } from "./components.js";
import { YEAR_PART, tagValue } from "./tags.js";

const NOT_DATES = new Set(["now", "right now"]);
// Words before a weekday or a weekend that make it no day in particular.
const UNSPECIFIC = new Set(["a", "an", "one", "each", "every", "any"]);
// A word after the day that is no noun it qualifies: punctuation, a preposition, a conjunction.
const NOUN_AFTER = /^\s+(?!(?:in|on|at|of|and|or|but|when|that|to|with|for|from|before|after|last|this|next|while|as|the|a|an|its|their|his|her|our|we|they|he|she|it|i|you)\b)\p{L}/u;
const WEEK_DAY_OR_END = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)(?: (?:morning|afternoon|evening|night))?$/;
// Weekday abbreviations chrono reads; lower-case they are words ("the man sat", "sun-drenched").
const WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];
const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS, "today", "morning", "afternoon", "evening", "night"]);
// Words that introduce a time, so a capitalized word after them is no name ("On Friday", "Since May").
const INTRODUCERS = new Set(["on", "in", "by", "since", "until", "till", "from", "through", "during", "of", "early", "late", "mid", "last", "next", "this", "before", "after", "between", "and", "or", "to", "as", "every", "each", "until", "end"]);
// Capitalized words that make a weekday after them part of a name ("Bloody Sunday", "Super Tuesday").
const WEEKDAY_EPITHETS = new Set(["bloody", "super", "black", "cyber", "good", "holy", "manic", "blue", "giving"]);
// One or more capitalized words ("Friday", "Friday Night"), which a name may contain.
const NAME_LIKE = /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*$/u;
const WORDS = /^\p{L}+(?: \p{L}+)*$/u;
const CAPITALIZED = /^\p{Lu}/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+$/u;
const NAME_OF_AFTER = /^ (?:of|for) (?:the )?\p{Lu}/u;

// "overnight" naming no night: before a noun of a kind of thing ("the overnight rate", "overnight stays", "an
// overnight shift"), or after "happen", "transform" or "not", a manner, suddenly ("it will not happen overnight", "but not overnight")
const OVERNIGHT_KIND = /^\s+(?:rates?|lending|borrowing|repos?|index|hours|shifts?|stays?|trains?|bus(?:es)?|coach(?:es)?|ferr(?:y|ies)|sleepers?|flights?|deliver(?:y|ies)|parking|bags?|camps?|oats|success(?:es)?|sensations?|celebrit(?:y|ies)|stardom|fame|guests?|accommodation|trips?|confinement|care|staff|workers)\b/i;
// ("the wind changed overnight", "the leak was fixed overnight" are nights: only these verbs are of no night).
const SUDDEN_CHANGE = /\b(?:happen(?:s|ed|ing)?|transform(?:s|ed|ing)?|not)\s+$/i;
// Room for the word before "overnight" and the noun after it.
const OVERNIGHT_REACH = 16;

/** Whether an "overnight" names a kind of thing or a manner rather than a night. */
function isOvernightOfNoNight(text: string, r: ParsingResult): boolean {
  const end = r.index + r.text.length;
  return OVERNIGHT_KIND.test(text.slice(end, end + OVERNIGHT_REACH)) || SUDDEN_CHANGE.test(text.slice(Math.max(0, r.index - OVERNIGHT_REACH), r.index));
}

// Words of play in a game: a quarter or half of their sentence is a period of the game, not of a year.
// Only words of play itself: "scored", "goals" and "turnover" speak of business too.
// A player scoring twice or a hat-trick is play ("scoring twice in the first half"; a firm "scored" a record is not), and so
// are a side's shots on target and set pieces ("one shot on target in the second half"; a sales "target" is not).
const GAME_WORDS = /\b(?:touchdowns?|field goals?|interceptions?|fumbled?|overtime|baskets?|rebounds?|three-pointers?|free throws?|quarterback|the ball|innings|equali[sz]er|penalty kick|half-time|halftime|hat-tricks?|shots?\s+on\s+target|set[ -]pieces?|free[ -]kicks?|goalkeeper|crossbar|scor(?:ed|es|ing)\s+(?:twice|once|three\s+times))\b/i;
// How far the sentence around a quarter is read for such words.
const GAME_REACH = 160;

/** Whether a quarter or half with no year stands in a sentence telling of play ("turned the ball over twice in the fourth quarter"). */
function isPeriodOfGame(text: string, r: ParsingResult): boolean {
  const part = tagValue(r.tags(), YEAR_PART);
  if (!part || !/^[QH]/.test(part) || /\d{4}|year|fiscal/i.test(r.text)) return false;
  let from = r.index;
  while (from > 0 && r.index - from < GAME_REACH && !/[.!?\u0000]/.test(text[from - 1]!)) from--;
  let to = r.index + r.text.length;
  while (to < text.length && to - r.index < GAME_REACH && !/[.!?\u0000]/.test(text[to]!)) to++;
  return GAME_WORDS.test(text.slice(from, to));
}

// After a quarter or half, words that make its ordinal a count of periods in a row ("fell for the
// third quarter running", "a second half in succession"), not the calendar's third quarter.
const IN_A_ROW = /^\s+(?:running|in\s+a\s+row|in\s+succession|on\s+the\s+trot)\b/i;

/** Whether a quarter or half is one of a run of them ("the third quarter running"). */
function isPeriodInARow(text: string, r: ParsingResult): boolean {
  const part = tagValue(r.tags(), YEAR_PART);
  return !!part && /^[QH]/.test(part) && IN_A_ROW.test(text.slice(r.index + r.text.length, r.index + r.text.length + 16));
}

const CONVERSION_REACH = 28;
// An opening bracket right after a clock time and its zone: "10:35 a.m. (", "4:12 a.m. local time (".
const AFTER_CLOCK = new RegExp(`(?:${CLOCK.source})\\.?(?:\\s+(?:${CLOCK_ZONE}))?\\s*\\($`, "i");

/** A clock in brackets right after another converts it to a zone ("10:35 a.m. (0735 GMT)"): the same time, told once. */
const isConversion = (text: string, r: ParsingResult): boolean => r.start.isCertain("hour") && AFTER_CLOCK.test(text.slice(Math.max(0, r.index - CONVERSION_REACH), r.index));

// "today's world", "today's youth": the present age, not the day, as the people or the world of a time.
const OF_AN_AGE = /^['’]s\s+(?:world|society|youth|young|generations?|children|kids|teenagers|parents|families|culture|era)\b/i;
// Room for the possessive and the longest such noun.
const AGE_REACH = 16;

function wordBefore(text: string, index: number): string | null {
  const m = /(\S+) $/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1]! : null;
}

function wordAfter(text: string, end: number): string | null {
  const m = /^ (\S+)/u.exec(text.slice(end, end + 30));
  return m ? m[1]! : null;
}

export class NotDateFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => this.isDate(context.text, r));
  }

  private isDate(text: string, r: ParsingResult): boolean {
    const lower = r.text.toLowerCase();
    if (NOT_DATES.has(lower)) return false;
    if (lower === "overnight" && isOvernightOfNoNight(text, r)) return false;
    if (isPeriodOfGame(text, r) || isPeriodInARow(text, r) || isConversion(text, r)) return false;
    // "the people of tomorrow", "the leaders of today" speak of an age, not a day.
    if ((lower === "today" || lower === "tomorrow") && wordBefore(text, r.index) === "of") return false;
    if (lower === "today" && OF_AN_AGE.test(text.slice(r.index + r.text.length, r.index + r.text.length + AGE_REACH))) return false;
    // A quoted title in capitals ("ABC's “This Week”") or a month opening a name ("the March of Dimes").
    if (TITLE_CASE.test(r.text) && /["“‘']$/.test(text.slice(Math.max(0, r.index - 1), r.index))) return false;
    if (MONTHS.includes(lower) && NAME_OF_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 12))) return false;
    if (/\d[/.-]\d/.test(r.text) && !r.start.isCertain("year") && r.tags().has("parser/SlashDateFormatParser")) return false;
    if (!WORDS.test(r.text)) return true;
    // "over a weekend in 2019", "on a Monday", "every Friday": any such day, none in particular; not one
    // naming a thing's day ("at a Sunday rally", "a Friday evening speech").
    if (UNSPECIFIC.has(wordBefore(text, r.index)?.toLowerCase() ?? "") && WEEK_DAY_OR_END.test(lower) && !NOUN_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 20))) return false;
    const words = lower.split(" ");
    if (!words.every((w) => DATE_WORDS.has(w) || MONTHS.some((m) => m.startsWith(w)) || /^(?:this|last|next)$/.test(w))) return true;
    // Month and weekday names are capitalized; lower-case "may", "march", "sat" are other words.
    if (words.length === 1 && !CAPITALIZED.test(r.text) && (MONTHS.some((m) => m.startsWith(lower)) || WEEKDAY_ABBREVIATIONS.includes(lower))) return false;
    if (!NAME_LIKE.test(r.text)) return true;
    const before = wordBefore(text, r.index);
    // A preposition, or another date word in a list ("April, May and June"), introduces it.
    const plainBefore = before?.toLowerCase().replace(/[^\p{L}]/gu, "") ?? "";
    const introduced = INTRODUCERS.has(plainBefore) || (before !== null && /[,;]$/.test(before) && DATE_WORDS.has(plainBefore));
    // "May" on its own is the modal unless a time word introduces it ("in May").
    if (lower === "may" && !introduced) return false;
    // A weekday abbreviation alone is a name or a word ("and Sun Microsystems", "left Sun
    // reporting a loss") unless "on" sets it as a day; in a date it comes with a day number.
    if (WEEKDAY_ABBREVIATIONS.includes(lower)) return plainBefore === "on";
    // "the Today programme", "a Today show segment": an article before a capitalized "Today" makes it a title.
    if (lower === "today" && CAPITALIZED.test(r.text) && (plainBefore === "the" || plainBefore === "a")) return false;
    if (introduced) return true;
    // A capitalized neighbour in the same phrase makes it part of a name.
    const after = wordAfter(text, r.index + r.text.length);
    const nameAfter = after !== null && CAPITALIZED.test(after) && !DATE_WORDS.has(after.toLowerCase().replace(/[^\p{L}]/gu, ""));
    if (nameAfter) return false;
    const nameBefore = before !== null && CAPITALIZED.test(before) && /\p{L}$/u.test(before);
    // News puts a weekday right after its subject ("the Cabinet Tuesday approved", "in Miami Wednesday"),
    // so a name before a weekday ends there, unless it is an epithet of the day ("Bloody Sunday").
    if (nameBefore && WEEKDAYS.includes(words[words.length - 1]!)) return !WEEKDAY_EPITHETS.has(plainBefore);
    return !nameBefore;
  }
}
