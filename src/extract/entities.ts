// People, organizations and places (placeholder until the entity extractor lands).
import type { Entity } from "../types.js";

export function extractEntities(_text: string): Entity[] {
  return [];
}
