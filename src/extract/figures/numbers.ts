// Numbers as printed: numerals with separators, decimals and scales ("2,300", "3.8 billion",
// "£120m", "1.2bn") and numbers in words ("six", "twenty-five", "a hundred", "two dozen").
import {
  denominatorOf, fractionWordAfter, LEADING_FRACTION_WORDS, mixedFractionAfter, standaloneFractionAt, VULGAR_FRACTIONS,
} from "./fractions.js";
import { CURRENCY_SUBUNITS, CURRENCY_WORDS, MEASURE_WORDS, TIME_UNITS } from "./lexicon.js";
import { countNounAfter } from "./phrase.js";

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  /** Written in words ("six", "a dozen"). */
  spelled: boolean;
  /** Bare digits with no separator, decimal or scale: a year or a label can look like this. */
  bare: boolean;
  /** A scale word or suffix was applied ("billion", "m"). */
  scaled: boolean;
  /** The scale's multiplier (1 when none), shared with the low end of "5 to 10 million". */
  scale: number;
  /** A fraction ("3/4", "two-thirds", "a third"): a figure even with nothing counted after it. */
  fraction: boolean;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Scale words printed after a numeral ("3.8 billion", "£14.2bn", "Rs 5 crore").
const NUMERAL_SCALES: Record<string, number> = {
  ...SCALES, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, tn: 1e12, trn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};
// One-letter scale suffixes glued to a numeral ("$10k", "£120m", "$5B"); "m" may also be metres.
const LETTER_SCALES: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9, T: 1e12 };

/** The words that can start a number in words; "a" is looked for before a scale word instead. */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS), "hundred", ...Object.keys(SCALES), "dozen", ...LEADING_FRACTION_WORDS];
/** Characters that are a number on their own ("½"). */
export const FRACTION_CHARS: string = Object.keys(VULGAR_FRACTIONS).join("");

// A numeral: thousands groups of exactly three digits (or Indian lakh groups of two, "12,34,567"),
// or a plain run of digits; a decimal part.
const NUMERAL = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y;
const SPLIT_THOUSANDS = /, \d{3}(?![\d,.])(?![ \t]+(?:and|or|to)[ \t])/y;
const SPACED_SCALE = /[ \t\u00a0-]?(thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|crores?|lakhs?)(?![\p{L}\p{N}])/iuy;
// The letters that scale a numeral they are glued to.
export const SCALE_LETTER = "[kKmMbBT]";
const LETTER_SCALE = new RegExp(`(${SCALE_LETTER})(?![\\p{L}\\p{N}])`, "uy");
// A larger scale after a scale multiplies it, as Indian figures print the largest sums ("1.2 lakh crore", "5 thousand crore").
const SECOND_SCALE = /[ \t\u00a0]+(crores?|million|billion|trillion)(?![\p{L}\p{N}])/iuy;
// More significant digits than a double keeps are an identifier, not an amount.
const MAX_DIGITS = 15;

/**
 * The number printed at `pos`, or null. `afterCurrency` tells a glued "m" means million;
 * `scaleLetter` is a glued letter known to be a scale here (that of the figure it is compared with).
 */
export function readNumber(text: string, pos: number, afterCurrency: boolean, scaleLetter: string | null = null): NumberMention | null {
  if (/\d/.test(text[pos] ?? "")) return readNumeral(text, pos, afterCurrency, scaleLetter);
  return VULGAR_FRACTIONS[text[pos] ?? ""] === undefined ? readWords(text, pos) : readFraction(text, pos);
}

// "3/4 mile", "½ cup": a fraction with no whole number before it.
function readFraction(text: string, pos: number): NumberMention | null {
  const f = standaloneFractionAt(text, pos);
  return f ? { start: pos, end: f.end, value: f.value, spelled: false, bare: false, scaled: false, scale: 1, fraction: true } : null;
}

