// What a corpus run yields for each file: its report beside the path it was read from, or the
// error record that stands in its place.
import type { AnalyzeRecord, ErrorRecord, Report } from "../types.js";

export type DocResult = { source: { path: string }; report: Report } | ErrorRecord;

/** The record a file contributes to analyze output: its report, or its error record. */
export function recordOf(doc: DocResult): AnalyzeRecord {
  return "report" in doc ? doc.report : doc;
}

/** A record of analyze output as a result: a report is paired with the path it names. */
export function resultOf(record: AnalyzeRecord): DocResult {
  return "error" in record ? record : { source: { path: record.source.path }, report: record };
}

export const failure = (path: string, code: string, message: string): ErrorRecord => ({ source: { path }, error: { code, message } });
