// What a number counts or measures: a measure named before it ("magnitude 6.8"), or after it a unit
// symbol ("12%", "34C"), a percent word, a currency (money.ts), a hyphenated unit
// ("72-hour"), the noun phrase it counts ("2,300 UAVs") or what its verb says of it ("30 were injured").
import { isRelativeTime } from "./guards.js";
import { countedPhraseAfter, partitivePhraseAfter, subjectStateAfter, temperatureScaleAfter, wordAfter } from "./phrase.js";
import { CURRENCY_WORDS, FUNCTION_WORDS, GLUED_UNITS, MEASURES_BEFORE, PERCENT_WORDS, SPACED_UNITS, STATE_WORDS, TIME_UNITS } from "./lexicon.js";
import { currencyAfter, type Currency } from "./money.js";
import type { NumberMention } from "./numbers.js";

// A word then a blank or a hyphen, at the end of the few characters before a number.
const MEASURE_WORD = /(\p{L}+)(?:[-‐]|[ \t\u00a0]+)$/u;

/** "magnitude 6.8", "a magnitude-7 quake", "Mach 2": a measure named right before the number. */
export function measureBefore(text: string, pos: number): Currency | null {
  const m = MEASURE_WORD.exec(text.slice(Math.max(0, pos - 16), pos));
  const unit = m?.[1] ? MEASURES_BEFORE.get(m[1].toLowerCase()) : undefined;
  return m && unit ? { code: unit, start: pos - m[0].length } : null;
}

/** "state": what the number's verb says of it ("30 were injured"). */
export type UnitKind = "symbol" | "percent" | "currency" | "hyphen" | "noun" | "state";

export interface Unit {
  unit: string;
  kind: UnitKind;
  /** Where the unit ends (the figure's text runs to here). */
  end: number;
  /** The multiplier a currency carries ("30 MUSD", "75 USD million"), else absent. */
  scale?: number;
}

// What can follow a hyphen after a number without being a unit: fractions and ordinals
// ("two-thirds", "twenty-fifth"), ratios ("3-to-1"), other numbers, the vague size of an
// amount by its digits ("a six-figure salary") and a vague age ("a 70-something actor").
const NOT_HYPHEN_UNITS = /^(?:halfs?|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|odd|figure|digit|something|ish)$/i;
const HYPHEN_WORD = /[-‐](\p{L}+)(?![\p{N}])/uy;

// The symbols a unit is divided by ("/m3", "/L", "/kWh"), at most this long.
const MAX_DIVISOR_LENGTH = 4;
const DIVISORS: ReadonlySet<string> = new Set([...GLUED_UNITS, ...SPACED_UNITS, ...TIME_UNITS, "L", "h", "s", "ms", "yr"]);

/** "12%", "34C", "10km", "12 %", "17 km", "100° Celsius": a unit symbol right after a numeral. */
function symbolAfter(text: string, end: number): Unit | null {
  const symbol = symbolAt(text, end, GLUED_BY_FIRST) ?? (text[end] === " " || text[end] === "\u00a0" ? symbolAt(text, end + 1, SPACED_BY_FIRST) : null);
  if (!symbol) return null;
  const symbolEnd = symbol.at + symbol.symbol.length;
  // "100° Celsius": the scale after a degree sign is part of the unit.
  const scale = /^[°º]$/.test(symbol.symbol) ? temperatureScaleAfter(text, symbolEnd) : null;
  // "40µg/m3", "95g/km", "5 mg/L": a unit divided by another is one compound unit.
  const per = !scale && symbol.symbol !== "%" ? slashWordAt(text, symbolEnd) : null;
  const unitEnd = scale?.end ?? (per?.[1] && per[1].length <= MAX_DIVISOR_LENGTH && DIVISORS.has(per[1]) ? symbolEnd + per[0].length : symbolEnd);
  return { unit: text.slice(symbol.at, unitEnd), kind: symbol.symbol === "%" ? "percent" : "symbol", end: unitEnd };
}

