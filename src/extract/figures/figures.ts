// Numbers and what they count: "2,300 UAVs", "€3.8 billion", "up to 400 jobs", "20 to 30 vessels".
// Pipeline: find a number, read a range, drop what is not a figure (dates, times, ages, labels,
// scores), read its unit and qualifiers, then give unit-less numbers the unit of the figure they
// are compared with ("65 votes to 63").
// Numbers are read from the characters, not the text layer's tokens: those split "2,300", "3.8bn"
// and "737-800" at the very punctuation a number reader must see across, and a regex anchored on
// digits and number words touches far fewer places than a walk over every token.
import type { DateMention, Figure } from "../../types.js";
import {
  isAge, isClockTime, isDayOfMonth, isDigitRun, isGluedCode, isLabel, isListMarker, isOrdinalOrDecade,
  inLowerCaseSentence, isAfterCapitalized, isDurationObject, isPartOfToken, isPersonsAge, isReadingTime, isRelativeTime, isShortYear, isTitleCaseAt, isYear, NUMERIC_CHAIN, sentenceStartAt, wordBefore, wordBeforeOwner,
} from "./guards.js";
import { ADDRESS_NOUNS, CURRENCY_CODES, GLUED_UNITS, MEASURE_WORDS, TIME_UNITS } from "./lexicon.js";
import { FRACTION_CHARS, NUMBER_WORDS, readNumber, SCALE_LETTER, type NumberMention } from "./numbers.js";
import { denominatorOf } from "./fractions.js";
import { countedPhraseAfter, isCountNoun, participleClauseAfter } from "./phrase.js";
import { qualifierAfter, qualifierBefore } from "./qualifiers.js";
import { CHANGE_WORDS, proportionWhole, readRange } from "./ranges.js";
import { centsAfter, currencyBefore, currencyNameBefore, type Currency } from "./money.js";
import { smallerPartAfter } from "./compound.js";
import { carryNamedCurrencies } from "./named-currency.js";
import { measureBefore, rateEnd, unitAfter, type Unit } from "./units.js";
import { partitionPoint, tagsOf } from "../text/index.js";

// Where a number can start: a digit, a fraction character, or a number word standing alone. The
// ASCII word boundaries keep the scan cheap (a Unicode lookbehind on every letter costs three times
// as much); a word glued to an accented letter is the rare case they miss.
const ANCHOR = new RegExp(`[\\d${FRACTION_CHARS}]|\\b(?:${NUMBER_WORDS.join("|")})\\b`, "gi");
// Letters, digits and code punctuation of one token ("COVID-19", "News12-03-2025", "737-800").
const TOKEN_REST = /[\p{L}\p{N}]*(?:[-/.:][\p{L}\p{N}]+)*/uy;
// A number and a hyphen before a word ("twenty-foot", "40-foot", "two-bedroom").
const HYPHENED_MODIFIER = /^[\p{L}\d.,]+[-‐](\p{L}+)/u;
// The words before a number that compare it with the figure before it ("65 votes to 63") or add
// more of the same ("arrested 300 protesters and detained another 20").
const COMPARING = new Set(["to", "from", "than", "versus", "vs", "vs.", "against", "and", "or", "another", "further"]);

/** Every figure in `text`, in order. Numbers inside the given date spans are not figures. */
export function extractFigures(text: string, dates: DateMention[]): Figure[] {
  const dateSpans = dates.map((d) => d.span).sort((a, b) => a.start - b.start);
  const drafts: Figure[] = [];
  // The figures whose unit is what their verb says of them ("20 wounded").
  const stated = new Set<Figure>();
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    // A number joined by a hyphen to the word after it, inside the phrase the figure before counts, is
    // a modifier of its unit ("412,000 twenty-foot containers"); a whole after "of" is a figure of its
    // own ("five of the three-ton satellites", "nine of the 12 victims").
    const before = drafts[drafts.length - 1];
    const inUnit = before?.span.end ?? 0;
    // A length of time stays a figure there ("three 13-hour shifts": 3 shifts and 13 hours).
    const hyphened = m.index < inUnit ? HYPHENED_MODIFIER.exec(text.slice(m.index, inUnit)) : null;
    if (hyphened && !TIME_UNITS.has(hyphened[1]!.toLowerCase()) && !/\bof\b/.test(text.slice(before!.span.start, m.index))) {
      ANCHOR.lastIndex = inUnit;
      continue;
    }
    const next = readFigureAt(text, m.index, dateSpans, drafts, stated);
    ANCHOR.lastIndex = Math.max(next, m.index + 1);
  }
  return carryNamedCurrencies(inheritUnits(text, countedBySubject(text, drafts), stated));
}

// A sentence's end: a stop before a space, or a line break.
const SENTENCE_BREAK = /[.!?]\s|\n/;

