// Recognizes the header line that carries an item's time: "2 hours ago", "time45 minutes ago",
// an outlet glued to its time or date ("Sky News2 days ago", "News2419-07-2025"), or a time
// followed by the aggregator's byline ("2 days ago News desk").
import { addDays, agoUnit, agoValue, countOf, dayValue, instantValue, type AgoUnit } from "../timex.js";
import { READ_TIME, isOutletLike } from "./boilerplate.js";

export interface Dateline {
  /** The time or date as printed. */
  time: string;
  /** An outlet printed on the same line before the time, or null. */
  outlet: string | null;
  /** A wire story's dateline place ("BRUSSELS 1996-08-22"): where the story was filed, no outlet. */
  place?: string;
  /** The aggregator's own desk printed after the time ("5 hours ago Newsroom"): the page's own article. */
  desk?: string;
  /** Writers a byline names before the time ("By Jane Smith · 2h"), no outlet. */
  authors?: string[];
}

const NUMBER_WORD = "\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const UNIT = "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?";
const MONTH = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
// A written date may carry its weekday and a clock time ("Wed 12 Mar 2025 10.32 GMT",
// "March 11, 2025 at 9:15 AM"); the day is what the item's date is taken from.
const WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,? )?";
const CLOCK = "(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?)?";
// Some papers print the clock before the day ("10:15 GMT, 6 Jan 2026", "4.05pm, 6 January 2026").
const CLOCK_FIRST = "(?:\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?,? )?";
// A time counted back in French, Spanish, German or Portuguese, before the count ("il y a 2 heures",
// "hace 3 horas", "vor 5 Minuten", "há 2 dias"), or in Italian or Dutch after the unit ("3 ore fa", "2 uur geleden").
const FOREIGN_UNITS: Record<string, AgoUnit> = {
  minute: "minute", minutes: "minute", minuto: "minute", minutos: "minute", minuten: "minute",
  heure: "hour", heures: "hour", hora: "hour", horas: "hour", stunde: "hour", stunden: "hour",
  jour: "day", jours: "day", "día": "day", "días": "day", tag: "day", tagen: "day",
  semaine: "week", semaines: "week", semana: "week", semanas: "week", woche: "week", wochen: "week",
  mois: "month", mes: "month", meses: "month", monat: "month", monaten: "month",
  an: "year", ans: "year", "año": "year", "años": "year", jahr: "year", jahren: "year",
  minuti: "minute", minuut: "minute", ora: "hour", ore: "hour", uur: "hour",
  giorno: "day", giorni: "day", dia: "day", dias: "day", dag: "day", dagen: "day",
  settimana: "week", settimane: "week", week: "week", weken: "week",
  mese: "month", mesi: "month", "mês": "month", maand: "month", maanden: "month",
  anno: "year", anni: "year", ano: "year", anos: "year", jaar: "year",
};
const FOREIGN_COUNT = "\\d+|une?|una?|uno|uma?|een|einer|einem";
const FOREIGN_UNIT = Object.keys(FOREIGN_UNITS).join("|");
const FOREIGN_BEFORE = "il y a|hace|vor|há";
const FOREIGN_AFTER = "fa|geleden";
const FOREIGN_AGO = new RegExp(`^(?:${FOREIGN_BEFORE}) (${FOREIGN_COUNT}) (${FOREIGN_UNIT})$`, "i");
const FOREIGN_AGO_AFTER = new RegExp(`^(${FOREIGN_COUNT}) (${FOREIGN_UNIT}) (?:${FOREIGN_AFTER})$`, "i");
// An age may be rounded in words before its count ("about 3 hours ago", "over a day ago").
const ROUNDED = "(?:about|around|nearly|almost|over|just over|less than|more than) ";
const TIME = [
  `(?:${ROUNDED})?(?:${NUMBER_WORD})\\s*(?:${UNIT})\\s+ago`,
  `(?:${FOREIGN_BEFORE}) (?:${FOREIGN_COUNT}) (?:${FOREIGN_UNIT})`,
  `(?:${FOREIGN_COUNT}) (?:${FOREIGN_UNIT}) (?:${FOREIGN_AFTER})`,
  "just now",
  "yesterday",
  "\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}",
  "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
  `${CLOCK_FIRST}${WEEKDAY}(?:(?:${MONTH})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTH})\\.? \\d{4})${CLOCK}`,
].join("|");

