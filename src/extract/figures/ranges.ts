// What joins a second number to the first: a range ("20 to 30 vessels", "between 20 and 30",
// "£5m-£10m") or a proportion ("one in three voters", "7 out of 10 people").
import { isDayOfMonth, isScore, wordBefore } from "./guards.js";
import { tagsOf, TIME_UNITS } from "./lexicon.js";
import { readNumber, type NumberMention } from "./numbers.js";
import { countedPhraseAfter } from "./phrase.js";
import { currencyBefore } from "./money.js";
import { gluedUnitAt } from "./units.js";

// What joins the two ends of a range: a dash, "to", "or", or "and" after "between".
const RANGE_JOIN = /[ \t\u00a0]*[-–—][ \t\u00a0]*|[ \t\u00a0]+(?:to|or|and)[ \t\u00a0]+/y;

/** The unit glued to a range's end, or null; "st" is an ordinal's ("1st-2nd"). */
function rangeUnitAt(text: string, end: number): string | null {
  const unit = gluedUnitAt(text, end);
  return unit === "st" ? null : unit;
}

// Verbs of change whose amount may be followed by "to" and the level reached.
const CHANGE_VERBS = new Set([
  "rose", "rise", "rises", "fell", "fall", "falls", "climbed", "climbs", "dropped", "drops", "gained", "gains", "lost", "loses",
  "jumped", "jumps", "slid", "slides", "slipped", "slips", "increased", "increases", "decreased", "decreases", "declined", "declines",
  "grew", "grows", "shed", "sheds", "added", "adds", "surged", "soared", "plunged", "tumbled", "edged", "advanced", "retreated",
  "cut", "cuts", "raised", "raises", "lifted", "lifts", "lowered", "lowers", "trimmed", "up", "down",
]);

export interface Range {
  high: NumberMention;
  /** The low end's value with the high end's scale ("5 to 10 million" -> 5000000). */
  low: number;
  /** A score, a span of years, or days of a month: neither end is a figure. */
  notFigures: boolean;
  /** "from 5 to 8", "by 5 to 80": two figures, not one range. */
  separate: boolean;
}

// Reads "20 to 30", "20-30", "between 20 and 30", "two or three", "£5m-£10m" after `n`.
export function readRange(text: string, n: NumberMention, start: number): Range | null {
  // "10%-15%", "between 0.6C and 0.7C": a unit glued to both ends.
  const unitBoth = rangeUnitAt(text, n.end);
  RANGE_JOIN.lastIndex = n.end + (unitBoth?.length ?? 0);
  const join = RANGE_JOIN.exec(text);
  if (!join) return null;
  let at = join.index + join[0].length;
  // "£5m-£10m", "$5 to $10": the currency may be printed again before the high end.
  const digitAt = at + text.slice(at, at + 5).search(/\d/);
  const sameCurrency = digitAt > at ? currencyBefore(text, digitAt) : null;
  if (sameCurrency && sameCurrency.start === at) at = digitAt;
  if (!/[\p{L}\d]/u.test(text[at] ?? "")) return null;
  const high = readNumber(text, at, !!sameCurrency);
  const word = join[0].trim();
  // Both ends are written alike, except "eight to 10 feet", as style books print numbers under ten.
  const mixed = n.spelled && !high?.spelled && word === "to" && n.value < 10;
  if (!high || (high.spelled !== n.spelled && !mixed) || (unitBoth && rangeUnitAt(text, high.end) !== unitBoth)) return null;
  const dash = /^[-–—]$/.test(word);
  const before = wordBefore(text, start)?.text.toLowerCase();
  // "and" joins a range only after "between"; after a verb of change, "to" and a second sign give the new level ("rose $2.41 to $78.90").
  if (word === "and" && before !== "between") return null;
  if (word === "to" && (sameCurrency || unitBoth) && before !== undefined && CHANGE_VERBS.has(before)) return null;
  // "raised the fee by £2 to £10.99": money after "by" is the change, the second sum the level ("by 5% to 10%" stays a range).
  if (word === "to" && sameCurrency && before === "by") return null;
  const low = n.scale === 1 && high.scale !== 1 ? n.value * high.scale : n.value;
  const years = n.bare && high.bare && n.end - n.start === 4 && n.value >= 1000 && n.value < 2200;
  const notFigures = years || (dash && !unitBoth && isScore(text, n, high)) || isDayOfMonth(text, n.start, high.end, n.value);
  // "fell by 21,000 to 1.5 million", "fell $2 to $80", "skidded 1.74 to 123.5": a change and the
  // level it reached, far apart, not a range (nor does the low end take the high end's scale).
  const level = word === "to" && !!before && (CHANGE_WORDS.has(before) || tagsOf(before)?.[0] === "VBD") && high.value >= 10 * n.value;
  if (!notFigures && !level && high.value <= low) return null;
  return { high, low, notFigures, separate: (word === "to" && before === "from") || level };
}

// Words before a percentage that make it a change ("rose 0.4% to 401.2": the level is no
// percent), "or" when it restates one ("rose 1.5 points, or 0.4%, to 401.2").
export const CHANGE_WORDS = new Set(["or", "rose", "fell", "up", "down", "gained", "lost", "climbed", "dropped", "slipped", "jumped", "added", "shed", "grew", "increased", "decreased", "declined", "edged", "surged", "plunged", "tumbled", "slid", "soared", "sank", "eased", "rallied", "by"]);


const PROPORTION_JOIN = /[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+(?=[\p{L}\d])|-in-(?=[\p{L}\d])/uy;
// "a 1-in-100-year flood": the whole numbers a length of time, not people.
const HYPHEN_TIME = /-(?:second|minute|hour|day|week|month|year|decade|century)s?(?![\p{L}])/iuy;

/**
 * The whole after "in" or "out of" that makes `n` a proportion ("one in three voters", "7 out of
 * 10 people", "one in 45 children"), or null: a year ("5 in 2024") or a length of time ("two in
 * three minutes") is not one.
 */
export function proportionWhole(text: string, n: NumberMention): NumberMention | null {
  if (n.fraction || !Number.isInteger(n.value)) return null;
  PROPORTION_JOIN.lastIndex = n.end;
  const join = PROPORTION_JOIN.exec(text);
  if (!join) return null;
  const whole = readNumber(text, join.index + join[0].length, false);
  if (!whole || whole.fraction || !Number.isInteger(whole.value) || whole.value <= n.value) return null;
  HYPHEN_TIME.lastIndex = whole.end;
  if (HYPHEN_TIME.test(text)) return null;
  // A large whole that is no round number makes a count of a part ("seven out of 11 states", "hit
  // 55 in 60 balls"), unless the part is one ("one in 45 children").
  if (n.value !== 1 && whole.value > 10 && !Number.isInteger(Math.log10(whole.value))) return null;
  if (whole.bare && whole.end - whole.start === 4) return null;
  const counted = countedPhraseAfter(text, whole.end);
  return counted && TIME_UNITS.has(counted.unit.toLowerCase()) ? null : whole;
}
