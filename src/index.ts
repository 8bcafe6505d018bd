// The library: what `import { analyze, analyzeFile, analyzeCorpus, summarize, check } from "corpus"`
// gives, and the JSON contract's types. Importing it runs nothing (no file is read, no worker is
// started): each function loads the modules it needs on its first call.
import { availableParallelism } from "node:os";
import type { DocResult } from "./corpus/result.js";
import type { Shard } from "./corpus/shard.js";
import type { AnalyzeRecord, Report, SourceFormat } from "./types.js";
import type { CheckResult } from "./check/types.js";
import type { SummaryJson } from "./summary/types.js";

export type * from "./types.js";
export type { FigureSummary, MonthSummary, NamedCount, RecurringItem, SpeakerSummary, SummaryJson } from "./summary/types.js";
export type { CheckResult, FileResult, Finding, RuleSeverity } from "./check/types.js";
export type { Shard } from "./corpus/shard.js";
export { InputError } from "./input/decode.js";

export interface AnalyzeOptions {
  /** What the report's `source.path` says; default "-". */
  path?: string;
  /** The instant relative dates ("2 hours ago") are resolved against (a Date or an ISO string); default: a date the page states. */
  referenceDate?: Date | string | null;
  /** "text" or "html"; default: detected from the content. */
  format?: SourceFormat | "auto";
}

export interface AnalyzeFileOptions extends Omit<AnalyzeOptions, "path"> {
  /** Larger files are refused with an InputError (code "too-large"); default 32 MiB. */
  maxBytes?: number;
}

export interface AnalyzeCorpusOptions extends Omit<AnalyzeFileOptions, "format"> {
  /** Files analyzed at once, each in a worker thread; default: the number of cores. */
  jobs?: number;
  /** Only the files whose path hashes to shard `index` of `count` (1-based), so machines can split a corpus. */
  shard?: Shard | null;
  /** Extensions of the files read from folders; default ["txt", "html", "htm"]. */
  ext?: string[];
  /** Aborting stops the workers; the reports already finished are still yielded. */
  signal?: AbortSignal;
  /** Called with 0 and the total once the files are known, then after each finished file. */
  onProgress?: (done: number, total: number) => void;
}

export interface SummarizeOptions {
  /** Length of each ranked list; default 10. */
  top?: number;
}

/** Analyze output in any of its forms: records (reports and error records), or NDJSON as text, bytes or a stream. */
export type Records = Iterable<AnalyzeRecord> | AsyncIterable<AnalyzeRecord> | string | Uint8Array | NodeJS.ReadableStream;

export interface CheckOptions {
  /** Rule settings as in corpus.config.json's "rules": { "short-body": { "severity": "error", "minWords": 40 }, "layout-unrecognized": "off" }. */
  rules?: Record<string, unknown>;
  /** Reports whose articles count as already present, for the duplicate-article rule. */
  baseline?: Records;
  /** Read each report's source file for the rules that look at the input's own lines; default true. */
  readSources?: boolean;
}

/** Analyzes one page (plain text or HTML; bytes are decoded as the command decodes files). */
export async function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Promise<Report> {
  const { analyzePage } = await import("./corpus/analyze-page.js");
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  return analyzePage(bytes, { path: options.path ?? "-", referenceDate: referenceDateOf(options.referenceDate), format: options.format });
}

/** Reads and analyzes one file; a file that cannot be read, or is binary, rejects with an InputError. */
export async function analyzeFile(path: string, options: AnalyzeFileOptions = {}): Promise<Report> {
  const [{ readFileBounded, DEFAULT_MAX_BYTES }, { analyzePage }] = await Promise.all([import("./input/read.js"), import("./corpus/analyze-page.js")]);
  const bytes = readFileBounded(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return analyzePage(bytes, { path, referenceDate: referenceDateOf(options.referenceDate), format: options.format });
}

/**
 * Analyzes files and folders (recursively) in worker threads: a report, or an error record for a
 * file that failed, per file, in input order as each is done.
 */
export async function* analyzeCorpus(paths: string | string[], options: AnalyzeCorpusOptions = {}): AsyncGenerator<AnalyzeRecord> {
  const [{ analyzeCorpus: run, DEFAULT_EXTENSIONS }, { DEFAULT_MAX_BYTES }, { recordOf }] = await Promise.all([import("./corpus/run.js"), import("./input/read.js"), import("./corpus/result.js")]);
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs: a whole number of at least 1, not ${jobs}`);
  const shard = options.shard ?? null;
  if (shard && !(Number.isInteger(shard.count) && Number.isInteger(shard.index) && shard.index >= 1 && shard.index <= shard.count)) throw new RangeError("shard: { index, count } with 1 <= index <= count");
  const docs = run(typeof paths === "string" ? [paths] : paths, {
    ext: options.ext ?? DEFAULT_EXTENSIONS,
    jobs,
    shard,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    referenceDate: referenceDateOf(options.referenceDate),
    signal: options.signal,
    onProgress: options.onProgress,
  });
  for await (const doc of docs) yield recordOf(doc);
}

/** The corpus summary of analyze output: counts, top names, speakers, figures, timeline, recurring items. */
export async function summarize(records: Records, options: SummarizeOptions = {}): Promise<SummaryJson> {
  const { CorpusSummary } = await import("./summary/aggregate.js");
  const summary = new CorpusSummary({ top: options.top });
  for await (const doc of await resultsOf(records)) summary.add(doc);
  return summary.toJSON();
}

/** Runs the rules of `corpus check` over analyze output; a bad rule setting rejects with an Error naming it. */
export async function check(records: Records, options: CheckOptions = {}): Promise<CheckResult> {
  const [{ resolveRules }, { checkAll }, { sourceLines }] = await Promise.all([import("./check/config.js"), import("./check/run.js"), import("./check/source-lines.js")]);
  const rules = resolveRules(options.rules === undefined ? {} : { rules: options.rules }, "check options");
  return checkAll(await resultsOf(records), {
    rules,
    baseline: options.baseline === undefined ? undefined : await resultsOf(options.baseline),
    lines: options.readSources === false ? async () => null : sourceLines,
  });
}

/** Records in any accepted form as the results the summary and the rules read; what is no record is an error record. */
async function resultsOf(records: Records): Promise<AsyncIterable<DocResult>> {
  const { ndjsonRecords, recordResult } = await import("./corpus/records.js");
  if (typeof records === "string" || records instanceof Uint8Array) {
    const { Readable } = await import("node:stream");
    return ndjsonRecords("-", Readable.from([typeof records === "string" ? Buffer.from(records, "utf8") : records]));
  }
  if (isStream(records)) return ndjsonRecords("-", records);
  return (async function* () {
    let i = 0;
    for await (const value of records as AsyncIterable<unknown>) yield recordResult(value, `record ${++i}: `);
  })();
}

const isStream = (v: unknown): v is NodeJS.ReadableStream => typeof (v as NodeJS.ReadableStream).pipe === "function";

function referenceDateOf(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`referenceDate: not a date: ${String(value)}`);
  return date;
}
