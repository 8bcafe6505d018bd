// Time expressions and their calendar values (placeholder until the date extractor lands).
import type { DateMention } from "../types.js";

export function extractDates(_text: string, _ref: Date | null): DateMention[] {
  return [];
}
