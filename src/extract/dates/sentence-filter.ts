// A cheap first pass: only sentences with a digit or a time word can hold a time expression.
// chrono's many patterns then run over those sentences alone, joined into one shorter text, and
// each result is mapped back to its place in the original.
// The scan is one regex pass over the characters, cheaper than a walk over the text layer's
// tokens, and chrono reads characters, not tokens; its sentence cut (a line break, or a stop
// before a capital that closes no abbreviation) is its own, as the values of the dates found depend on it.
import { CLOCK_ZONE } from "./components.js";

// Numbers that can be dates or times: year-like numbers ("2022", "1990s", "'80s"), numeric dates
// ("12-03-2025", "3/4/24"), clock times ("10:30", "3 p.m."), quarters, halves and ISO weeks ("Q3", "H1",
// "2025-W25"). Other numbers ("2,300 drones") hold a date only beside a month or time word.
const DATE_NUMBER = "(?<![\\w,.])(?:1[6-9]|2[01])\\d\\d(?![,.]\\d)|['’]\\d0s|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d:\\d\\d|\\d\\s*[ap]\\.?m\\b|\\bQ[1-4]\\b|\\bH[12]\\b" +
  // a clock in four digits with a zone ("0600 GMT"), a day of the month by its ordinal ("on the 14th"), a fiscal year's label ("FY2025")
  `|\\b[012]\\d[0-5]\\d\\s?(?:hrs\\s+)?(?:${CLOCK_ZONE})\\b|\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\bFY[\\s-]?\\d\\d`;
// Names written with a capital (the modal "may" and the verb "march" are not triggers); holiday
// names end in "Day", "Eve", "Night" or are one word.
const NAMES = ["Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December",
  "Mon", "Monday", "Tue", "Tues", "Tuesday", "Wed", "Wednesday", "Thu", "Thur", "Thurs", "Thursday", "Fri", "Friday", "Sat", "Saturday", "Sun", "Sunday",
  "Day", "Eve", "Night", "Christmas", "Halloween", "Thanksgiving", "Easter", "Juneteenth", "Hogmanay", "Pentecost", "Epiphany", "Mardi"];
// Time words that are dates on their own, at the start of a sentence or not.
const WORDS = ["today", "tonight", "tomorrow", "yesterday", "overnight", "night", "nights", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "noon", "midday", "midnight",
  "ago", "weekend", "weekends", "century", "mondays", "fridays", "sundays",
  // years and decades in words ("nineteen ninety-six", "two thousand", "the nineties")
  "future", "past", "term",
  "eighteen", "nineteen", "thousand", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
// Units of time are dates only with a word that places them ("last week", "the year", "two days
// later", "recent months", "year-end"); "for years" and "half the voters" are not. Each unit found
// is checked against the few words around it.
const UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "half", "decade", "decades", "period", "periods", "fortnight", "fortnights",
  "winter", "spring", "summer", "autumn", "fall", "date", "season"];
