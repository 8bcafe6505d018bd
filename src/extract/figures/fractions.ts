// Fractions: printed ("3/4 mile", "10 1/2 miles", "½ cup", "7¾"), in words ("two-thirds", "one
// third", "three quarters", "a third of"), and of a scale ("half million", "a quarter of a million").

/** Fraction characters and their values. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
  "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
};

// Denominators of fractions as measures and prices print them; "9/11" and "1/10" are not fractions.
const DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 16, 32, 64]);
const SLASHED = /(\d{1,2})\/(\d{1,2})(?![\d/])/y;

export interface Fraction {
  value: number;
  end: number;
}

/** A proper fraction printed at `pos` with a slash ("3/4") or as one character ("½"), or null. */
export function printedFractionAt(text: string, pos: number): Fraction | null {
  const vulgar = VULGAR_FRACTIONS[text[pos] ?? ""];
  if (vulgar !== undefined) return { value: vulgar, end: pos + 1 };
  SLASHED.lastIndex = pos;
  const m = SLASHED.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const [num, den] = [Number(m[1]), Number(m[2])];
  if (num < 1 || num >= den || !DENOMINATORS.has(den)) return null;
  return { value: num / den, end: pos + m[0].length };
}

// A fraction on its own measures something printed after it ("3/4 mile", "1/2-inch", "3/4%");
// followed by a comma or the end it is more often a date ("on 3/4,").
const MEASURED_AFTER = /[ \t\u00a0]*(?:%|\p{L})|-\p{L}/uy;

/** A fraction standing alone at `pos` ("3/4 mile"), or null. */
export function standaloneFractionAt(text: string, pos: number): Fraction | null {
  const f = printedFractionAt(text, pos);
  if (!f) return null;
  MEASURED_AFTER.lastIndex = f.end;
  return MEASURED_AFTER.test(text) ? f : null;
}

/** The fraction after a whole number ending at `end`: "10 1/2", "7¾", "101 1/4"; or null. */
export function mixedFractionAfter(text: string, end: number): Fraction | null {
  if (VULGAR_FRACTIONS[text[end] ?? ""] !== undefined) return printedFractionAt(text, end);
  if (text[end] !== " " || !/\d/.test(text[end + 1] ?? "")) return null;
  const f = printedFractionAt(text, end + 1);
  return f && text[f.end] !== "," ? f : null;
}

/** Denominators named by words, singular and plural ("third", "thirds"). */
const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** The words that can start a fraction with an article before them ("a third of", "a quarter million", "half million"). */
export const LEADING_FRACTION_WORDS: readonly string[] = ["half", "third", "quarter", "fifth", "sixth", "eighth", "tenth"];

const FRACTION_WORD = /[ \t\u00a0-](\p{L}+)(?![\p{L}-])/uy;

/**
 * The fraction word after a numerator in words ("two-thirds", "one third", "three quarters"):
 * the numerator agrees with it in number, so "twenty-third" and "the one third-party" are not read.
 */
export function fractionWordAfter(text: string, end: number, numerator: number): Fraction | null {
  FRACTION_WORD.lastIndex = end;
  const m = FRACTION_WORD.exec(text);
  const word = m?.[1]?.toLowerCase() ?? "";
  const den = FRACTION_WORDS[word];
  if (!m || den === undefined || numerator >= den) return null;
  if ((numerator === 1) === /s$/.test(word)) return null;
  const fractionEnd = m.index + m[0].length;
  // "the next three quarters" are periods of a year: written apart, quarters are a fraction only of something.
  OF_OR_SCALE.lastIndex = fractionEnd;
  if (m[0][0] !== "-" && /^quarter/i.test(word) && !OF_OR_SCALE.test(text)) return null;
  return { value: numerator / den, end: fractionEnd };
}

const OF_OR_SCALE = /[ \t\u00a0]+(?:of|thousand|million|billion|trillion)(?![\p{L}])/iuy;

/** The denominator a word names ("third" -> 3), or undefined. */
export function denominatorOf(word: string): number | undefined {
  return FRACTION_WORDS[word.toLowerCase()];
}