/** Whether a sentence ends between `from` and `to`: figures compared across it are not compared. */
const crossesSentence = (text: string, from: number, to: number): boolean => SENTENCE_BREAK.test(text.slice(from, to));

// "The number of people waiting ... fell to 7.2 million": the count a sentence's subject names.
const NUMBER_OF = /\b(?:the|a) (?:total )?number of /gi;
// How far before a figure its sentence's subject is looked for.
const SUBJECT_REACH = 200;

// "About 48,000 homes lost power. By evening the number had fallen to 11,500.": a bare "the number" (or total,
// figure, tally) as the subject of a verb of level takes up the count of the sentence before ("the total cost" names its own).
const BARE_NUMBER = /\bthe (?:number|total|figure|tally)[ \t]+(?:had|has|was|is|now|stood|rose|fell|climbed|dropped|jumped|reached|hit|grew)\b/gi;

/** The last match of a global pattern in a text, or null. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

/** Gives the first figure without a unit after "the number of X" in its sentence the unit X, and after a bare "the number" the unit of the count before. */
function countedBySubject(text: string, drafts: Figure[]): Figure[] {
  let previousEnd = 0;
  for (const [i, d] of drafts.entries()) {
    const from = Math.max(previousEnd, d.span.start - SUBJECT_REACH);
    previousEnd = d.span.end;
    if (d.unit !== null) continue;
    const before = text.slice(from, d.span.start);
    const found = lastMatch(NUMBER_OF, before);
    if (!found || crossesSentence(text, from + found.index, d.span.start)) {
      d.unit = countTakenUp(text, drafts, i, before, from) ?? levelSubject(before);
      continue;
    }
    const counted = countedPhraseAfter(text, from + found.index + found[0].length - 1);
    if (counted && isCountNoun(counted.unit.split(" ").pop()!.toLowerCase())) d.unit = counted.unit;
  }
  return drafts;
}

// "nurse vacancies in England stood at 28,000": a plural subject (with a place after it) of a verb of level, right
// before a bare number, names what that number counts; so does the antecedent of a relative clause of level, whose
// verb may be in the present ("research jobs in the UK, which number about 5,200").
const LEVEL_VERB = "stood at|numbered|totalled|totaled|reached|(?:rose|fell|climbed|dropped) to";
const LEVEL_SUBJECT = new RegExp(`(?:^|[^\\p{L}'’-])(\\p{L}+)(?: (?:in|across|at) (?:the )?[\\p{L}-]+(?: [\\p{L}-]+)?)?(?: (?:${LEVEL_VERB})|,? (?:which|who|that) (?:number|total|${LEVEL_VERB})) $`, "u");
// Plurals that name an amount measured, not things counted ("prices rose to 300", "sales reached 4,000").
const AMOUNT_NOUNS = new Set(["prices", "shares", "sales", "rates", "costs", "profits", "earnings", "revenues", "temperatures", "levels", "yields", "rents", "wages", "bills", "fees", "savings", "returns", "losses"]);

/** The plural subject of a verb of level that ends `before`, as the unit of the bare number after it. */
function levelSubject(before: string): string | null {
  const head = LEVEL_SUBJECT.exec(before)?.[1];
  return head && isCountNoun(head) && !AMOUNT_NOUNS.has(head.toLowerCase()) ? head : null;
}

/** The unit of the count in the sentence before the one of figure `i`, where a bare "the number" in its sentence before it takes that count up. */
function countTakenUp(text: string, drafts: Figure[], i: number, before: string, from: number): string | null {
  const bare = lastMatch(BARE_NUMBER, before);
  const at = bare ? from + bare.index : -1;
  const previous = drafts[i - 1];
  if (at < 0 || crossesSentence(text, at, drafts[i]!.span.start) || !previous || !isCount(previous)) return null;
  // The count stands in the sentence just before: one sentence break between it and "the number".
  const between = text.slice(previous.span.end, at);
  return crossesSentence(text, previous.span.end, at) && !SENTENCE_BREAK.test(between.slice(between.search(SENTENCE_BREAK) + 1)) ? previous.unit : null;
}