// A blank and an opening bracket before a unit symbol, and the bracket that closes each (angle brackets too, as
// specifications print them: "20 <kg>").
const BRACKET_OPEN = /[ \t\u00a0]?([({<])/y;
const BRACKET_CLOSE: Readonly<Record<string, string>> = { "(": ")", "{": "}", "<": ">" };

/** "20 (kg)", "5 {km}", "20 <kg>": a unit symbol alone in brackets after a numeral, as tables and specifications print it. */
function bracketedSymbolAfter(text: string, end: number): Unit | null {
  BRACKET_OPEN.lastIndex = end;
  const open = BRACKET_OPEN.exec(text)?.[1];
  if (!open) return null;
  const at = BRACKET_OPEN.lastIndex;
  const symbol = symbolAt(text, at, GLUED_BY_FIRST) ?? symbolAt(text, at, SPACED_BY_FIRST);
  const close = at + (symbol?.symbol.length ?? 0);
  if (!symbol || text[close] !== BRACKET_CLOSE[open]) return null;
  return { unit: symbol.symbol, kind: symbol.symbol === "%" ? "percent" : "symbol", end: close + 1 };
}

// Symbols by their first character, longest first, so a number is checked only against those that can start there.
function byFirst(symbols: readonly string[]): ReadonlyMap<string, string[]> {
  const map = new Map<string, string[]>();
  for (const symbol of symbols) map.set(symbol[0]!, [...(map.get(symbol[0]!) ?? []), symbol]);
  return map;
}
const GLUED_BY_FIRST = byFirst(GLUED_UNITS);
const SPACED_BY_FIRST = byFirst(SPACED_UNITS);

// The first symbol printed at `at` and not followed by a letter or a digit.
function symbolAt(text: string, at: number, byFirstChar: ReadonlyMap<string, string[]>): { symbol: string; at: number } | null {
  for (const symbol of byFirstChar.get(text[at] ?? "") ?? []) {
    if (text.startsWith(symbol, at) && !/[\p{L}\p{N}]/u.test(text[at + symbol.length] ?? "")) return { symbol, at };
  }
  return null;
}

/** The unit symbol glued to a number ending at `end` ("C" in "0.6C and"; not in "6Chr"), or null. */
export const gluedUnitAt = (text: string, end: number): string | null => symbolAt(text, end, GLUED_BY_FIRST)?.symbol ?? null;

/** "50 percent", "3 per cent", "2 percentage points", "5pc", "5 pct": unit "percent" or the points as printed. */
function percentAfter(text: string, end: number): Unit | null {
  // A hyphen joins the percent to the noun it modifies as a space does ("a 12.5-per-cent stake", "a 5-percent rise").
  const hyphened = text[end] === "-" || text[end] === "\u2010";
  const gap = hyphened || text[end] === " " || text[end] === "\u00a0" ? 1 : 0;
  for (const word of PERCENT_WORDS) {
    const at = end + gap;
    const printed = text.slice(at, at + word.length).toLowerCase();
    if ((hyphened ? printed.replace(/[-\u2010]/g, " ") : printed) !== word || /\p{L}/u.test(text[at + word.length] ?? "")) continue;
    // The abbreviations need no space ("5pc", "12.5pct"); words need one.
    if (!gap && word !== "pc" && word !== "pct") continue;
    // "per cent", "pc" and "pct" are spellings of "percent"; percentage points are another unit.
    const unit = /point/.test(word) ? text.slice(at, at + word.length) : "percent";
    return { unit, kind: "percent", end: at + word.length };
  }
  return null;
}

export type UnitReading = Unit | "not-a-figure" | null;

/**
 * The unit after a number: symbol, percent word, currency word, hyphenated unit or counted noun
 * phrase. "not-a-figure" for a fraction or ordinal made with a hyphen ("two-thirds").
 * `priced` tells that a currency before the number already says what it measures.
 */
export function unitAfter(text: string, n: NumberMention, priced: boolean): UnitReading {
  if (!n.spelled && !n.scaled) {
    const symbol = symbolAfter(text, n.end) ?? bracketedSymbolAfter(text, n.end);
    if (symbol) return symbol;
  } else if (n.scaled && text[n.end] === "%") return { unit: "%", kind: "percent", end: n.end + 1 };
  const percent = percentAfter(text, n.end);
  if (percent) return percent;
  if (!priced) {
    const currency = currencyAfter(text, n.end);
    if (currency) return { ...currency, kind: "currency" };
  }
  // A price's currency says what it measures; a hyphen after it joins an adjective ("£10-a-month").
  if (priced) return null;
  HYPHEN_WORD.lastIndex = n.end;
  const hyphen = HYPHEN_WORD.exec(text);
  if (hyphen?.[1]) {
    const word = hyphen[1];
    // Compound adjectives in -ed ("four-legged", "two-pronged") describe rather than count, and a
    // single letter makes a code ("3-D").
    if (NOT_HYPHEN_UNITS.test(word) || FUNCTION_WORDS.has(word.toLowerCase()) || /ed$/i.test(word) || word.length === 1) return "not-a-figure";
    // "a 500-strong crowd": the adjective says nothing; the noun after it is what is counted.
    if (/^(?:strong|plus)$/i.test(word)) {
      const phrase = countedPhraseAfter(text, n.end + 1 + word.length);
      return phrase ? { unit: phrase.unit, kind: "noun", end: phrase.end } : null;
    }
    // "a one-yen bid": money.
    const code = CURRENCY_WORDS.get(word.toLowerCase());
    return code ? { unit: code, kind: "currency", end: n.end + 1 + word.length } : { unit: word, kind: "hyphen", end: n.end + 1 + word.length };
  }
  const phrase = countedPhraseAfter(text, n.end) ?? partitivePhraseAfter(text, n.end);
  // "30 dead and 120 wounded": a state word read as a noun is still the state, which others do not take.
  if (phrase && !STATE_WORDS.has(phrase.unit.toLowerCase())) return { unit: phrase.unit, kind: "noun", end: phrase.end };
  const state = subjectStateAfter(text, n.end);
  if (state && (!phrase || phrase.end === state.end)) return { unit: state.unit, kind: "state", end: state.end };
  return phrase ? { unit: phrase.unit, kind: "noun", end: phrase.end } : null;
}

const PER = /[ \t\u00a0]+(?:per|a|an)[ \t\u00a0]+/y;
const PER_NUMBER = /\d{1,3}(?:,\d{3})*(?![.,]?\d)(?:[ \t]+(?:thousand|million))?/y;

/**
 * "€38.40 per megawatt hour", "30,000 tonnes a year", "3.1 per 100,000 people": where a rate after
 * a figure ends, or `end`.
 */
export function rateEnd(text: string, end: number): number {
  if (text[end] === "/") return slashRateEnd(text, end);
  PER.lastIndex = end;
  const per = PER.exec(text);
  if (!per) return end;
  // Where the word after "per" or "a" is read from: the blank before it.
  let at = per.index + per[0].length - 1;
  // "3.1 per 100,000 people": "per" may take a number of what it divides by.
  let divisor = false;
  if (/per/.test(per[0])) {
    PER_NUMBER.lastIndex = at + 1;
    const count = PER_NUMBER.exec(text);
    if (count) {
      at += 1 + count[0].length;
      // "$2,150 per 40ft box": the divisor's own unit glued to it.
      at += gluedUnitAt(text, at)?.length ?? 0;
      divisor = true;
    }
  }
  // Only units of measure or time follow a rate's "a"; "per" takes any noun.
  const phrase = countedPhraseAfter(text, at);
  if (!phrase) return divisor ? at : end;
  // "85% a year ago": "a year" starts a time relative to now, not a rate.
  if (isRelativeTime(text, phrase.unit, phrase.end)) return end;
  if (!/per/.test(per[0]) && !RATE_UNITS.test(phrase.unit)) return end;
  return phrase.end;
}

// The units a price or amount is given "a" or "/" of ("$80 a barrel", "$1,950/oz").
const RATE_UNITS = /^(?:second|minute|hour|day|night|week|month|year|head|person|piece|share|unit|litre|liter|gallon|pint|barrel|kilo|kilogram|kg|pound|lb|ounce|oz|tonne|ton|mile|kilometre|kilometer)$/i;
// A slash and a word of up to nine letters, with a power ("/oz", "/m3", "/gallon").
const SLASH_WORD = /\/([\p{L}µ]{1,9})[23²³]?(?![\p{L}\p{N}/])/uy;

/** The slash and word at `at` (the word in group 1), or null. */
function slashWordAt(text: string, at: number): RegExpExecArray | null {
  SLASH_WORD.lastIndex = at;
  return SLASH_WORD.exec(text);
}

/** "$1,950/oz", "€48/MWh", "$3.10/gallon": where a rate written with a slash ends, or `end`. */
function slashRateEnd(text: string, end: number): number {
  const m = slashWordAt(text, end);
  return m?.[1] && (DIVISORS.has(m[1]) || RATE_UNITS.test(m[1])) ? end + m[0].length : end;
}
