// Money: the currency printed before an amount ("£120m", "US$5", "EUR 3bn", "USD250", "MSEK 120")
// or after it ("50 euros", "3 million US dollars", "15 €", "99EUR", "30 MUSD", "75 USD million"),
// and the cents that complete it ("3 dollars 50 cents").
import { wordAfter } from "./phrase.js";
import {
  CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_SYMBOLS_AFTER, CURRENCY_WORDS, isCommonWord, QUALIFIED_CURRENCY_WORDS,
} from "./lexicon.js";
import { wordBefore } from "./guards.js";
import { readNumber } from "./numbers.js";

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
    // Letter markers ("Rs", "EUR") are words of their own, and codes take a space before the amount
    // (the listed abbreviations may be glued to it: "Rs500", "Sh1.2 billion"); one right after
    // another amount is that amount's ("10 EUR 20 USD") unless that one has its code before it too ("rmb 10 usd 20").
    if (letters && (/\p{L}/u.test(text[at - 1] ?? "") || (spaced && isCodeOfAmountBefore(text, at)))) continue;
    // "AUD$15", "cad$ 40": a dollar sign after a code is that country's dollar.
    const named = marker === "$" ? codeWord(text.slice(at - 3, at)) : undefined;
    if (named && !/[\p{L}\p{N}]/u.test(text[at - 4] ?? "")) return { code: named, start: at - 3 };
    return { code: code === "RMB" ? "CNY" : code, start: at };
  }
  return null;
}

// A currency's name and a blank at the end of the characters before an amount.
const NAME_BEFORE = /(?<![\p{L}])(\p{L}+)[ \t\u00a0]+$/u;
// Words before a currency's name that make it a market's currency, not an amount's ("the dollar 1% higher").
const DETERMINERS = /^(?:the|a|an|this|that|its|their|our|his|her|each|every|per)$/i;
// After the amount, what says the currency moved by it or when: a percent, a coin, points, a length of time.
const MOVED_BY_AFTER = /^[ \t\u00a0]*(?:%|(?:per[ \t\u00a0]?cent|percent|pc|pct|cents?|pence|points?|basis|years?|months?|weeks?|days?)(?![\p{L}]))/iu;

/**
 * "dollar 22.5 million", "Naira 5 billion": a currency's name before the amount, as some wires and regional papers
 * print it; not after a determiner ("the dollar 1% higher"), before a percent, a coin or a length of time ("sent
 * sterling 2 cents higher"), nor before a year ("Euro 2028"). `figureEnd`: where the figure before ends.
 */
export function currencyNameBefore(text: string, pos: number, figureEnd: number): Currency | null {
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, pos - 16), pos));
  const code = m?.[1] ? CURRENCY_WORDS.get(m[1].toLowerCase()) : undefined;
  const start = pos - (m?.[0].length ?? 0);
  // A name ending the figure before is that figure's currency ("paid 50 dollars 20 times").
  if (!m || !code || start < figureEnd) return null;
  if (DETERMINERS.test(wordBefore(text, start)?.text ?? "")) return null;
  const n = readNumber(text, pos, true);
  if (!n || (n.bare && n.end - n.start === 4) || MOVED_BY_AFTER.test(text.slice(n.end, n.end + 12))) return null;
  return { code, start };
}

// Whether the code at `at` follows an amount with no code of its own before it ("10 EUR 20").
function isCodeOfAmountBefore(text: string, at: number): boolean {
  const before = AMOUNT_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  return !!before && !(before[1] && codeWord(before[1]));
}
const AMOUNT_BEFORE = /(?:(?:^|[^\p{L}])(\p{L}{3})[ \t\u00a0]+)?\d[\d,.]*[ \t\u00a0]+$/u;

