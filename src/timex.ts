// TIMEX3-style values shared by the dateline parser and the date extractor: a day "2025-06-20",
// a month "2025-05", a year "2022", an ISO week "2025-W25", an instant "2025-06-21T10:00:00Z".

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export const dayValue = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const monthValue = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
export const yearValue = (d: Date): string => String(d.getUTCFullYear());
export const instantValue = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** ISO 8601 week of a date: "2025-W25". */
export function weekValue(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow); // the Thursday of this week decides its year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** Parses "2", "two", "an" into a count, or NaN. */
export function countOf(word: string): number {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : (WORD_NUMBERS[w] ?? NaN);
}

export type AgoUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

/** The unit a word of an age names ("hours", "hrs", "h"), or null. */
export function agoUnit(word: string): AgoUnit | null {
  const w = word.toLowerCase();
  // The letters of a compact age ("5m", "2h", "3d", "1w", "2mo", "1y").
  const compact = COMPACT_UNITS[w];
  if (compact) return compact;
  const s = w.replace(/s$/, "");
  if (s === "sec" || s === "second") return "second";
  if (s === "min" || s === "minute") return "minute";
  if (s === "hr" || s === "hour") return "hour";
  if (s === "day" || s === "week" || s === "month" || s === "year") return s;
  return null;
}

const COMPACT_UNITS: Record<string, AgoUnit> = { m: "minute", h: "hour", d: "day", w: "week", mo: "month", y: "year" };

/**
 * Value of "N units ago" against a reference instant, at the granularity the unit gives:
 * an instant for seconds to hours, a day, a week, a month or a year otherwise.
 */
export function agoValue(count: number, unit: AgoUnit, ref: Date): string {
  const d = new Date(ref.getTime());
  switch (unit) {
    case "second": return instantValue(new Date(d.getTime() - count * 1000));
    case "minute": return instantValue(new Date(d.getTime() - count * 60000));
    case "hour": return instantValue(new Date(d.getTime() - count * 3600000));
    case "day": d.setUTCDate(d.getUTCDate() - count); return dayValue(d);
    case "week": d.setUTCDate(d.getUTCDate() - 7 * count); return weekValue(d);
    case "month": d.setUTCMonth(d.getUTCMonth() - count); return monthValue(d);
    case "year": d.setUTCFullYear(d.getUTCFullYear() - count); return yearValue(d);
  }
}

/** A calendar day as a UTC midnight. */
export const utcDay = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

/** The day `days` after (or before, when negative) a date, at UTC midnight. */
export function addDays(d: Date, days: number): Date {
  return utcDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate() + days);
}

/** The Monday of an ISO week ("2025-W20" -> 2025-05-12), at UTC midnight. */
export function weekMonday(year: number, week: number): Date {
  // Week 1 is the week with the year's first Thursday, i.e. the one holding January 4.
  const jan4 = utcDay(year, 1, 4);
  return addDays(jan4, 1 - (jan4.getUTCDay() || 7) + 7 * (week - 1));
}

/** Days in a month (1-12). */
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export type Season = "SP" | "SU" | "FA" | "WI";

/** The month a season starts in: TIMEX3 names a winter by the year of its December. */
export const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season a date falls in, as the TIMEX3 year and code ("2025-WI" for 2026-01-10). */
export function seasonOf(d: Date): { year: number; season: Season } {
  const m = d.getUTCMonth() + 1;
  const y = d.getUTCFullYear();
  if (m <= 2) return { year: y - 1, season: "WI" };
  if (m === 12) return { year: y, season: "WI" };
  return { year: y, season: m <= 5 ? "SP" : m <= 8 ? "SU" : "FA" };
}