const PLACING = "this|last|next|past|previous|preceding|following|coming|current|recent|earlier|later|same|that|few|several|couple\\s+of|many|full|fiscal|calendar|" +
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|latest|early|late|mid|end|start|beginning|middle|future";
const PLACED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PLACING})[\\s-]+(?:[\\w-]+\\s+){0,2}$`, "iu");
const THE_BEFORE = /(?:^|[^\p{L}])the\s+(?:[\w-]+\s+)?$/iu;
const PLACED_AFTER = /^(?:s?\s+(?:ago|earlier|later|before|after|on)\b|[\s-]+end\b|['’]s\s+end\b|-ago\b|-earlier\b)/i;
/** Prepositions that put a season in time without an article ("in summer", "during the winter"). */
export const TIME_PREPOSITIONS = new Set(["in", "during", "by", "until", "till", "since", "over", "through", "throughout", "from", "before", "after", "into"]);
/** A season's prepositions: "for" puts a season in time too ("hired for the summer", "closed for winter"). */
export const SEASON_PREPOSITIONS = new Set([...TIME_PREPOSITIONS, "for"]);
const SEASONS = new Set(["winter", "spring", "summer", "autumn", "fall"]);
const WORD_BEFORE = /(\p{L}+)\s+$/u;
// What "the" may place: "the year", "the quarter" (not "the day", "the days").
const PLACED_BY_THE = new Set(["week", "year", "quarter", "period", "decade", "winter", "spring", "summer", "autumn", "fall"]);
// A month name in any case is a date beside a day number ("may 19", "19 MAY" in lower-cased or shouting text).
const MONTH_WORDS = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"];
const DAY_AFTER = /^\.?\s+\d{1,2}\b/;
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
const LOOK = 32;
const capitalizedToo = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const anyCase = (w: string): string => `(?:${w}|${w.toUpperCase()}|${w[0]!.toUpperCase()}${w.slice(1)})`;
// Every word or number a date parser keys on: units (group 1) and months in any case (group 2) are checked.
const TRIGGER = new RegExp(
  `${DATE_NUMBER}|\\b(?:${[...NAMES, ...WORDS.map(capitalizedToo)].join("|")})\\b|\\b(${UNITS.map(capitalizedToo).join("|")})\\b|\\b(${MONTH_WORDS.map(anyCase).join("|")})\\b`,
  "g",
);
const UNIT_GROUP = 1;
const MONTH_GROUP = 2;

/** Whether a trigger match places a date: a unit with a word that places it, a month beside a day number, or anything else. */
function places(text: string, m: RegExpExecArray): boolean {
  const unit = m[UNIT_GROUP]?.toLowerCase();
  const end = m.index + m[0].length;
  if (unit !== undefined) {
    const before = text.slice(Math.max(0, m.index - LOOK), m.index);
    if (PLACED_BEFORE.test(before)) return true;
    if (unit !== "date" && PLACED_AFTER.test(text.slice(end, end + LOOK))) return true;
    if (SEASONS.has(unit) && SEASON_PREPOSITIONS.has(WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? "")) return true;
    return PLACED_BY_THE.has(unit) && THE_BEFORE.test(before);
  }
  if (m[MONTH_GROUP] !== undefined) return DAY_AFTER.test(text.slice(end, end + 4)) || DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
  return true;
}
// A sentence ends at a line end, or at . ! ? before a capital ("U.S. officials" goes on), unless
// the stop closes an abbreviation.
const BOUNDARY = /[.!?](?=\s+["'“‘(]?\p{Lu})|\n/gu;
// Words a stop follows without ending the sentence: initials ("N.J.", "U.S."), titles, months, company forms.
const ABBREVIATION = /(?:^|[^\p{L}.])(?:\p{L}|\p{L}\.\p{L}|mr|mrs|ms|dr|st|sen|rep|gov|gen|lt|col|sgt|capt|rev|prof|inc|corp|co|ltd|jr|sr|no|vs|mt|ft|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/iu;

/** Whether text[i] is a stop that closes an abbreviation ("Mr.", "U.S.", "Corp."). */
export function closesAbbreviation(text: string, i: number): boolean {
  return text[i] === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
}

/** The index of the stop or line break that ends the sentence going on at `from`, or the text's length. */
function sentenceEnd(text: string, from: number): number {
  BOUNDARY.lastIndex = from;
  for (let b = BOUNDARY.exec(text); b; b = BOUNDARY.exec(text)) if (!closesAbbreviation(text, b.index)) return b.index;
  return text.length;
}

// Stands for a line break in the text chrono reads, and joins the sentences kept: chrono's
// patterns take "\n" as a space and would join a title's last word to the dateline below it
// ("from April" + "13 March"), or two sentences once the text between them is left out.
export const LINE_BREAK = "\u0000";
// Joins two kept sentences of one paragraph with the text between them left out: a sentence's
// end, no line's ("the year" is read back to a year told in its own paragraph only).
export const SENTENCE_GAP = "\u0001";

// A run of blanks no expression spans. chrono's patterns that allow blanks on both sides of an
// optional comma ("March   , 5") are quadratic in such a run, so it is made impassable too.
const LONG_BLANKS = /[ \t\u00a0]{8,}/g;

/** What chrono reads, and where each of its offsets lies in the original text. */
export interface ChronoInput {
  text: string;
  /** The original offset of an offset into `text`. */
  original(index: number): number;
}

/** The sentences of `text` that have a trigger, joined by line breaks, with their offsets. */
export function chronoInput(text: string): ChronoInput {
  const parts: string[] = [];
  // Per kept sentence: where it starts in the joined text and in the original.
  const joinedStarts: number[] = [];
  const originalStarts: number[] = [];
  let joined = 0;
  let kept = 0; // end of the original text looked at so far
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    if (!places(text, m)) continue;
    const start = Math.max(sentenceStart(text, m.index, kept), kept);
    const end = Math.min(text.length, sentenceEnd(text, m.index + m[0].length) + 1);
    if (parts.length > 0 && start > kept) {
      parts.push(text.slice(kept, start).includes("\n") ? LINE_BREAK : SENTENCE_GAP);
      joined += 1;
    }
    joinedStarts.push(joined);
    originalStarts.push(start);
    const sentence = text.slice(start, end);
    parts.push(sentence);
    joined += sentence.length;
    kept = end;
    TRIGGER.lastIndex = kept;
  }
  const input = parts.join("").replace(/\n/g, LINE_BREAK).replace(LONG_BLANKS, (run) => LINE_BREAK.repeat(run.length));
  return {
    text: input,
    original(index: number): number {
      let lo = 0;
      let hi = joinedStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (joinedStarts[mid]! <= index) lo = mid;
        else hi = mid - 1;
      }
      return originalStarts[lo]! + index - joinedStarts[lo]!;
    },
  };
}

/** The start of the sentence holding `index`, not before `floor`. */
function sentenceStart(text: string, index: number, floor: number): number {
  for (let i = index; i > floor; i--) {
    const ch = text[i - 1];
    if (ch === "\n") return i;
    if ((ch === "." || ch === "!" || ch === "?") && isSentenceEnd(text, i) && !closesAbbreviation(text, i - 1)) return i;
  }
  return floor;
}

const isSentenceEnd = (text: string, after: number): boolean => /^\s+["'“‘(]?\p{Lu}/u.test(text.slice(after, after + 4));
