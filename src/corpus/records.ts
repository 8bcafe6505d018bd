// Reading analyze output back: NDJSON streamed a line at a time, or one indented JSON document (a
// report or `{ documents }`). A line or document that is not an analyze record becomes an error
// record naming where it is, so one damaged file costs only itself.
import { createInterface } from "node:readline";
import type { AnalyzeRecord } from "../types.js";
import { failure, resultOf, type DocResult } from "./result.js";

const BAD_RECORD = "not-analyze-output";

/** The records of NDJSON analyze output, one per non-blank line. */
export async function* ndjsonRecords(path: string, stream: NodeJS.ReadableStream): AsyncGenerator<DocResult> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let no = 0;
  try {
    for await (const line of lines) {
      no++;
      if (line.trim()) yield* resultsOf(parse(line), `line ${no}: `, path, "one analyze record per line");
    }
  } catch (e) {
    yield readFailure(path, e);
  }
}

/** The records of one JSON document of analyze output. */
export function jsonRecords(path: string, text: string): DocResult[] {
  return resultsOf(parse(text), "", path, "a report or { documents }");
}

/** A file that could not be read as analyze output. */
export function readFailure(path: string, e: unknown): DocResult {
  const code = (e as NodeJS.ErrnoException).code ?? "EIO";
  return failure(path, code, code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (e as Error).message);
}

/** The message of a file named like analyze output that does not hold any. */
export function notAnalyzeOutput(path: string): DocResult {
  return failure(path, BAD_RECORD, "not analyze output (reports or error records, one per line, or { documents }), though named like it; not read as a page");
}

const NOT_JSON = Symbol("not JSON");

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** A parsed value as results: a report, an error record, or each of a document's `documents`. */
/** `where` names the place in the file ("line 2: "), or is empty for a whole document. */
function resultsOf(value: unknown, where: string, path: string, expected: string): DocResult[] {
  if (value === NOT_JSON) return [failure(path, BAD_RECORD, `${where}not JSON; expected ${expected}`)];
  if (isObject(value) && Array.isArray(value.documents)) return value.documents.map((d, i) => recordResult(d, `${where}document ${i + 1}: `, path));
  return [recordResult(value, where, path)];
}

/** A value that should be an analyze record, as a result; anything else is an error record for `path`. */
export function recordResult(value: unknown, where: string, path = "-"): DocResult {
  if (!isRecord(value)) return failure(path, BAD_RECORD, `${where}not an analyze record (a report, or { source, error })`);
  // An error record written by another tool may leave out its code.
  return "error" in value ? failure(value.source.path, String(value.error.code ?? "error"), value.error.message) : resultOf(value);
}

function isRecord(value: unknown): value is AnalyzeRecord {
  if (!isObject(value) || !isObject(value.source) || typeof value.source.path !== "string") return false;
  if (isObject(value.error)) return typeof value.error.message === "string";
  return Array.isArray(value.articles) && Array.isArray(value.messages);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
