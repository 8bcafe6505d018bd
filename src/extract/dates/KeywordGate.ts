// Runs a parser only on texts that hold its keyword: most texts name no quarter, season, century
// or holiday, and one scan for a word is cheaper than the parser's whole pattern.
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";
import { CLOCK } from "./ClockFilter.js";

// The words each parser keys on, by class name; parsers not listed always run.
const KEYWORDS: Record<string, RegExp> = {
  PartOfDayParser: /morning|afternoon|evening|night|noon|midday|midnight/i,
  SeasonParser: /winter|spring|summer|autumn|fall/i,
  QuarterParser: /quarter|half|period|Q[1-4]|H[12]/i,
  ReportingPeriodParser: /quarter|period|year-/i,
  PeriodPartParser: /(?:end|start|beginning|middle|week|weekend|day)\s+of\b/i,
  MonthOfYearParser: /\b(?:last|next|this)\s/i,
  // Holiday names are capitalized and end in one of these words, or are one of them.
  HolidayParser: /Day|Eve|Night|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Christmas|Thanksgiving|Easter|Halloween|Hogmanay|Juneteenth|Pentecost|Epiphany|Gras/,
  AnaphoricParser: /day|week|month|year/i,
  VagueStretchParser: /days|weeks|months|quarters|years|decades|fortnight|future|past|term|date|season/i,
  CurrentYearParser: /year/i,
  IsoWeekParser: /\d-?W\d/,
  CenturyParser: /century/i,
  ZonedClockParser: /\d{4}\s?(?:hrs\s+)?(?:[A-Z]|local)/,
  OrdinalDayParser: /the\s+\d{1,2}(?:st|nd|rd|th)\b/i,
  FiscalYearParser: /FY[\s-]?\d/,
  SpokenYearParser: /eighteen|nineteen|thousand|ties\b/i,
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  // Clock readings without these are dropped by the clock filter anyway.
  ENTimeExpressionParser: CLOCK,
  ENWeekdayParser: /mon|tue|wed|thu|fri|sat|sun/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|tmrw?|yesterday|night|overmorrow/i,
  // A day before its month ("7 June", "the 21st of March"): the day's number or ordinal ends in a
  // digit or st/nd/rd/th, and only a dash, a slash or blanks and "of" stand before the month.
  // Its pattern, with every ordinal word, is also the costliest of chrono's to compile.
  ENMonthNameLittleEndianParser: /(?:\d|st|nd|rd|th)(?:[-/]|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
};
// Fails at once: a sticky pattern is tried at the start only.
const NEVER = /(?!)/y;

class KeywordGate implements Parser {
  constructor(
    private readonly parser: Parser,
    private readonly keyword: RegExp,
  ) {}

  pattern(context: ParsingContext): RegExp {
    return this.keyword.test(context.text) ? this.parser.pattern(context) : NEVER;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | { [c: string]: number } | null {
    return this.parser.extract(context, match);
  }
}

/** The parser, run only on texts that hold its keyword when it has one. */
export function gated(parser: Parser): Parser {
  const keyword = KEYWORDS[(parser as object).constructor.name];
  return keyword ? new KeywordGate(parser, keyword) : parser;
}