// Reads the figure (or non-figure) at `at`, pushes what it finds, and returns where to go on.
function readFigureAt(text: string, at: number, dateSpans: Array<{ start: number; end: number }>, out: Figure[], stated: Set<Figure>): number {
  const digit = /\d/.test(text[at] ?? "");
  // A measure named before the number takes a currency's place ("magnitude 6.8").
  const currency = digit ? currencyBefore(text, at) ?? measureBefore(text, at) ?? currencyNameBefore(text, at, out[out.length - 1]?.span.end ?? 0) : null;
  const compared = digit ? comparedScaled(text, at, out) : null;
  const n = readNumber(text, at, !!currency, compared?.letter ?? null);
  if (!n) return skipToken(text, at);
  // Glued to letters or code punctuation: a name or code, skipped whole ("G7", "COVID-19").
  if (!n.spelled && !currency && isPartOfToken(text, n.start)) return skipToken(text, at);
  // "1,2345": digits grouped wrongly are a code or a list, not an amount.
  if (!n.spelled && /^,\d/.test(text.slice(n.end, n.end + 2))) return skipToken(text, n.end + 1);
  // "12-03-2025", "9/11", "24/7", "10:30", "1.2.3": dates, ratios, times and versions.
  if (!n.spelled && /^[-/.:]\d/.test(text.slice(n.end, n.end + 2))) {
    NUMERIC_CHAIN.lastIndex = n.end;
    const chain = NUMERIC_CHAIN.exec(text)?.[0] ?? "";
    // One hyphen before a decimal joins a range ("$1.2-1.5bn"), not a version or a date.
    const decimalRange = /^-\d+\.\d+$/.test(chain);
    if (!decimalRange && (/[/:.]/.test(chain) || (chain.match(/-/g) ?? []).length > 1)) return n.end + chain.length;
  }
  if (isDigitRun(text, n)) return n.end;
  const range = readRange(text, n, currency?.start ?? n.start);
  // "one in three voters": one figure, the share, counting what follows the whole.
  const whole = range || currency ? null : proportionWhole(text, n);
  const last = range?.high ?? whole ?? n;
  if (range && range.notFigures) return last.end;
  if (overlapsDate(dateSpans, n.start, last.end)) return last.end;
  if ((!n.spelled && isOrdinalOrDecade(text, last.end)) || isClockTime(text, last)) return last.end;
  if (isDayOfMonth(text, n.start, last.end, n.value)) return last.end;
  if (isListMarker(text, n) || isAge(text, n, last.end) || isReadingTime(text, last.end) || isShortYear(text, n)) return last.end;
  if (!currency && isLabel(text, n)) return last.end;

  const postQualifier = qualifierAfter(text, last.end);
  const unitFrom = postQualifier ? { ...last, end: postQualifier.at } : last;
  // A participle after a proportion's whole says what the share does ("one in four reporting waits"): nothing counted.
  const unit = whole && participleClauseAfter(text, whole.end) ? null : (range || currency ? null : dimensionUnit(text, n)) ?? unitAfter(text, unitFrom, !!currency);
  if (unit === "not-a-figure") return last.end;
  // Letters glued after a numeral that are no unit make a code ("4G", "3D").
  if (!unit && !n.spelled && isGluedCode(text, last.end)) return skipToken(text, at);
  // A year-shaped number counts only a lowercase plural ("1500 troops"); "2024 Olympics" and "a
  // 2023 report" are years.
  // With a symbol, percent, currency or hyphenated unit it is an amount ("1500 km", "2000 euros").
  if (!currency && (!unit || unit.kind === "noun") && isYear(text, n, countsPlural(unit))) return last.end;
  if (isRelativeTime(text, unit?.unit ?? null, unit?.end ?? last.end) && !isDurationObject(text, n.start)) return last.end;
  // A number before a street name is an address ("10 Downing Street").
  if (unit?.kind === "noun" && ADDRESS_NOUNS.has(unit.unit.split(" ").pop() ?? "")) return last.end;
  // A number in words with nothing counted is a pronoun or part of an idiom ("the two met"), unless
  // it tells a part of the count before ("30 people, five of them children"; "one of them" is a pronoun).
  if (n.spelled && !unit && !n.fraction && !whole && !(n.value > 1 && isPartOfThem(text, last.end) && countsBefore(text, out, n.start)) && !isTallyAnswer(text, out, n.start)) return last.end;
  // A number dialled is a telephone number ("call 911", "dial 999").
  if (!unit && !currency && DIALLED_BEFORE.test(text.slice(Math.max(0, n.start - 10), n.start))) return last.end;
  // "the two were arrested": a number in words after a determiner points back to people named before.
  if (n.spelled && unit?.kind === "state" && /^(?:the|these|those|all|both)$/i.test(wordBefore(text, n.start)?.text ?? "")) return last.end;
  // A capitalized number word inside a sentence before a capitalized noun names a place or a
  // group ("Ninety Mile Beach", "the Three Gorges"), unless a headline capitalizes every word
  // ("Storm Kills Three People", "Trump Signs Three-Page Order").
  if (n.spelled && unit && /^\p{Lu}/u.test(text[n.start] ?? "") && /^\p{Lu}/u.test(unit.unit) && !sentenceStartAt(text, n.start) && !isTitleCaseAt(text, n.start)) return last.end;
  // "Channel Four news", "the Big Three carmakers", "7-Eleven": a capitalized number word after a name's
  // capitalized word or a digit and hyphen, in a sentence written in lower case, is part of a name.
  if (n.spelled && /^\p{Lu}/u.test(text[n.start] ?? "") && ((isAfterCapitalized(text, n.start) && !sentenceStartAt(text, n.start)) || /\d-$/.test(text.slice(n.start - 2, n.start))) && inLowerCaseSentence(text, n.start)) return last.end;
  if (!unit && !currency && isPersonsAge(text, n.start)) return last.end;
  // A bare number after a capitalized word numbers a title or a name ("Halo 3", "Gears of War 4"), unless it is a
  // name's count compared with a figure before it in its sentence ("412 delegates to Berg's 380").
  if (!unit && !currency && isAfterCapitalized(text, n.start) && !isOwnersCountCompared(text, n.start, out)) return last.end;
  // A wire slug's version number: "WRAPUP 2-Ukraine says ...", "UPDATE 1-Stocks fall".
  if (text[n.end] === "-" && isSlug(text, n.start)) return last.end;
  // A results line: a name, its goals, the other side and its goals ("Barcelona 1 Valencia 1").
  if (unit && !currency && !n.spelled && /^\p{Lu}/u.test(unit.unit) && /^\p{Lu}/u.test(wordBefore(text, n.start)?.text ?? "") && /^[ \t]+\d/.test(text.slice(unit.end, unit.end + 3))) return last.end;
  // "-12C", "−5%", "minus 5 degrees": a minus sign set off from what precedes it, or the word.
  const minus = currency ? null : minusBefore(text, n.start) ?? (unit && TEMPERATURE_UNIT.test(unit.unit) ? spacedMinusBefore(text, n.start) : null);
  if (range?.separate) {
    // "from 5 to 8%": two figures sharing the unit printed after the second; the first one's
    // text is its own number (and its own percent sign). A fraction changing a level is a share of it, not in its unit ("by a fifth to 60 cents").
    const share = n.fraction && wordBefore(text, n.start)?.text.toLowerCase() !== "from";
    const own = unit && !share ? { ...unit, end: text[n.end] === "%" ? n.end + 1 : n.end } : null;
    pushFigure(text, out, { n, last: n, high: null, value: n.value, currency, unit: own, minus });
    return n.end;
  }
  // "3 dollars 50 cents", "$3 and 50 cents": one sum of money.
  const money = unit?.kind === "currency" || /^[A-Z]{3}$/.test(currency?.code ?? "");
  const cents = money && !range && !whole ? centsAfter(text, unit?.end ?? last.end, unit?.kind === "currency") : null;
  // "6ft 2in", "8st 6lb": one measure in two units, as a sum and its cents is one.
  const smaller = !money && !range && !whole && unit ? smallerPartAfter(text, n, unit.unit, unit.end) : null;
  // "30 MUSD", "75 USD million": a currency code carrying a scale.
  const scale = currency?.scale ?? unit?.scale ?? 1;
  const value = ((whole ? n.value / whole.value : range?.low ?? n.value) + (cents?.value ?? smaller?.value ?? 0)) * scale;
  const high = range ? range.high.value * scale : null;
  const counted = cents ? { unit: unit?.unit ?? currency?.code ?? "", kind: "currency" as const, end: cents.end } : smaller && unit ? { ...unit, end: smaller.end } : unit;
  // A rate's divisor ("per 100,000 people") is part of the figure, not one of its own.
  const next = pushFigure(text, out, { n, last, high, value, currency, unit: counted, minus });
  // A scaled number with nothing counted after it counts what the figure it is compared with counts.
  if (compared && n.scaled && !counted && !currency) out[out.length - 1]!.unit = compared.figure.unit;
  if (counted?.kind === "state") stated.add(out[out.length - 1]!);
  return Math.max(last.end, cents?.end ?? smaller?.end ?? 0, next);
}

