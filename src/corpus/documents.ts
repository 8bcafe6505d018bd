// The documents a summary, a table or a check baseline reads, in the order the paths are given:
// scraped pages, analyzed in a corpus run, and analyze output, read back. Which one a file is
// depends on what it holds (its first bytes), never on its name; a file named like analyze output
// (.ndjson, .jsonl, .json) that holds none is an error record. "-" is standard input, either kind.
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { analyzeOutputLayout, HEAD_BYTES, type AnalyzeOutputLayout } from "../input/analyze-output.js";
import { jsonRecords, ndjsonRecords, notAnalyzeOutput, readFailure } from "./records.js";
import type { DocResult } from "./result.js";
import { analyzeCorpus, type CorpusOptions } from "./run.js";

const NAMED_LIKE_OUTPUT = /\.(?:ndjson|jsonl|json)$/i;
const NAMED_LIKE_NDJSON = /\.(?:ndjson|jsonl)$/i;

/** What a path holds: pages for a corpus run, or records already analyzed. */
type Held = { pages: true; stdin?: NodeJS.ReadableStream } | { records: () => AsyncIterable<DocResult> | DocResult[] };

export async function* readDocuments(paths: string[], options: CorpusOptions): AsyncGenerator<DocResult> {
  // Consecutive page paths go to one corpus run, so its workers stay busy across them.
  let pages: string[] = [];
  let stdin = options.stdin ?? process.stdin;
  for (const path of [...paths, null]) {
    const held = path === null ? null : path === "-" ? await inspectStream(stdin) : await inspectFile(path);
    if (held && "pages" in held) {
      pages.push(path!);
      if (held.stdin) stdin = held.stdin;
      continue;
    }
    if (pages.length) yield* analyzeCorpus(pages, { ...options, stdin });
    pages = [];
    if (!held) break;
    yield* held.records();
  }
}

async function inspectFile(path: string): Promise<Held> {
  // A folder is walked for pages; a file that cannot be read fails in the run like any page.
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return { pages: true };
  const head = await readHead(path).catch(() => null);
  if (head === null) return { pages: true };
  const layout = analyzeOutputLayout(head.toString("utf8"));
  if (layout) return { records: () => fileRecords(path, layout) };
  if (!NAMED_LIKE_OUTPUT.test(path)) return { pages: true };
  // An empty NDJSON file is a run that yielded nothing (a shard with no files).
  const empty = head.toString("utf8").trim() === "" && NAMED_LIKE_NDJSON.test(path);
  return { records: () => (empty ? [] : [notAnalyzeOutput(path)]) };
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* fileRecords(path: string, layout: AnalyzeOutputLayout): AsyncGenerator<DocResult> {
  if (layout === "ndjson") {
    yield* ndjsonRecords(path, createReadStream(path));
    return;
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    yield readFailure(path, e);
    return;
  }
  yield* jsonRecords(path, text);
}

/** Standard input: its first bytes decide, and the stream handed on still starts with them. */
async function inspectStream(stream: NodeJS.ReadableStream): Promise<Held> {
  let peeked;
  try {
    peeked = await peek(stream, HEAD_BYTES);
  } catch (e) {
    return { records: () => [readFailure("-", e)] };
  }
  const { head, rest } = peeked;
  const text = head.toString("utf8");
  // Nothing at all on standard input is a run that yielded nothing.
  if (text.trim() === "") return { records: () => [] };
  const layout = analyzeOutputLayout(text);
  if (!layout) return { pages: true, stdin: rest };
  return { records: () => (layout === "ndjson" ? ndjsonRecords("-", rest) : streamedJson(rest)) };
}

async function* streamedJson(stream: NodeJS.ReadableStream): AsyncGenerator<DocResult> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  yield* jsonRecords("-", Buffer.concat(chunks).toString("utf8"));
}

/** The stream's first `bytes` (fewer if it ends sooner), and a stream of all of it, those included. */
async function peek(stream: NodeJS.ReadableStream, bytes: number): Promise<{ head: Buffer; rest: NodeJS.ReadableStream }> {
  const chunks = stream[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const b = typeof next.value === "string" ? Buffer.from(next.value) : (next.value as Buffer);
    taken.push(b);
    length += b.length;
  }
  const head = Buffer.concat(taken);
  const replay = async function* (): AsyncGenerator<Buffer | string> {
    yield head;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value as Buffer | string;
  };
  return { head, rest: Readable.from(replay(), { objectMode: false }) };
}