// One or two digits glued to the code of a currency seldom printed that way, with no scale after
// them: a name ("COP31", the climate summit), not an amount ("USD50 cards", "USD250", "EUR15m" and
// "COP50 million" are amounts).
const GLUED_AMOUNT_CODES = new Set(["USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "CAD", "NZD", "INR", "HKD", "SGD", "SEK", "NOK", "DKK"]);
const SHORT_NAME_DIGITS = /\d{1,2}(?![\d\p{L}]|[.,]\d)(?![ \t\u00a0]+(?:thousand|million|billion|trillion|bn|mn|mln|m|k)(?![\p{L}]))/uy;

function isShortName(text: string, pos: number): boolean {
  SHORT_NAME_DIGITS.lastIndex = pos;
  return SHORT_NAME_DIGITS.test(text);
}

// "USD115": a currency code glued to the amount, starting its token.
function gluedCodeBefore(text: string, pos: number): Currency | null {
  const code = text.slice(pos - 3, pos);
  if (pos < 3 || !CURRENCY_CODES.has(code) || /[\p{L}\p{N}]/u.test(text[pos - 4] ?? "")) return null;
  if (!GLUED_AMOUNT_CODES.has(code) && isShortName(text, pos)) return null;
  return { code, start: pos - 3 };
}

/** A currency named after an amount: its ISO code, where it ends, and the scale a code may carry. */
export interface MoneyUnit {
  unit: string;
  end: number;
  scale?: number;
}

/** "50 euros", "3 million US dollars", "5bn USD", "15 €", "115USD": a currency named after the amount. */
export function currencyAfter(text: string, end: number): MoneyUnit | null {
  const symbol = currencySymbolAfter(text, end);
  if (symbol) return symbol;
  GLUED_CODE.lastIndex = end;
  const glued = GLUED_CODE.test(text) ? text.slice(end, end + 3) : "";
  if (CURRENCY_CODES.has(glued)) return { unit: glued, end: end + 3 };
  const first = wordAfter(text, end);
  if (!first || first.open) return null;
  const second = wordAfter(text, first.end);
  if (second) {
    const code = QUALIFIED_CURRENCY_WORDS.get(`${first.text} ${second.text}`.toLowerCase());
    if (code) return { unit: code, end: second.end };
  }
  const scaled = scaledCode(first.text);
  if (scaled) return { unit: scaled.code, end: first.end, scale: scaled.scale };
  const word = first.text.toLowerCase();
  // "pounds" is money when a conversion to another currency follows ("5 million pounds ($6.5
  // million)"); otherwise it may be weight ("29.4 million pounds of halibut").
  const pounds = word === "pounds" && /^[ \t]*\((?:US|A|C)?[$€¥]/.test(text.slice(first.end, first.end + 6)) ? "GBP" : undefined;
  // A capitalized currency word before a name is a name itself ("8 Rand Paul").
  const name = /^\p{Lu}\p{Ll}/u.test(first.text) && !!second && /^\p{Lu}/u.test(second.text) && !isCommonWord(second.text);
  const code = (name ? undefined : CURRENCY_WORDS.get(word)) ?? pounds ?? codeWord(first.text);
  if (!code) return null;
  // "75 USD million": a scale word after the code.
  SCALE_AFTER_CODE.lastIndex = first.end;
  const scale = /^[A-Z]{3}$/.test(first.text) ? SCALE_AFTER_CODE.exec(text) : null;
  const unit = code === "RMB" ? "CNY" : code;
  return scale?.[1] ? { unit, end: scale.index + scale[0].length, scale: CODE_SCALES[scale[1].toLowerCase()] } : { unit, end: first.end };
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
function currencySymbolAfter(text: string, end: number): MoneyUnit | null {
  const at = text[end] === " " || text[end] === "\u00a0" ? end + 1 : end;
  for (const [symbol, code] of CURRENCY_SYMBOLS_AFTER) {
    if (!text.startsWith(symbol, at)) continue;
    const after = at + symbol.length;
    if (/^[ \t\u00a0]?[\p{L}\p{N}]/u.test(text.slice(after, after + 2)) && !/^[ \t\u00a0]\p{L}/u.test(text.slice(after, after + 2))) return null;
    return { unit: code, end: after };
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

