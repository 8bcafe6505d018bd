// The documents a summary (or a check baseline) reads: analyze output (NDJSON, one record per
// line, or a JSON report or `{ documents }`) and scraped pages, which are analyzed on the way.
// Paths are read in the order given; "-" is NDJSON on standard input.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { analyzeCorpus, type CorpusOptions } from "../corpus/run.js";
import type { Report } from "../types.js";
import type { DocResult } from "./types.js";

/** A file that should hold analyze output but does not. */
export class RecordError extends Error {}

const NDJSON = /\.(?:ndjson|jsonl)$/i;
const JSON_FILE = /\.json$/i;

const isAnalyzeOutput = (path: string): boolean => path === "-" || NDJSON.test(path) || JSON_FILE.test(path);

export async function* readDocuments(paths: string[], options: CorpusOptions): AsyncIterable<DocResult> {
  // Consecutive page paths go to one corpus run, so its workers stay busy across them.
  let pages: string[] = [];
  for (const path of [...paths, null]) {
    if (path !== null && !isAnalyzeOutput(path)) {
      pages.push(path);
      continue;
    }
    if (pages.length) yield* analyzeCorpus(pages, options);
    pages = [];
    if (path === null) break;
    if (JSON_FILE.test(path)) yield* jsonDocuments(path);
    else yield* ndjsonDocuments(path, path === "-" ? (options.stdin ?? process.stdin) : createReadStream(path));
  }
}

async function* ndjsonDocuments(path: string, stream: NodeJS.ReadableStream): AsyncIterable<DocResult> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let no = 0;
  try {
    for await (const line of lines) {
      no++;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new RecordError(`${path}:${no}: not JSON; expected one analyze record per line`);
      }
      yield asDocResult(value, `${path}:${no}`);
    }
  } catch (e) {
    if (e instanceof RecordError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new RecordError(`${path}: ${code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}

async function* jsonDocuments(path: string): AsyncIterable<DocResult> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RecordError(`${path}: ${code === "ENOENT" ? "no such file" : code ? (e as Error).message : "not valid JSON"}`);
  }
  const docs = isObject(value) && Array.isArray(value.documents) ? value.documents : [value];
  for (const [i, d] of docs.entries()) yield asDocResult(d, `${path} (document ${i + 1})`);
}

/** An analyze report, or an error record `{ source, error }`, as a DocResult. */
function asDocResult(value: unknown, where: string): DocResult {
  if (isObject(value) && isObject(value.source) && typeof value.source.path === "string") {
    const source = { path: value.source.path };
    if (isObject(value.error) && typeof value.error.message === "string") return { source, error: { code: String(value.error.code ?? "error"), message: value.error.message } };
    if (Array.isArray(value.articles) && Array.isArray(value.messages)) return { source, report: value as unknown as Report };
    if (isObject(value.report) && Array.isArray(value.report.articles)) return { source, report: value.report as unknown as Report };
  }
  throw new RecordError(`${where}: not an analyze record (a report, or { source, error })`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