function readNumeral(text: string, pos: number, afterCurrency: boolean, scaleLetter: string | null): NumberMention | null {
  if (text[pos + 1] === "/" || text[pos + 2] === "/") {
    const fraction = readFraction(text, pos);
    if (fraction) return fraction;
  }
  NUMERAL.lastIndex = pos;
  const m = NUMERAL.exec(text);
  if (!m) return null;
  let printed = m[0];
  // "80, 000 spectators": a thousands separator with a stray blank after it, as tokenized text
  // prints it; not in a list ("50, 100, 150", "10, 100 and 120").
  SPLIT_THOUSANDS.lastIndex = pos + printed.length;
  const split = /^\d{1,3}$/.test(printed) && !/\d, $/.test(text.slice(Math.max(0, pos - 3), pos)) ? SPLIT_THOUSANDS.exec(text) : null;
  if (split) printed = text.slice(pos, split.index + split[0].length);
  if (printed.replace(/\D/g, "").length > MAX_DIGITS) return null;
  const digits = printed.replace(/[, ]/g, "");
  let end = pos + printed.length;
  // "10 1/2 miles", "7¾%": a whole number and a fraction.
  const mixed = /^\d+$/.test(printed) ? mixedFractionAfter(text, end) : null;
  if (mixed) return { start: pos, end: mixed.end, value: Number(digits) + mixed.value, spelled: false, bare: false, scaled: false, scale: 1, fraction: true };
  let scale = 1;
  SPACED_SCALE.lastIndex = end;
  const s = SPACED_SCALE.exec(text);
  if (s?.[1]) {
    scale = NUMERAL_SCALES[s[1].toLowerCase()] ?? 1;
    end = s.index + s[0].length;
    SECOND_SCALE.lastIndex = end;
    const second = SECOND_SCALE.exec(text);
    const by = second?.[1] ? NUMERAL_SCALES[second[1].toLowerCase()] ?? 1 : 1;
    if (second && by > scale) {
      scale *= by;
      end = second.index + second[0].length;
    }
  } else {
    // After a currency the letter may also stand apart ("£25 m").
    const gap = afterCurrency && (text[end] === " " || text[end] === "\u00a0") ? 1 : 0;
    LETTER_SCALE.lastIndex = end + gap;
    const l = LETTER_SCALE.exec(text);
    // A glued letter is a scale after a currency ("£120m") or before a counted plural ("5m people", "1.2m extra journeys");
    // otherwise "5m" is five metres and "5k" a label.
    // Capital K and T are a resolution or a label ("4K") unless it is money ("$10K", "$1.5T").
    // Standing apart, a letter before a hyphen starts a word ("$5 T-shirts").
    const word = gap === 1 && /^[-‐]/.test(text[end + 2] ?? "");
    if (l?.[1] && !word && (afterCurrency || l[1] === scaleLetter || (l[1] !== "K" && l[1] !== "T" && countNounAfter(text, end + gap + 1)) || isBareThousands(text, pos, l))) {
      scale = LETTER_SCALES[l[1]] ?? 1;
      end += gap + 1;
    }
  }
  return {
    start: pos,
    end,
    value: scaleValue(digits, scale),
    spelled: false,
    bare: scale === 1 && /^\d+$/.test(printed),
    scaled: scale !== 1,
    scale,
    fraction: false,
  };
}

// An article before the number: "a 5k", "the 10k" name a race, not thousands.
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the)[ \t\u00a0]+$/iu;

/**
 * "45k were waiting", "rents hit 45k": a lowercase "k" glued to a number is thousands even with
 * nothing counted, being no unit of its own; not before a hyphen ("5k-run") or after an article.
 */
function isBareThousands(text: string, pos: number, l: RegExpExecArray): boolean {
  return l[1] === "k" && text[l.index + 1] !== "-" && !DETERMINER_BEFORE.test(text.slice(Math.max(0, pos - 5), pos));
}

// Multiply in decimal so that 3.8 billion is exactly 3800000000, not 3799999999.9999995.
function scaleValue(digits: string, scale: number): number {
  return scale === 1 ? Number(digits) : Number(`${digits}e${Math.round(Math.log10(scale))}`);
}

const WORD = /(\p{L}+)/uy;
const NEXT_UNIT_WORD = /[ \t\u00a0-](\p{L}+)(?![\p{L}-])/uy;

// Units that after "one" are more often idioms: "put one foot in front of the other", "not one inch".
const ONE_IDIOMS = new Set(["foot", "inch"]);