// Short forms: a day without its year ("Mar 12", "12 March") and compact ages ("2w", "5h", "5h ago").
// A title may end in one ("Talks resume on May 12", "Profits top £10m"), so an outlet before a
// day must be glued to it or set off by a separator, and one before an age set off.
// The day may carry its weekday and a clock time too ("Sat, 14 Mar", "14 Mar, 09:15"); a day's digits are never an outlet's ("Sat, 1" / "4 Mar").
const MONTH_DAY_TIME = `${WEEKDAY}(?:(?:${MONTH})\\.? \\d{1,2}|(?<!\\d)\\d{1,2} (?:${MONTH})\\.?)${CLOCK}`;
const COMPACT_TIME = "\\d{1,2}(?:mo|[mhdwy])(?: ago)?";
// A weekday's full name ("Monday"); matched without regard to case.
export const FULL_WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
// A weekday's name, as a clock time may follow it ("Monday 16:05", "Sat 9:15am").
const WEEKDAY_NAME = `${FULL_WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun`;
// A time of day, maybe after "Today", "Yesterday" or a weekday ("12:45 GMT", "Today 09:30", "Monday 16:05", "10.42am"), or
// "Today" alone: live pages date today's items by the clock. A stop between the digits makes a
// clock only with am/pm or a zone after it, since "2.30" alone is a price or a score.
const HOUR = "(?:[01]?\\d|2[0-3])";
const MERIDIEM = " ?[ap]\\.?m\\.?";
const ZONE = " [A-Z]{2,4}";
const CLOCK_TIME = `(?:(?:today|yesterday|${WEEKDAY_NAME})\\.?,? (?:at )?)?${HOUR}(?::[0-5]\\d(?:${MERIDIEM})?(?:${ZONE})?|\\.[0-5]\\d(?:${MERIDIEM}(?:${ZONE})?|${ZONE}))|today`;
const SHORT_TIME = `${MONTH_DAY_TIME}|${COMPACT_TIME}|${CLOCK_TIME}`;

// A stamp's label before the time, maybe with "last" or "first" and "at" or "on" ("Last updated 2 hours ago", "Updated at 10:42 GMT").
const STAMP_LABEL = "(?:(?:last|first) )?(?:published|updated|posted)(?: (?:at|on)(?= ))?";
// Labels some pages print glued before the time ("time45 minutes ago", "Updated: 2 hours ago").
const LABELLED = new RegExp(`^(?:(?:time|${STAMP_LABEL})\\s*:?\\s*)?(${TIME}|${SHORT_TIME})$`, "i");
// What sets an outlet apart from its time: a middle dot, a bar, a bullet, a dash; before a full time also a comma ("Reuters, 2 hours ago").
const SEPARATOR = "[·|•–—-]";
const OUTLET_FIRST = new RegExp(`^(.+?)\\s*(?:${SEPARATOR}|,)?\\s*(${TIME})$`, "i");
// A clock with a colon after a name is an item's time without a separator too ("The Guardian 12:45"),
// not after a name with digits, a row of results ("6. Ludwig 1:25").
const COLON_CLOCK = `${HOUR}:[0-5]\\d(?:${MERIDIEM})?(?:${ZONE})?`;
const OUTLET_FIRST_SHORT = new RegExp(`^(.*?\\S)(?:\\s*${SEPARATOR}\\s*)?(${MONTH_DAY_TIME})$|^(.*?\\S)\\s*${SEPARATOR}\\s*(${COMPACT_TIME}|${CLOCK_TIME})$|^([^\\d]*[^\\d\\s])\\s*(?:${SEPARATOR}\\s*)?(${COLON_CLOCK})$`, "i");
const SHORT_ONLY = new RegExp(`^(?:${SHORT_TIME})$`, "i");
const TIME_FIRST = new RegExp(`^(?:${STAMP_LABEL}\\s*:?\\s*)?(${TIME}|${SHORT_TIME})\\s*((?:${SEPARATOR}|by)?)\\s+(\\S.{0,40})$`, "i");

// Wire copy opens with the place it was filed from in capitals and an ISO date, set apart by a
// space; aggregators glue an outlet in its own spelling to a day-first date ("Sky News12-03-2025").
// A place's words may hold an apostrophe ("N'DJAMENA"), which is then no separator, so each line has one reading.
const WIRE_DATELINE = /^(\p{Lu}(?:['’]?\p{Lu})+\.?(?:[ ,-]+\p{Lu}(?:['’]?\p{Lu})+\.?)*)\s+(\d{4}-\d{2}-\d{2})$/u;

