// What a number counts or measures: a currency before it ("£120m", "US$5", "EUR 3bn"), or after it
// a unit symbol ("12%", "34C"), a percent word, a currency word ("50 euros"), a hyphenated unit
// ("72-hour") or the noun phrase it counts ("2,300 UAVs").
import { isRelativeTime } from "./figure-guards.js";
import { countedPhraseAfter, partitivePhraseAfter, subjectStateAfter, temperatureScaleAfter, wordAfter } from "./figure-phrase.js";
import {
  CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_SYMBOLS_AFTER, CURRENCY_WORDS, FUNCTION_WORDS, GLUED_UNITS,
  isCommonWord, MEASURES_BEFORE, PERCENT_WORDS, QUALIFIED_CURRENCY_WORDS, SPACED_UNITS,
} from "./figure-lexicon.js";
import { readNumber, type NumberMention } from "./figure-numbers.js";

/** What an amount measures, printed before it: a currency ("£", "EUR") or a measure ("magnitude"). */
export interface Currency {
  code: string;
  start: number;
  /** The multiplier a code carries ("MAUD 60" is 60 million AUD), else absent. */
  scale?: number;
}

const SYMBOLS: ReadonlyMap<string, string> = new Map(CURRENCY_SYMBOLS);
const SYMBOL_ENDS = new Set(CURRENCY_SYMBOLS.map(([symbol]) => symbol.slice(-1)));
// The longest currency marker ("US$", "Rs.", "EUR") is this many characters.
const MARKER_LENGTH = 4;

/** The currency printed right before `pos` ("£", "US$", "Rs ", "EUR "), or null. */
export function currencyBefore(text: string, pos: number): Currency | null {
  const last = text[pos - 1] ?? "";
  const spaced = last === " " || last === "\u00a0";
  if (!spaced && /[A-Z]/.test(last)) return gluedCodeBefore(text, pos);
  // Most numbers have neither a symbol nor a space-separated code before them.
  if (!spaced && !SYMBOL_ENDS.has(last)) return null;
  const end = spaced ? pos - 1 : pos;
  let from = end;
  while (from > 0 && end - from < MARKER_LENGTH && !/[\s\d]/.test(text[from - 1] ?? "")) from--;
  // The longest marker that ends the token wins ("US$" over "$").
  for (let at = from; at < end; at++) {
    const marker = text.slice(at, end);
    const scaled = spaced ? scaledCode(marker) : null;
    if (scaled && !/\p{L}/u.test(text[at - 1] ?? "")) return { code: scaled.code, start: at, scale: scaled.scale };
    const code = SYMBOLS.get(marker) ?? (spaced ? codeWord(marker) : undefined);
    if (!code) continue;
    const letters = /^\p{L}+\.?$/u.test(marker);
    // Letter markers ("Rs", "EUR") are words of their own and take a space before the amount; one
    // right after another amount is that amount's ("10 EUR 20 USD") unless that one has its code
    // before it too ("rmb 10 usd 20").
    if (letters && (!spaced || /\p{L}/u.test(text[at - 1] ?? "") || isCodeOfAmountBefore(text, at))) continue;
    return { code: code === "RMB" ? "CNY" : code, start: at };
  }
  return null;
}

// Whether the code at `at` follows an amount with no code of its own before it ("10 EUR 20").
function isCodeOfAmountBefore(text: string, at: number): boolean {
  const before = AMOUNT_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  return !!before && !(before[1] && codeWord(before[1]));
}
const AMOUNT_BEFORE = /(?:(?:^|[^\p{L}])(\p{L}{3})[ \t\u00a0]+)?\d[\d,.]*[ \t\u00a0]+$/u;

// "USD115": a currency code glued to the amount, starting its token.
function gluedCodeBefore(text: string, pos: number): Currency | null {
  const code = text.slice(pos - 3, pos);
  if (pos < 3 || !CURRENCY_CODES.has(code) || /[\p{L}\p{N}]/u.test(text[pos - 4] ?? "")) return null;
  return { code, start: pos - 3 };
}

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
// ("two-thirds", "twenty-fifth"), ratios ("3-to-1"), other numbers, and the vague size of an
// amount by its digits ("a six-figure salary").
const NOT_HYPHEN_UNITS = /^(?:halfs?|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|odd|figure|digit)$/i;
const HYPHEN_WORD = /[-‐](\p{L}+)(?![\p{N}])/uy;

