// A cheap first pass: only sentences with a digit or a time word can hold a time expression.
// chrono's many patterns then run over those sentences alone, joined into one shorter text, and
// each result is mapped back to its place in the original.

// Numbers that can be dates or times: year-like numbers ("2022", "1990s", "'80s"), numeric dates
// ("12-03-2025", "3/4/24"), clock times ("10:30", "3 p.m."), quarters and ISO weeks ("Q3",
// "2025-W25"). Other numbers ("2,300 drones") hold a date only beside a month or time word.
const DATE_NUMBER = "(?<![\\w,.])(?:1[6-9]|2[01])\\d\\d(?![,.]\\d)|['’]\\d0s|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d:\\d\\d|\\d\\s*[ap]\\.?m\\b|\\bQ[1-4]\\b";
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
// later", "recent months"); "for years" and "half the voters" are not.
const PLACING = ["this", "last", "next", "past", "previous", "preceding", "following", "coming", "current", "recent", "earlier", "later", "same", "that", "few", "several", "couple of", "many",
  "full", "fiscal", "calendar", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "latest", "early", "late", "mid", "end", "start", "beginning", "middle"];
const UNITS = "days?|weeks?|months?|years?|quarters?|half|decades?|periods?|fortnights?|winter|spring|summer|autumn|fall";
const capitalizedToo = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const anyCase = (w: string): string => [...w].map((c) => `[${c}${c.toUpperCase()}]`).join("");
// A month beside a day number is a date in any case ("may 19", "19 MAY" in lower-cased or shouting text).
const MONTH_ANY_CASE = `(?:${["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map(anyCase).join("|")})\\p{L}*`;
const MONTH_DAY = `\\b${MONTH_ANY_CASE}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ANY_CASE}\\b`;
const PLACED_UNIT =
  `\\b(?:${PLACING.map(capitalizedToo).join("|")})[\\s-]+(?:[\\w-]+\\s+){0,2}(?:${UNITS})\\b` +
  `|\\b(?:${["day", "week", "month", "year", "decade", "quarter"].map(capitalizedToo).join("|")})s?\\s+(?:ago|earlier|later|before|after|on)\\b` +
  `|\\b[Tt]he\\s+(?:[\\w-]+\\s+)?(?:week|year|quarter|period|decade|winter|spring|summer|autumn|fall)\\b|\\b[Yy]ear(?:[\\s-]+end|['’]s\\s+end|-ago|-earlier)\\b|\\b(?:later|future)\\s+date\\b`;
// Every word or number a date parser keys on.
const TRIGGER = new RegExp(`${DATE_NUMBER}|${MONTH_DAY}|${PLACED_UNIT}|\\b(?:${[...NAMES, ...WORDS.map(capitalizedToo)].join("|")})\\b`, "gu");
// A sentence ends at a line end, or at . ! ? before a capital ("U.S. officials" goes on).
const BOUNDARY = /[.!?](?=\s+["'“‘(]?\p{Lu})|\n/gu;

// Stands for a line break in the text chrono reads, and joins the sentences kept: chrono's
// patterns take "\n" as a space and would join a title's last word to the dateline below it
// ("from April" + "13 March"), or two sentences once the text between them is left out.
export const LINE_BREAK = "\u0000";

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
    const start = Math.max(sentenceStart(text, m.index, kept), kept);
    BOUNDARY.lastIndex = m.index + m[0].length;
    const end = Math.min(text.length, (BOUNDARY.exec(text)?.index ?? text.length) + 1);
    if (parts.length > 0 && start > kept) {
      parts.push(LINE_BREAK);
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
    if ((ch === "." || ch === "!" || ch === "?") && isSentenceEnd(text, i)) return i;
  }
  return floor;
}

const isSentenceEnd = (text: string, after: number): boolean => /^\s+["'“‘(]?\p{Lu}/u.test(text.slice(after, after + 4));