// Every time or date form holds a digit, "ago", "just now", "yesterday", "today" or a foreign "ago": a cheap test that spares
// most lines of a page the scans of the full patterns from every position.
const TIME_WORD = /\d|ago\b|just now|yesterday|today|il y a|hace|vor |há | fa$| geleden$/i;

// A byline's words after "By": capitalized names ("By Jane Smith", "By Jane Smith and Omar Haddad").
const BYLINE_NAMES = /^by\s+(\p{Lu}.*)$/iu;
// A byline signed by the aggregator's desk, as some print it ("Story by News desk").
const DESK_BYLINE = /^(?:story )?by\s+(\p{Lu}.*)$/iu;

const FRAMED = /^[•·]\s*(.*?)(?:\s*[•·])?$/;
// A read time printed after the time is the story's length, no part of its dateline ("Reuters · 2h · 3 min read").
const READ_TIME_AFTER = new RegExp(`\\s*[·•|–—-]\\s*${READ_TIME}$`, "i");
// A dateline is a short line, its frame of bullets a few characters more.
const MAX_DATELINE_CHARS = 80;
const MAX_FRAMED_CHARS = 90;

// An aggregator signs its own items with a desk, not a publication ("Newsroom", "Money desk", "Staff").
const DESK = /\b(?:desk|newsroom|staff|team|editors?)$/i;

/** True for a line that names only an aggregator's desk ("Newsroom", "News desk"), printed on a line of its own. */
export function isDeskName(line: string): boolean {
  const t = line.trim();
  // The desk word may stand in lower case after the aggregator's name ("News desk", "Money team").
  const name = t.replace(DESK, "").trim();
  return DESK.test(t) && /^\p{Lu}/u.test(t) && (name === "" || isOutletLike(name)) && t.split(/\s+/).length <= 3;
}

/** The dateline a header line holds, or null when the line is not one. */
export function parseDateline(line: string): Dateline | null {
  // A time framed by bullets, or a row opened by one, as a card's row of metadata leaves it (" • 3h • ", "• Reuters • 3h").
  const raw = line.trim();
  if (raw.length > MAX_FRAMED_CHARS) return null;
  const t = raw.replace(FRAMED, "$1").replace(READ_TIME_AFTER, "");
  if (t.length > MAX_DATELINE_CHARS || !TIME_WORD.test(t)) return null;
  const wire = WIRE_DATELINE.exec(t);
  if (wire) return { time: wire[2]!, outlet: null, place: wire[1]! };
  let m = LABELLED.exec(t);
  if (m) return { time: m[1]!, outlet: null };
  m = OUTLET_FIRST.exec(t);
  const short = m ? null : OUTLET_FIRST_SHORT.exec(t);
  const [name, time] = m ? [m[1]!, m[2]!] : short ? [short[1] ?? short[3] ?? short[5]!, short[2] ?? short[4] ?? short[6]!] : ["", ""];
  // A byline before the time names the writers, not the outlet ("By Jane Smith · 2h"); one naming the
  // aggregator's desk signs its own briefing ("Story by News desk • 6h").
  const signed = name ? DESK_BYLINE.exec(name.trim()) : null;
  if (signed && isDeskName(signed[1]!)) return { time, outlet: null, desk: signed[1]!.trim() };
  const byline = name ? BYLINE_NAMES.exec(name.trim()) : null;
  if (byline && isOutletLike(byline[1]!)) return { time, outlet: null, authors: byline[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) };
  if (name && (isOutletLike(name) || (name.length + time.length === t.length && isGluedName(name)))) return { time, outlet: name.trim() };
  m = TIME_FIRST.exec(t);
  // Words after the time: no sentence ("Two days ago the minister resigned."), and after a
  // short form only past a separator ("3d printing" is no time).
  // A second stamp after the time is the update's ("Published: 19 Nov 2026 | Updated: 20 Nov 2026"): the first dates the item.
  if (m && m[2] && LABELLED.test(m[3]!.trim())) return { time: m[1]!, outlet: null };
  if (!m || m[3]!.split(/\s+/).length > 5 || /[.!?]$/.test(m[3]!) || (!m[2] && SHORT_ONLY.test(m[1]!))) return null;
  // A name set off by a separator or "by" is the outlet ("2 hours ago · Reuters", "Published 2 hours
  // ago by Reuters"); other words after the time are the aggregator's own byline ("2 days ago News
  // desk"), which names no outlet.
  if (m[2] && isOutletLike(m[3]!) && !DESK.test(m[3]!)) return { time: m[1]!, outlet: m[3]!.trim() };
  return { time: m[1]!, outlet: null, desk: m[3]!.trim() };
}

