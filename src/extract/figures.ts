// Numbers and what they count (placeholder until the figure extractor lands).
import type { DateMention, Figure } from "../types.js";

export function extractFigures(_text: string, _dates: DateMention[]): Figure[] {
  return [];
}
