// NDJSON: one compact JSON document per line and per file, its report or its error record, so a
// stream of them can be read (and cut short) a line at a time.
import { recordOf, type DocResult } from "../corpus/result.js";

export function formatNdjsonLine(doc: DocResult): string {
  return `${JSON.stringify(recordOf(doc))}\n`;
}