/**
 * A name a scraper glued to its time may be spelled in lowercase ("euronews2 hours ago"): a few
 * words starting with a letter, no sentence. Only glued ones, since a sentence may end in a time.
 */
function isGluedName(name: string): boolean {
  return name.length <= 48 && /^\p{L}/u.test(name) && !/[.!?,;:]$/.test(name) && name.split(/\s+/).length <= 5;
}

const CLOCK_OR_WEEKDAY_AT_START = new RegExp(`^${CLOCK_FIRST}${WEEKDAY}`, "i");
const CLOCK_AT_END = new RegExp(`${CLOCK}$`, "i");
const AGO = new RegExp(`^(?:${ROUNDED})?(\\S+)\\s*(${UNIT})\\s+ago$`, "i");
const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const COMPACT_AGO = /^(\d{1,2})(mo|[mhdwy])(?: ago)?$/i;
const MONTH_DAY = new RegExp(`^(?:(${MONTH})\\.? (\\d{1,2})|(\\d{1,2}) (${MONTH})\\.?)$`, "i");
// "Today", or a clock time after "Today", "Yesterday" or a weekday: the day word, hour, minutes, am/pm, zone.
const CLOCK_VALUE = new RegExp(`^(?=\\S)(?:(today|yesterday|${WEEKDAY_NAME})\\.?(?:,? (?:at )?)?)?(?:(\\d{1,2})[:.](\\d{2}) ?(?:([ap])\\.?m\\.?)?(?: ([A-Z]{2,4}))?)?$`, "i");
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

// A wire dateline opening a paragraph: a place, a comma, a full date and a dash ("Brussels, 3 December 2026 — ...").
const OPENING_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, ([^,—–]{6,24}?\d{4}) [—–-] /u;

/** The day a paragraph's opening dateline states, if it opens with one ("Brussels, 3 December 2026 — ..."). */
export function openingDateline(paragraph: string | undefined): string | null {
  const m = paragraph ? OPENING_DATELINE.exec(paragraph) : null;
  const value = m ? datelineValue(m[1]!, null) : null;
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value : null;
}

// A wire dateline opening a paragraph with a month and day: a place in capitals, its region, the
// day, the agency in brackets and a dash ("ANKARA, Nov 18 (AP) - ...", "PORTO ALEGRE, Brazil, Nov 16 (Reuters) - ...").
const WIRE_DAY = new RegExp(`^\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?(?:, \\p{Lu}[\\p{L}.'’ -]{0,30}?)?, ((?:${MONTH})\\.? \\d{1,2}(?:, \\d{4})?)(?: \\([^()]{1,40}\\))? [—–-] `, "u");

/**
 * The day a paragraph's wire dateline states ("ANKARA, Nov 18 (AP) - ..."), the latest such day
 * up to the reference when it names no year, with where its date stands in the paragraph; or null.
 */
export function wireDatelineDay(paragraph: string | undefined, ref: Date | null): { value: string; start: number; end: number } | null {
  const m = paragraph && ref ? WIRE_DAY.exec(paragraph) : null;
  if (!m) return null;
  const value = datelineValue(m[1]!, ref);
  const start = m[0].indexOf(m[1]!);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value, start, end: start + m[1]!.length } : null;
}

// An age of minutes or hours ("2m ago", "14 minutes ago", "1h", "just now"), as a live page stamps its entries.
const RECENT_AGE = /^(?:just now|(?:\d+|an?|one)\s*(?:m|mins?|minutes?|h|hrs?|hours?)(?:\s+ago)?)$/i;

/** True for an age of minutes or hours. */
export function isRecentAge(time: string): boolean {
  return RECENT_AGE.test(time.trim());
}

/** True for a time of today: a clock time or "Today", as live pages stamp their entries with. */
export function isTimeOfDay(time: string): boolean {
  const m = CLOCK_VALUE.exec(time.trim());
  return !!m && (m[1] === undefined || /^today$/i.test(m[1]));
}