// "30 x 40 cm", "3 × 4 metres": a multiplication sign between blanks joins two sides of one measure.
const BY = /[ \t\u00a0][x×][ \t\u00a0](?=\d)/y;

/** The unit printed after the second side of "30 x 40 cm", for the first side (its text is its own number), or null. */
function dimensionUnit(text: string, n: NumberMention): Unit | null {
  BY.lastIndex = n.end;
  if (n.spelled || !BY.test(text)) return null;
  const side = readNumber(text, BY.lastIndex, false);
  const unit = side ? unitAfter(text, side, false) : null;
  return unit && unit !== "not-a-figure" && (unit.kind === "symbol" || MEASURE_WORDS.has(unit.unit.toLowerCase())) ? { ...unit, end: n.end } : null;
}

/** What was read of one figure. */
interface Reading {
  n: NumberMention;
  /** The number its words end with: a range's high end, a proportion's whole, else `n`. */
  last: NumberMention;
  high: number | null;
  /** Its value before the sign: n's own, a range's low end at the high end's scale, a proportion's share. */
  value: number;
  currency: Currency | null;
  unit: Unit | null;
  /** Where a minus sign or the word "minus" before it starts. */
  minus: number | null;
}

/** Whether the number at `start` follows a wire slug word in capitals at the start of its line ("UPDATE 2-"). */
function isSlug(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  if (!before || !/^\p{Lu}{3,}$/u.test(before.text)) return false;
  return before.start === 0 || text[before.start - 1] === "\n";
}