/** "12%", "34C", "10km", "12 %", "17 km", "100° Celsius": a unit symbol right after a numeral. */
function symbolAfter(text: string, end: number): Unit | null {
  const symbol = symbolAt(text, end, GLUED_UNITS) ?? (text[end] === " " || text[end] === "\u00a0" ? symbolAt(text, end + 1, SPACED_UNITS) : null);
  if (!symbol) return null;
  const symbolEnd = symbol.at + symbol.symbol.length;
  // "100° Celsius": the scale after a degree sign is part of the unit.
  const scale = /^[°º]$/.test(symbol.symbol) ? temperatureScaleAfter(text, symbolEnd) : null;
  const unitEnd = scale?.end ?? symbolEnd;
  return { unit: text.slice(symbol.at, unitEnd), kind: symbol.symbol === "%" ? "percent" : "symbol", end: unitEnd };
}

// The first of `symbols` printed at `at` and not followed by a letter or a digit.
function symbolAt(text: string, at: number, symbols: Iterable<string>): { symbol: string; at: number } | null {
  for (const symbol of symbols) {
    if (text.startsWith(symbol, at) && !/[\p{L}\p{N}]/u.test(text[at + symbol.length] ?? "")) return { symbol, at };
  }
  return null;
}

/** "50 percent", "3 per cent", "2 percentage points", "5pc": unit "percent" or the points as printed. */
function percentAfter(text: string, end: number): Unit | null {
  const gap = text[end] === " " || text[end] === "\u00a0" ? 1 : 0;
  for (const word of PERCENT_WORDS) {
    const at = end + gap;
    if (text.slice(at, at + word.length).toLowerCase() !== word || /\p{L}/u.test(text[at + word.length] ?? "")) continue;
    // "pc" needs no space ("5pc"); words need one.
    if (!gap && word !== "pc") continue;
    // "per cent" and "pc" are spellings of "percent"; percentage points are another unit.
    const unit = /point/.test(word) ? text.slice(at, at + word.length) : "percent";
    return { unit, kind: "percent", end: at + word.length };
  }
  return null;
}

/** "50 euros", "3 million US dollars", "5bn USD", "15 €", "115USD": a currency named after the amount. */
function currencyAfter(text: string, end: number): Unit | null {
  const symbol = currencySymbolAfter(text, end);
  if (symbol) return symbol;
  GLUED_CODE.lastIndex = end;
  const glued = GLUED_CODE.test(text) ? text.slice(end, end + 3) : "";
  if (CURRENCY_CODES.has(glued)) return { unit: glued, kind: "currency", end: end + 3 };
  const first = wordAfter(text, end);
  if (!first || first.open) return null;
  const second = wordAfter(text, first.end);
  if (second) {
    const code = QUALIFIED_CURRENCY_WORDS.get(`${first.text} ${second.text}`.toLowerCase());
    if (code) return { unit: code, kind: "currency", end: second.end };
  }
  const scaled = scaledCode(first.text);
  if (scaled) return { unit: scaled.code, kind: "currency", end: first.end, scale: scaled.scale };
  const word = first.text.toLowerCase();
  // "pounds" is money when a conversion to another currency follows ("5 million pounds ($6.5
  // million)"); otherwise it may be weight ("29.4 million pounds of halibut").
  const pounds = word === "pounds" && /^[ \t]*\((?:US|A|C)?[$€¥]/.test(text.slice(first.end, first.end + 6)) ? "GBP" : undefined;
  const code = CURRENCY_WORDS.get(word) ?? pounds ?? codeWord(first.text);
  if (!code) return null;
  // "75 USD million": a scale word after the code.
  SCALE_AFTER_CODE.lastIndex = first.end;
  const scale = /^[A-Z]{3}$/.test(first.text) ? SCALE_AFTER_CODE.exec(text) : null;
  const unit = code === "RMB" ? "CNY" : code;
  return scale?.[1] ? { unit, kind: "currency", end: scale.index + scale[0].length, scale: CODE_SCALES[scale[1].toLowerCase()] } : { unit, kind: "currency", end: first.end };
}

const GLUED_CODE = /[A-Z]{3}(?![\p{L}\p{N}])/uy;
const SCALE_AFTER_CODE = /[ \t\u00a0]+(thousand|million|billion|trillion)(?![\p{L}])/iuy;
const CODE_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, k: 1e3, t: 1e3 };

// "MUSD", "MEUR", "kSEK", "TEUR": a code with the letter of a scale before it, as company reports print millions and thousands.
function scaledCode(word: string): { code: string; scale: number } | null {
  const m = word.length === 4 ? /^([MkKT])([A-Z]{3})$/.exec(word) : null;
  const scale = m?.[1] ? CODE_SCALES[m[1].toLowerCase()] : undefined;
  return m?.[2] && scale && CURRENCY_CODES.has(m[2]) ? { code: m[2], scale } : null;
}