// A unit of measure (not of time: "one day" is more often "some day") or of money after `end`.
function isMeasureOrMoneyAt(text: string, end: number): boolean {
  NEXT_UNIT_WORD.lastIndex = end;
  const word = NEXT_UNIT_WORD.exec(text)?.[1]?.toLowerCase() ?? "";
  if (ONE_IDIOMS.has(word)) return false;
  return (MEASURE_WORDS.has(word) && !TIME_UNITS.has(word)) || CURRENCY_WORDS.has(word) || CURRENCY_SUBUNITS.has(word);
}
const ONE_TIME_UNIT = /^-(?:second|minute|hour|day|night|week|month|year|decade)(?![\p{L}])/u;
const ONE_IN = /^(?:[ \t]+(?:in|out[ \t]+of)[ \t]+|-in-)(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million)(?![\p{L}]))/iu;
// "and a half" after a number in words, also hyphened into a compound modifier ("a five-and-a-half-year contract").
const AND_A_HALF = /^(?:[ \t\u00a0]+and[ \t\u00a0]+a[ \t\u00a0]+|-and-a-)half(?![\p{L}])/u;
const WORD_SEP = /(?:[ \t\u00a0]+and[ \t\u00a0]+|[ \t\u00a0]+|-)/y;
// A scale after a fraction: "three quarters billion", "half a million", "a quarter of a million".
const SCALE_OF_FRACTION = /[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:an?[ \t\u00a0]+)?(thousand|million|billion|trillion)(?![\p{L}])/iuy;
const ARTICLE_BEFORE = /(?<!\p{L})an?[ \t\u00a0]+$/iu;
const OF_AFTER = /[ \t\u00a0]+of[ \t\u00a0]/y;
// A change by a share ("cut by a third", "fell by half"): "by" before, and after it the clause
// goes on with no noun the word could be an ordinal of ("by a third party").
// A qualifier may stand between ("rose by more than a third").
// A noun of change with "of" says the same as "by" ("a cut of a tenth", "a rise of about a quarter").
const BY_BEFORE = /(?<!\p{L})(?:by|(?:cut|rise|fall|drop|increase|decrease|reduction|decline|jump|gain|loss)s?[ \t\u00a0]+of)[ \t\u00a0]+(?:(?:(?:more|less) than|almost|nearly|about|around|roughly|over|under|just over|just under|up to)[ \t\u00a0]+)?$/iu;
const SHARE_ENDS = /(?![ \t\u00a0]*[\p{L}\p{N}])|[ \t\u00a0]+(?:from|to|in|since|over|compared|and|or|but|while|after|last|this|on|at|between|during|within|year-on-year)(?![\p{L}-])/iuy;

// How far back "by" and its qualifier may start before a share.
const BY_REACH = 32;
// A share before a comparative that ends its phrase is a change by that share ("a third higher than",
// "a quarter cheaper."); a noun after it would make the word an ordinal or a count ("a third more staff").
const COMPARATIVE_AFTER = /[ \t\u00a0]+(?:higher|lower|more|less|fewer|bigger|smaller|larger|greater|cheaper|dearer|faster|slower|longer|shorter)(?:[ \t\u00a0]+than(?![\p{L}])|[ \t\u00a0]*(?:[,.;:!?)]|$))/iuy;
// "half a percentage point", "half a mile", "half an hour": a half of one unit of measure.
const HALF_A_UNIT = /[ \t\u00a0]+an?(?=[ \t\u00a0]+(?:percentage[ \t\u00a0]+)?(\p{L}+)(?![\p{L}]))/iuy;

// The scale after a fraction ending at `end`, or null.
function scaleOfFraction(text: string, end: number): { scale: number; end: number } | null {
  SCALE_OF_FRACTION.lastIndex = end;
  const m = SCALE_OF_FRACTION.exec(text);
  const scale = m?.[1] ? SCALES[m[1].toLowerCase()] : undefined;
  return m && scale ? { scale, end: m.index + m[0].length } : null;
}

function fractionMention(start: number, end: number, value: number, scaled: boolean): NumberMention {
  return { start, end, value, spelled: true, bare: false, scaled, scale: 1, fraction: true };
}

// "a third of", "a quarter million", "half million": a fraction word with an article or a scale.
// Without either it is an ordinal ("the third day") or vague ("half the country").
function readLeadingFraction(text: string, pos: number, word: string, den: number): NumberMention | null {
  const wordEnd = pos + word.length;
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, pos - 4), pos));
  const start = article ? pos - article[0].length : pos;
  const scale = scaleOfFraction(text, wordEnd);
  if (scale) return fractionMention(start, scale.end, scale.scale / den, true);
  SHARE_ENDS.lastIndex = wordEnd;
  if ((article || den === 2) && BY_BEFORE.test(text.slice(Math.max(0, start - BY_REACH), start)) && SHARE_ENDS.test(text)) return fractionMention(start, wordEnd, 1 / den, false);
  COMPARATIVE_AFTER.lastIndex = wordEnd;
  if (article && COMPARATIVE_AFTER.test(text)) return fractionMention(start, wordEnd, 1 / den, false);
  HALF_A_UNIT.lastIndex = wordEnd;
  const half = !article && den === 2 ? HALF_A_UNIT.exec(text) : null;
  const unit = half?.[1]?.toLowerCase() ?? "";
  if (half && (MEASURE_WORDS.has(unit) || unit === "point")) return fractionMention(start, half.index + half[0].length, 0.5, false);
  OF_AFTER.lastIndex = wordEnd;
  if (!article || den === 2 || !OF_AFTER.test(text)) return null;
  return fractionMention(start, wordEnd, 1 / den, false);
}