// Pushes the figure read and returns where reading goes on.
function pushFigure(text: string, out: Figure[], { n, last, high, value, currency, unit, minus }: Reading): number {
  let before = qualifierBefore(text, currency?.start ?? n.start);
  // Before a length of time "over" means "across" ("cut $1.5 trillion over 10 years") unless
  // "for", "in" or "after" ask how long ("for over 40 years").
  if (before && (before.qualifier === "over" || before.qualifier === "under") && unit && TIME_UNITS.has(unit.unit.toLowerCase())) {
    if (!/^(?:for|in|after|of)$/i.test(wordBefore(text, before.at)?.text ?? "")) before = null;
  }
  const unitEnd = unit?.end ?? last.end;
  const after = qualifierAfter(text, last.end) ?? qualifierAfter(text, unitEnd);
  const start = before?.at ?? currency?.start ?? minus ?? n.start;
  const unitsEnd = Math.max(unitEnd, after?.at ?? 0);
  const end = rateEnd(text, unitsEnd);
  out.push({
    value: (minus === null ? 1 : -1) * value,
    high,
    // A number with no unit but a rate measures by the rate ("5.2 per 100,000", "150 per dollar"); a time
    // ("100,000 a month") says how often, not what is counted.
    unit: currency?.code ?? unit?.unit ?? (end > unitsEnd && /^\s*per\b/.test(text.slice(unitsEnd, end)) ? text.slice(unitsEnd, end).trim() : null),
    qualifier: before?.qualifier ?? after?.qualifier ?? null,
    text: text.slice(start, end),
    span: { start, end },
  });
  // Reading goes on after a rate ("per 100,000 people"), else after the number.
  return end > unitsEnd ? end : last.end;
}

// A letter glued to a figure's digits ("1.2m people", "$10k").
const GLUED_LETTER = new RegExp(`\\d(${SCALE_LETTER})(?![\\p{L}\\p{N}])`, "u");

/** Whether the number at `at` follows a comparing word and a possessive name, after a figure in its sentence ("412 delegates to Berg's 380"; not "moved to New York's 54 Below"). */
function isOwnersCountCompared(text: string, at: number, out: Figure[]): boolean {
  return !!figureBeforeInSentence(text, out, at) && !!comparingWord(text, wordBeforeOwner(text, at));
}

/** The last figure read before `at`, where no sentence ends between them; else undefined. */
function figureBeforeInSentence(text: string, figures: Figure[], at: number): Figure | undefined {
  const before = figures[figures.length - 1];
  return before && !crossesSentence(text, before.span.end, at) ? before : undefined;
}

/** The word before a figure, lower-cased, where it compares with a figure before it: "to", "from", "than" ... or "with" after "compared"; else null. */
function comparingWord(text: string, before: { text: string; start: number } | null): string | null {
  const word = before?.text.toLowerCase() ?? "";
  return COMPARING.has(word) || (word === "with" && /^compared?$/i.test(wordBefore(text, before!.start)?.text ?? "")) ? word : null;
}

/**
 * The figure with a glued scale letter that the number at `at` is compared with, earlier in its
 * sentence: "1.2m people in the three months to May, up from 1.1m" reads "1.1m" as 1.1 million people.
 */
function comparedScaled(text: string, at: number, out: Figure[]): { figure: Figure; letter: string } | null {
  if (!comparingWord(text, wordBefore(text, at))) return restatedMillions(text, at, out);
  for (let i = out.length - 1; i >= 0; i--) {
    const figure = out[i]!;
    if (crossesSentence(text, figure.span.end, at)) return null;
    const letter = GLUED_LETTER.exec(figure.text)?.[1];
    // The nearest figure with a glued letter decides; a letter that is its unit is a measure ("5m tall").
    if (letter) return figure.unit === letter ? null : { figure, letter };
  }
  return null;
}