// A day of the calendar by its month's name or in figures ("3 March", "Mar 12, 2026", "05-03-2026"), no age or clock.
const CALENDAR_DAY = new RegExp(`\\b(?:${MONTH})\\b|^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}$|^\\d{4}-\\d{2}-\\d{2}$`, "i");

/** True for a time that names a day of the calendar, as a timeline dates its entries. */
export function isCalendarDay(time: string): boolean {
  return CALENDAR_DAY.test(time.trim());
}

/** The calendar value of a dateline's time; relative ones need the reference instant. */
export function datelineValue(time: string, ref: Date | null): string | null {
  const t = time.trim();
  const ago = AGO.exec(t);
  if (ago) {
    const count = countOf(ago[1]!);
    const unit = agoUnit(ago[2]!);
    return ref && unit && Number.isFinite(count) ? agoValue(count, unit, ref) : null;
  }
  const foreign = FOREIGN_AGO.exec(t) ?? FOREIGN_AGO_AFTER.exec(t);
  if (foreign) return ref ? agoValue(/^\d/.test(foreign[1]!) ? Number(foreign[1]) : 1, FOREIGN_UNITS[foreign[2]!.toLowerCase()]!, ref) : null;
  const compact = COMPACT_AGO.exec(t);
  if (compact) return ref ? agoValue(Number(compact[1]), agoUnit(compact[2]!)!, ref) : null;
  const monthDay = MONTH_DAY.exec(t.replace(CLOCK_OR_WEEKDAY_AT_START, "").replace(CLOCK_AT_END, ""));
  if (monthDay) return ref ? lastMonthDay(monthDay[1] ?? monthDay[4]!, Number(monthDay[2] ?? monthDay[3]), ref) : null;
  const clock = CLOCK_VALUE.exec(t);
  if (clock) return ref ? clockValue(clock, ref) : null;
  if (/^just now$/i.test(t)) return ref ? instantValue(ref) : null;
  const num = NUMERIC_DATE.exec(t);
  if (num) {
    let [a, b] = [Number(num[1]), Number(num[2])];
    // Day first, as the aggregators these scrapes come from print it, unless that is impossible.
    if (b > 12 && a <= 12) [a, b] = [b, a];
    return validDay(Number(num[3]), b, a);
  }
  const iso = ISO_DATE.exec(t);
  if (iso) {
    if (!iso[4]) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const d = new Date(t.replace(" ", "T") + (iso[7] ? "" : "Z"));
    return Number.isNaN(d.getTime()) ? null : instantValue(d);
  }
  const day = t.replace(CLOCK_OR_WEEKDAY_AT_START, "").replace(CLOCK_AT_END, "");
  const d = new Date(`${day.replace(/,/g, "")} UTC`);
  return Number.isNaN(d.getTime()) ? null : dayValue(d);
}

/**
 * A clock time on the reference day, or the day before for "Yesterday": an instant where the zone
 * is UTC's, the day and local time where none is printed, the day alone under another zone.
 */
function clockValue(m: RegExpExecArray, ref: Date): string {
  const day = dayValue(clockDay(m[1], ref));
  if (m[2] === undefined) return day;
  const h = Number(m[2]);
  const hour = m[4] ? (h % 12) + (/^p/i.test(m[4]) ? 12 : 0) : h;
  const local = `${day}T${String(hour).padStart(2, "0")}:${m[3]}`;
  if (!m[5]) return local;
  return /^(?:GMT|UTC|Z)$/i.test(m[5]) ? `${local}:00Z` : day;
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** The day a clock's day word names: the reference day, the day before it ("Yesterday"), or the latest such weekday up to it ("Monday"). */
function clockDay(word: string | undefined, ref: Date): Date {
  if (!word || /^today$/i.test(word)) return ref;
  if (/^yesterday$/i.test(word)) return addDays(ref, -1);
  return addDays(ref, -((ref.getUTCDay() - WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase()) + 7) % 7));
}

/** A day printed without its year: the latest one not after the reference date. */
function lastMonthDay(month: string, day: number, ref: Date): string | null {
  const m = new Date(`${month.slice(0, 3)} 1, 2000 UTC`).getUTCMonth() + 1;
  const y = ref.getUTCFullYear();
  const thisYear = Date.UTC(y, m - 1, day) <= ref.getTime();
  return validDay(thisYear ? y : y - 1, m, day);
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? dayValue(date) : null;
}
