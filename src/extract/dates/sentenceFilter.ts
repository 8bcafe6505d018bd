// A cheap first pass: only sentences with a digit or a time word can hold a time expression.
// The others are blanked out (same length, so every offset holds) before chrono's many patterns
// run, which then skip them at the speed of a scan over spaces.

// Every word a date parser keys on: digits, month and weekday names, and the time words.
const TRIGGER = new RegExp(
  "\\d|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" +
    "|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?s?|today|tonight|tomorrow|yesterday|overnight|nights?|mornings?|afternoons?|evenings?|noon|midnight" +
    "|ago|christmas|halloween|thanksgiving|easter|juneteenth|hogmanay|pentecost|epiphany|mardi|period|days?|weeks?|fortnights?|weekends?|months?|years?|quarters?|half|decades?|century|winter|spring|summer|autumn|fall)\\b",
  "gi",
);
// A sentence ends at a line end, or at . ! ? before a capital ("U.S. officials" goes on).
const BOUNDARY = /[.!?](?=\s+["'“‘(]?\p{Lu})|\n/gu;

// Stands for a line break in the text chrono reads: chrono's patterns take "\n" as a space and
// would join a title's last word to the dateline below it ("from April" + "13 March").
export const LINE_BREAK = "\u0000";

// A run of blanks no expression spans. chrono's patterns that allow blanks on both sides of an
// optional comma ("March   , 5") are quadratic in such a run, so it is made impassable too.
const LONG_BLANKS = /[ \t\u00a0]{8,}/g;

/** What chrono reads: sentences without a trigger blanked, line breaks and long blank runs made impassable. */
export function chronoInput(text: string): string {
  return blankSentencesWithoutTriggers(text).replace(/\n/g, LINE_BREAK).replace(LONG_BLANKS, (run) => LINE_BREAK.repeat(run.length));
}

/** The text with every sentence that has no trigger replaced by spaces. */
export function blankSentencesWithoutTriggers(text: string): string {
  const parts: string[] = [];
  let kept = 0; // end of the text copied so far
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = sentenceStart(text, m.index, kept);
    BOUNDARY.lastIndex = m.index + m[0].length;
    const end = BOUNDARY.exec(text)?.index ?? text.length;
    if (start > kept) parts.push(" ".repeat(start - kept));
    parts.push(text.slice(Math.max(start, kept), end + 1));
    kept = Math.min(text.length, end + 1);
    TRIGGER.lastIndex = kept;
  }
  if (kept === 0) return " ".repeat(text.length);
  if (kept < text.length) parts.push(" ".repeat(text.length - kept));
  return parts.join("");
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