// A bare glued "m" that ends its clause ("80m," "70m by 2028"; not "80m of track", "80m tall").
const BARE_M = /^(\d+(?:,\d{3})*(?:\.\d+)?)m(?:\s*(?:[,.;:!?)]|$)|\s+(?:by|in|and|or|last|this|next|before|after|since|on|at|for|a|per)\b)/;
const MILLION = 1e6;
// How far apart a restatement and the count it restates may be (70m after 61.8 million; not 5m after 2.1 million).
const RESTATED_WITHIN = 2;

/**
 * A count in millions earlier in the clause that a bare glued "m" of about its size restates: "80.4
 * million passengers, the first time it has passed 80m" is 80 million, not metres. Not after money
 * ("a £40m pier stretches 450m"), nor a number far from the count ("2.1 million people walked 5m").
 */
function restatedMillions(text: string, at: number, out: Figure[]): { figure: Figure; letter: string } | null {
  const m = BARE_M.exec(text.slice(at, at + 32));
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, "")) * MILLION;
  for (let i = out.length - 1; i >= 0; i--) {
    const figure = out[i]!;
    if (crossesSentence(text, figure.span.end, at) || text.slice(figure.span.end, at).includes(";")) return null;
    if (figure.value < MILLION || !/\d(?:\s+million|m)\b/i.test(figure.text)) continue;
    const counted = figure.unit === null || isCountNoun(figure.unit.split(" ").pop()!.toLowerCase());
    const near = value <= figure.value * RESTATED_WITHIN && value * RESTATED_WITHIN >= figure.value;
    return counted && near ? { figure, letter: "m" } : null;
  }
  return null;
}

// Numbers with no noun of their own compared with a figure before them in the same sentence take
// its unit: "by 65 votes to 63", "140 inspections in 2024, down from 210", "14 people dead and
// more than 20 wounded" (the count is of people; its text keeps "wounded").
function inheritUnits(text: string, drafts: Figure[], stated: Set<Figure>): Figure[] {
  let previous: Figure | null = null;
  let last: Figure | null = null;
  for (const d of drafts) {
    const own = d.unit !== null && !stated.has(d);
    if (!own && previous?.unit && !stated.has(previous) && !crossesSentence(text, previous.span.end, d.span.start) && !isBareTally(text, last, d)) {
      // The word before the figure, read once for each test below.
      const before = wordBefore(text, d.span.start);
      const word = before?.text.toLowerCase();
      // "412 delegates to Berg's 380": a possessive name may stand between the comparing word and the number.
      const comparing = comparingWord(text, before) ?? comparingWord(text, wordBeforeOwner(text, d.span.start));
      // After a change by a percentage, "to" and "from" name levels, not percentages ("down 1% from 1.81 million").
      const compared = word && ((comparing && !((comparing === "to" || comparing === "from") && isPercentChange(text, previous))) || isShareByPlace(text, d, word, previous));
      if (compared || isDifference(text, d) || isParallel(text, word, previous) || isWholeOrStanding(text, before, previous) || ((isPartOfThem(text, d.span.end) || isMoreOfIt(text, previous, d)) && isCount(previous))) {
        const unit = isLengthOfTime(previous) ? unitPastLength(text, drafts, previous, d) : previous.unit;
        // A share restating a percentage is no percentage ("6.4% of burglaries, or about one in 16"),
        // and a share of people after a sum is no money ("lost £76,000 each, and one in three ...").
        if (unit && !((isPercentUnit(unit) || CURRENCY_CODES.has(unit)) && isShareText(d.text))) {
          d.unit = unit;
          stated.delete(d);
        }
      }
    }
    else if (own && previous?.unit && CURRENCY_CODES.has(previous.unit) && isScaledSum(d) && !crossesSentence(text, previous.span.end, d.span.start)) {
      d.unit = previous.unit;
    }
    if (d.unit) previous = d;
    last = d;
  }
  // "100,000, 200,000 or 250,000 refugees", "7, 8, 10 percent": the bare numbers of a list count what its last one counts.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i]!;
    const next = drafts[i + 1]!;
    // Not a share restated as a percentage ("about two-thirds, 67 percent", "one in 12, and 40%").
    // A figure with a qualifier of its own opens another clause ("blacks 30 to 44 and more than 70 percent").
    if (d.unit === null && next.unit && next.qualifier === null && LIST_JOIN.test(text.slice(d.span.end, next.span.start)) && !isShareText(d.text)) d.unit = next.unit;
  }
  return drafts;
}

// "€7.4 billion in June, above the 6.9 billion shortfall": a number scaled in millions whose noun names a sum
// of money is in the currency of the sum before it in its sentence.
const MONEY_NOUNS = new Set(["deficit", "deficits", "surplus", "surpluses", "shortfall", "loss", "losses", "profit", "profits", "debt", "debts", "budget", "bill", "fine"]);
const isScaledSum = (d: Figure): boolean => !!d.unit && MONEY_NOUNS.has(d.unit.toLowerCase()) && /\d(?:\s*(?:million|billion|trillion)|m|bn)\b/i.test(d.text);