// A currency code as a word: in capitals, or in lower case where it is no English word ("20 usd", not "10 try").
function codeWord(word: string): string | undefined {
  if (word.length !== 3) return undefined;
  const upper = word.toUpperCase();
  return CURRENCY_CODES.has(upper) && (word === upper || !isCommonWord(word)) ? upper : undefined;
}

// "15 €", "100元": a currency symbol after the amount; one followed by a number is that number's ("10 $30").
function currencySymbolAfter(text: string, end: number): Unit | null {
  const at = text[end] === " " || text[end] === "\u00a0" ? end + 1 : end;
  for (const [symbol, code] of CURRENCY_SYMBOLS_AFTER) {
    if (!text.startsWith(symbol, at)) continue;
    const after = at + symbol.length;
    if (/^[ \t\u00a0]?[\p{L}\p{N}]/u.test(text.slice(after, after + 2)) && !/^[ \t\u00a0]\p{L}/u.test(text.slice(after, after + 2))) return null;
    return { unit: code, kind: "currency", end: after };
  }
  return null;
}

const CENTS_JOIN = /[ \t\u00a0]+(?:and[ \t\u00a0]+)?(?=[\p{L}\d])/uy;
// What may end an amount of cents given without the word "cents" ("15 dollars 50.").
const CLAUSE_END = /^[ \t\u00a0]*(?:[.,;:!?)]|\n|$)/;

/**
 * "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.": the cents after
 * an amount of money ending at `end`, in hundredths, with where they end, or null. Without the
 * coin's name (`named` false, after "$3") only the coin's word makes them cents ("$3 and 50 cents").
 */
export function centsAfter(text: string, end: number, named: boolean): { value: number; end: number } | null {
  CENTS_JOIN.lastIndex = end;
  const join = CENTS_JOIN.exec(text);
  if (!join) return null;
  const cents = readNumber(text, join.index + join[0].length, false);
  if (!cents || cents.fraction || !Number.isInteger(cents.value) || cents.value < 1 || cents.value > 99) return null;
  const coin = wordAfter(text, cents.end);
  if (coin && CURRENCY_SUBUNITS.has(coin.text.toLowerCase())) return { value: cents.value / 100, end: coin.end };
  return named && CLAUSE_END.test(text.slice(cents.end, cents.end + 3)) ? { value: cents.value / 100, end: cents.end } : null;
}

export type UnitReading = Unit | "not-a-figure" | null;

/**
 * The unit after a number: symbol, percent word, currency word, hyphenated unit or counted noun
 * phrase. "not-a-figure" for a fraction or ordinal made with a hyphen ("two-thirds").
 * `priced` tells that a currency before the number already says what it measures.
 */
export function unitAfter(text: string, n: NumberMention, priced: boolean): UnitReading {
  if (!n.spelled && !n.scaled) {
    const symbol = symbolAfter(text, n.end);
    if (symbol) return symbol;
  } else if (n.scaled && text[n.end] === "%") return { unit: "%", kind: "percent", end: n.end + 1 };
  const percent = percentAfter(text, n.end);
  if (percent) return percent;
  if (!priced) {
    const currency = currencyAfter(text, n.end);
    if (currency) return currency;
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
  if (phrase) return { unit: phrase.unit, kind: "noun", end: phrase.end };
  const state = subjectStateAfter(text, n.end);
  return state ? { unit: state.unit, kind: "state", end: state.end } : null;
}

const PER = /[ \t\u00a0]+(?:per|a|an)[ \t\u00a0]+/y;
const PER_NUMBER = /\d{1,3}(?:,\d{3})*(?![.,]?\d)(?:[ \t]+(?:thousand|million))?/y;

/**
 * "€38.40 per megawatt hour", "30,000 tonnes a year", "3.1 per 100,000 people": where a rate after
 * a figure ends, or `end`.
 */
export function rateEnd(text: string, end: number): number {
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
      divisor = true;
    }
  }
  // Only units of measure or time follow a rate's "a"; "per" takes any noun.
  const phrase = countedPhraseAfter(text, at);
  if (!phrase) return divisor ? at : end;
  // "85% a year ago": "a year" starts a time relative to now, not a rate.
  if (isRelativeTime(text, phrase.unit, phrase.end)) return end;
  if (!/per/.test(per[0]) && !/^(?:second|minute|hour|day|night|week|month|year|head|person|piece|share|unit|litre|liter|gallon|pint|barrel|kilo|kilogram|kg|pound|lb|ounce|oz|tonne|ton|mile|kilometre|kilometer)$/i.test(phrase.unit)) return end;
  return phrase.end;
}
