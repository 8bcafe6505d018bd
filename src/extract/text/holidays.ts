// Holidays' names (data/date-holidays.json), keyed as a text prints them without apostrophes, stops or runs of
// spaces: the dates place each one on its day, and the entities read them as no name.
import { readDataJson } from "../../data.js";

/** The key of a holiday's printed name: "Mother's Day" -> "mothers day". */
export const holidayKey = (words: string): string => words.toLowerCase().replace(/['’.]/g, "").replace(/\s+/g, " ");

/** Whether words name a holiday ("Black Friday", "Mother's Day"). */
export function isHolidayName(words: string): boolean {
  return Object.hasOwn(readDataJson<{ holidays: Record<string, unknown> }>("date-holidays.json").holidays, holidayKey(words));
}