// What stands between two numbers of a list: a comma, "and", "or".
const LIST_JOIN = /^(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)$/;
/** Whether a figure's text is a fraction: "3/4", "½", or a fraction word ("a third", "two-thirds"), as the number reader knows them. */
const isFractionText = (t: string): boolean => /\d\/\d/.test(t) || [...t].some((ch) => FRACTION_CHARS.includes(ch)) || t.split(/[\s-]+/).some((w) => denominatorOf(w) !== undefined);

// Percentage points count no things either: "rose 4 percentage points, and two-thirds of the £5m grant" gives the share no points.
const isPercentUnit = (unit: string): boolean => unit === "%" || unit === "percent" || unit === "per cent" || /^percentage[ -]points?$/i.test(unit);
/** Whether a figure's text is a share: a fraction, or a proportion ("one in 16", "three out of 10"). */
const isShareText = (t: string): boolean => isFractionText(t) || /\s(?:in|out\s+of)\s/i.test(t);

// "37 arrests, 6 of them for drunk driving", "12 guns, three of which were stolen": a part of the count before, in its unit.
const PART_OF_THEM = /^[ \t]+of[ \t]+(?:them|which|whom)\b/i;
const isPartOfThem = (text: string, end: number): boolean => PART_OF_THEM.test(text.slice(end, end + 14));
/** Whether a figure counts things, not money, a percentage or a length of time. */
const isCount = (f: Figure): boolean => !!f.unit && !isPercentUnit(f.unit) && !CURRENCY_CODES.has(f.unit) && !isLengthOfTime(f);
/** Whether the figure before `at`, in its sentence, counts things. */
function countsBefore(text: string, drafts: Figure[], at: number): boolean {
  const before = figureBeforeInSentence(text, drafts, at);
  return !!before && isCount(before);
}

// "4.3 million people voted, about 310,000 more than last time": a difference counts what the figure before it counts.
const DIFFERENCE_AFTER = /^[ \t]+(?:more|fewer|less)[ \t]+than\b/i;
const isDifference = (text: string, d: Figure): boolean => DIFFERENCE_AFTER.test(text.slice(d.span.end, d.span.end + 16));

// "hired 240 teachers and plans up to 400 more by May": a bare number with "more" after it and nothing counted adds to the count before.
const MORE_AFTER = /^[ \t]+more\b(?![ \t]+than\b)/i;
// Not across a semicolon, which opens a clause of its own ("37 arrests; 12 more were hurt").
const isMoreOfIt = (text: string, previous: Figure, d: Figure): boolean => MORE_AFTER.test(text.slice(d.span.end, d.span.end + 16)) && !text.slice(previous.span.end, d.span.start).includes(";");

// "Cruz has 11 delegates and Rubio has 10", "Cruz at 25 percent and Rubio at 14": a bare number after the word
// the figure before stands after counts the same.
function isParallel(text: string, word: string | undefined, previous: Figure): boolean {
  return !!word && /^\p{L}+$/u.test(word) && word === wordBefore(text, previous.span.start)?.text.toLowerCase();
}

// "1,106 votes out of more than 84,000 counted": the whole a count is part of counts the same things (a percentage or a
// sum has no such whole: "52% out of 1,200"); "1,240 votes, ahead of Labour on 905": a named rival standing "on" a
// bare number stands on what the figure before counts.
function isWholeOrStanding(text: string, before: { text: string; start: number } | null, previous: Figure): boolean {
  const word = before?.text.toLowerCase();
  if (word === "of") return isCount(previous) && wordBefore(text, before!.start)?.text.toLowerCase() === "out";
  return word === "on" && isAfterCapitalized(text, before!.start);
}

// How many times larger one of two compared levels may be than the other ("38,000" is no level of "12 hours").
const LIKE_SIZE = 10;
const ratio = (a: number, b: number): number => Math.max(Math.abs(a), Math.abs(b)) / Math.max(Math.min(Math.abs(a), Math.abs(b)), Number.MIN_VALUE);
const isLengthOfTime = (f: Figure): boolean => !!f.unit && TIME_UNITS.has(f.unit.toLowerCase());

/**
 * "45k patients waited more than 12 hours, up from 38,000": a level compared past a length of
 * time counts what an earlier figure of its own size in the sentence counts; the length's unit
 * only when of like size ("worked 10 hours, up from 8"); else nothing ("rose by half in five
 * years, to 2,940" counts no years).
 */
