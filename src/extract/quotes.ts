// Quotations and their speakers (placeholder until the quote extractor lands).
import type { Entity, Quote } from "../types.js";

export function extractQuotes(_text: string, _entities: Entity[]): Quote[] {
  return [];
}