function readWords(text: string, pos: number): NumberMention | null {
  WORD.lastIndex = pos;
  const first = WORD.exec(text)?.[1] ?? "";
  const den = denominatorOf(first);
  if (den !== undefined) return readLeadingFraction(text, pos, first, den);
  let start = pos;
  let total = 0;
  let current = 0;
  let last: "unit" | "ten" | "hundred" | "scale" | null = null;
  let end = pos;
  let count = 0;
  let at = pos;
  // "a hundred", "half a million": the article or "half a" before a scale word is its multiplier.
  const lead = /(?<!\p{L})((?:half[ \t]+)?an?)[ \t]+$/iu.exec(text.slice(Math.max(0, pos - 12), pos));
  for (;;) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m?.[1]) break;
    const w = m[1].toLowerCase();
    const unit = UNITS[w];
    const ten = TENS[w];
    const scale = SCALES[w];
    if (unit !== undefined) {
      // "twenty two" continues a number; "two three" does not.
      if (last === "unit" || (last === "ten" && unit >= 10)) break;
      current += unit;
      last = "unit";
    } else if (ten !== undefined) {
      if (last === "unit" || last === "ten") break;
      current += ten;
      last = "ten";
    } else if (w === "hundred" || w === "dozen" || scale !== undefined) {
      let multiplier = current;
      if (count === 0) {
        // A bare scale word ("hundreds", "dozen") is vague unless "a" or "half a" precedes it.
        if (!lead?.[1]) return null;
        // "a quarter of a million": a fraction of the scale, which this reader does not value.
        if (/of[ \t]+$/i.test(text.slice(Math.max(0, pos - lead[0].length - 4), pos - lead[0].length))) return null;
        multiplier = /^half/i.test(lead[1]) ? 0.5 : 1;
        start = pos - lead[0].length;
      }
      if (w === "hundred") {
        current = multiplier * 100;
        last = "hundred";
      } else if (w === "dozen") {
        current = multiplier * 12;
        last = "hundred";
      } else {
        total += multiplier * (scale ?? 1);
        current = 0;
        last = "scale";
      }
    } else break;
    count++;
    end = m.index + m[0].length;
    WORD_SEP.lastIndex = end;
    const sep = WORD_SEP.exec(text);
    if (!sep) break;
    // "and" joins only after hundred or a scale ("a hundred and twenty").
    if (/and/.test(sep[0]) && last !== "hundred" && last !== "scale") break;
    at = sep.index + sep[0].length;
  }
  if (count === 0) return null;
  // "two-thirds", "one third", "three quarters billion": a numerator in words and its denominator.
  const fraction = count === 1 && last === "unit" ? fractionWordAfter(text, end, current) : null;
  if (fraction) {
    const scale = scaleOfFraction(text, fraction.end);
    return fractionMention(start, scale?.end ?? fraction.end, fraction.value * (scale?.scale ?? 1), !!scale);
  }
  // "seven and a half years", "one and a half million".
  const half = AND_A_HALF.exec(text.slice(end, end + 16));
  if (half && last !== "scale") {
    current += 0.5;
    end += half[0].length;
    SPACED_SCALE.lastIndex = end;
    const s = SPACED_SCALE.exec(text);
    const scale = s?.[1] ? SCALES[s[1].toLowerCase()] : undefined;
    if (s && scale) {
      current *= scale;
      end = s.index + s[0].length;
    }
  }
  const value = total + current;
  // "one" on its own is an article or a pronoun ("one of the richest", "one traveller"), but
  // before a hyphenated unit of time it is a length ("a one-year contract"), before a unit of
  // measure or money an amount ("one mile", "one penny", "a one-yen bid") and before "in" and
  // another number a proportion ("one in five children").
  if (count === 1 && value === 1 && !half && !ONE_TIME_UNIT.test(text.slice(end, end + 12)) && !ONE_IN.test(text.slice(end, end + 20)) && !isMeasureOrMoneyAt(text, end)) return null;
  return { start, end, value, spelled: true, bare: false, scaled: total > 0, scale: 1, fraction: false };
}