function unitPastLength(text: string, drafts: Figure[], length: Figure, d: Figure): string | null {
  if (ratio(length.value, d.value) <= LIKE_SIZE) return length.unit;
  for (let i = drafts.indexOf(length) - 1; i >= 0; i--) {
    const f = drafts[i]!;
    if (crossesSentence(text, f.span.end, length.span.start)) return null;
    if (f.unit && !isLengthOfTime(f) && ratio(f.value, d.value) <= LIKE_SIZE) return f.unit;
  }
  return null;
}

// "voted 41 to 19": a bare number joined by "to" to the bare number before it is a tally of two, compared with nothing earlier.
const isBareTally = (text: string, last: Figure | null, d: Figure): boolean =>
  !!last && last.unit === null && /^[ \t]+to[ \t]+$/.test(text.slice(last.span.end, d.span.start));

// A place after a number: "with 1,200 in the UK", "including 40 at its Leeds plant".
const PLACE_AFTER = /[ \t\u00a0]+(?:in|at|across|outside|abroad|overseas)(?![\p{L}])/iuy;

/**
 * "5,000 staff, with 1,200 in the UK": a part of the figure before, told by where it is, counts the
 * same; a length of time or a percentage has no such parts ("in the three months to May, with 1,200 in the UK").
 */
function isShareByPlace(text: string, d: Figure, word: string, whole: Figure): boolean {
  if ((word !== "with" && word !== "including") || isLengthOfTime(whole) || whole.unit === "%" || whole.unit === "percent") return false;
  PLACE_AFTER.lastIndex = d.span.end;
  return PLACE_AFTER.test(text);
}

function isPercentChange(text: string, f: Figure): boolean {
  if (f.unit !== "%" && f.unit !== "percent") return false;
  return CHANGE_WORDS.has(wordBefore(text, f.span.start)?.text.toLowerCase() ?? "");
}

// True for a lowercase plural or unit abbreviation ("troops", "km"), which a year does not modify.
function countsPlural(unit: Unit | null): boolean {
  const head = unit?.unit.split(" ").pop() ?? "";
  return !!unit && /^\p{Ll}/u.test(unit.unit) && (isCountNoun(head) || GLUED_UNITS.includes(head));
}

// The verbs before a number that is dialled, not counted ("call 911", "dial 999").
const DIALLED_BEFORE = /(?:^|[^\p{L}])(?:call|dial|ring|phone|text)[ \t]+$/iu;

// "by six votes to three": a number in words right after "to" or "against" and a count is the other side's count.
function isTallyAnswer(text: string, out: Figure[], start: number): boolean {
  const before = out[out.length - 1];
  return !!before?.unit && /^[ \t]+(?:to|against)[ \t]+$/i.test(text.slice(before.span.end, start));
}

// Where a minus sign or the word "minus" before `start` begins, or null.
function minusBefore(text: string, start: number): number | null {
  if (/(?:^|[\s(])[-−]$/.test(text.slice(Math.max(0, start - 2), start))) return start - 1;
  const word = /(?:^|[^\p{L}])(minus[ \t])$/iu.exec(text.slice(Math.max(0, start - 7), start));
  // "plus or minus 2%" is a margin either way, not a negative amount.
  if (word?.[1] && /plus[ \t]+or[ \t]+$/i.test(text.slice(Math.max(0, start - word[1].length - 9), start - word[1].length))) return null;
  return word?.[1] ? start - word[1].length : null;
}

// Units of temperature, the measure a minus set off by spaces is read before ("to - 20 degrees").
const TEMPERATURE_UNIT = /^(?:degrees?|deg|°)(?:\s|$)|^°?[CF]$/i;
// A hyphen set off by spaces after the word before it, as tokenized text prints a minus.
const SPACED_HYPHEN = /(\p{L}+)[ \t]-[ \t]$/u;

// Where a minus set off by spaces starts, after a preposition or a verb whose object the number is
// ("fell to - 20 degrees", "convert - 20 degrees"); after another word it is a dash ("hot - 35 degrees").
function spacedMinusBefore(text: string, start: number): number | null {
  const m = SPACED_HYPHEN.exec(text.slice(Math.max(0, start - 24), start));
  const tag = m ? tagsOf(m[1]!.toLowerCase())?.[0] : undefined;
  return tag === "IN" || tag === "TO" || tag?.startsWith("VB") ? start - 2 : null;
}

// The position after the token at `at`: skips a name or code in one step.
function skipToken(text: string, at: number): number {
  TOKEN_REST.lastIndex = at;
  const m = TOKEN_REST.exec(text);
  return at + Math.max(1, m?.[0].length ?? 1);
}

// Binary search on the sorted starts: does [start, end) overlap a date span?
function overlapsDate(spans: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  const lo = partitionPoint(spans.length, (i) => spans[i]!.start < end);
  // Date spans do not nest deeply; the few starting last before `end` are the only candidates.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    if ((spans[i]?.end ?? 0) > start) return true;
  }
  return false;
}
