// NDJSON: one compact JSON document per line and per file, its report or its error record, so a
// stream of them can be read (and cut short) a line at a time.
import type { DocResult } from "../summary/types.js";
import type { Report } from "../types.js";

export type ErrorRecord = Extract<DocResult, { error: unknown }>;

/** What a file contributes to the output: its report, or `{ source, error: { code, message } }`. */
export function documentOf(doc: DocResult): Report | ErrorRecord {
  return "report" in doc ? doc.report : doc;
}

export function formatNdjsonLine(doc: DocResult): string {
  return `${JSON.stringify(documentOf(doc))}\n`;
}
