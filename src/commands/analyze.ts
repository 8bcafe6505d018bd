// `corpus analyze PATH...`: scraped pages to summaries or JSON. One file prints its report as
// it always has; several files, folders or a shard are a corpus run: worker threads, results in
// input order as they finish, an error record for each file that fails, a progress bar.
import { stat } from "node:fs/promises";
import { Option, type Command } from "commander";
import { analyzeCorpus, type DocResult } from "../corpus/run.js";
import { displayPath } from "../corpus/output.js";
import { Progress } from "../corpus/progress.js";
import { ANALYZE_OUTPUT_CODE } from "../input/analyze-output.js";
import { InputError } from "../input/decode.js";
import { readInput } from "../input/read.js";
import { documentsClosing, documentsEntry, documentsOpening } from "../report/documents.js";
import { formatJson } from "../report/json.js";
import { formatNdjsonLine } from "../report/ndjson.js";
import { formatText } from "../report/text.js";
import { CorpusSummary } from "../summary/aggregate.js";
import type { Report } from "../types.js";
import { tuneForOnePage } from "../v8-flags.js";
import { EXIT, UsageError, type CommandContext } from "./context.js";
import { addCorpusOptions, type CorpusFlags } from "./corpus-flags.js";
import { commit, openSink, writeInterruptibly } from "./sink.js";

type Format = "text" | "json" | "ndjson";

interface AnalyzeFlags extends CorpusFlags {
  format: Format;
  json?: boolean;
  refDate?: string;
  color: boolean;
  out?: string;
}

interface RunSettings {
  format: Format;
  referenceDate: Date | null;
  color: boolean;
}

/** Parses --ref-date: a bare day means its start in UTC; anything else must be an ISO instant. */
export function parseRefDate(value: string): Date {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) throw new UsageError(`--ref-date: not an ISO date: ${value}`);
  return d;
}

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  const command = program
    .command("analyze")
    .description("analyze scraped pages (plain text or HTML): files, folders, or - for standard input")
    .argument("<paths...>", 'scraped pages, folders of them (recursively), or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "ndjson"]).default("text"))
    .option("--json", "same as --format json")
    .option("--ref-date <iso>", "reference instant for relative dates (default: a date the page states)")
    .option("--no-color", "plain text output even on a terminal")
    .option("-o, --out <file>", "write the output to a file, replaced only once complete");
  addCorpusOptions(command).action(async (paths: string[], flags: AnalyzeFlags) => {
    const format = flags.json ? "json" : flags.format;
    const settings: RunSettings = {
      format,
      referenceDate: flags.refDate ? parseRefDate(flags.refDate) : null,
      color: format === "text" && !flags.out && flags.color && !ctx.io.env.NO_COLOR && ctx.io.stdout.isTTY === true,
    };
    const single = paths.length === 1 && !flags.shard && !(await isFolder(paths[0]!));
    await (single ? analyzeOne(paths[0]!, flags, settings, ctx) : analyzeMany(paths, flags, settings, ctx));
  });
}

async function isFolder(path: string): Promise<boolean> {
  return path !== "-" && (await stat(path).then((s) => s.isDirectory(), () => false));
}

const hasErrors = (report: Report): boolean => report.messages.some((m) => m.severity === "error");

/** A file that holds analyze output is said so on stderr too, where the report itself is not read by a person. */
function warnIfAnalyzeOutput(report: Report, flags: AnalyzeFlags, settings: RunSettings, log: (line: string) => void): void {
  const shownAsText = settings.format === "text" && !flags.out;
  if (!shownAsText && report.messages.some((m) => m.code === ANALYZE_OUTPUT_CODE)) log(`corpus: warning: ${displayPath(report.source.path)}: holds corpus analyze output, not a scraped page; analyzed as a page as asked`);
}

/** One file: its report, or one line on stderr and exit 2. */
async function analyzeOne(path: string, flags: AnalyzeFlags, settings: RunSettings, ctx: CommandContext): Promise<void> {
  let report: Report;
  try {
    // Loaded here, not at start-up: a corpus run analyzes in worker threads and never needs it.
    const [{ analyzePage }, { detectFormat }] = await Promise.all([import("../corpus/analyze-page.js"), import("../analyze.js")]);
    const bytes = await readInput(path, ctx.io.stdin, flags.maxBytes);
    // The page's format as analyze detects it, read from its first bytes (ASCII tags): it only tunes speed.
    tuneForOnePage(bytes.length, detectFormat(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1")) === "html");
    report = analyzePage(bytes, { path, referenceDate: settings.referenceDate });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.code, `${displayPath(path)}: ${e.message}`);
    throw e;
  }
  warnIfAnalyzeOutput(report, flags, settings, (line) => ctx.io.stderr.write(`${line}\n`));
  const sink = await openSink(flags.out, ctx);
  const doc: DocResult = { source: { path }, report };
  await sink.write(settings.format === "json" ? formatJson(report) : settings.format === "ndjson" ? formatNdjsonLine(doc) : formatText(report, { color: settings.color }));
  await commit(sink, ctx);
  if (hasErrors(report)) ctx.exit(EXIT.findings);
}

/** How each format lays out a stream of documents. */
interface Layout {
  /** The output for the `index`-th document (0-based). */
  entry(doc: DocResult, index: number): string;
  /** What follows the last of `count` documents. */
  end(count: number): string;
}

function layoutOf(settings: RunSettings): Layout {
  switch (settings.format) {
    case "ndjson":
      return { entry: formatNdjsonLine, end: () => "" };
    case "json": {
      const summary = new CorpusSummary();
      return {
        entry: (doc, i) => {
          summary.add(doc);
          return (i === 0 ? documentsOpening() : "") + documentsEntry(doc, i);
        },
        end: (count) => (count === 0 ? documentsOpening() : "") + documentsClosing(count, summary),
      };
    }
    case "text": {
      // Failed files have their line on stderr; the text output holds the reports, a blank line apart.
      let shown = 0;
      return {
        entry: (doc) => ("report" in doc ? (shown++ > 0 ? "\n" : "") + formatText(doc.report, { color: settings.color }) : ""),
        end: () => "",
      };
    }
  }
}

/** A corpus: every file's result in input order; a failed file is an error record, a line on stderr and exit 1. */
async function analyzeMany(paths: string[], flags: AnalyzeFlags, settings: RunSettings, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const layout = layoutOf(settings);
  // Output scrolling on the same terminal would tear the bar, and shows the progress anyway.
  const outputOnTerminal = !flags.out && io.stdout.isTTY === true;
  const progress = new Progress(io.stderr, { enabled: !flags.quiet && io.stderr.isTTY === true && !outputOnTerminal });
  // Ctrl-C stops the workers; what finished is still written and the output completed.
  await writeInterruptibly(flags.out, ctx, progress, async (sink, signal) => {
    let count = 0;
    let total = 0;
    const results = analyzeCorpus(paths, {
      ext: flags.ext,
      jobs: flags.jobs,
      shard: flags.shard ?? null,
      maxBytes: flags.maxBytes,
      referenceDate: settings.referenceDate,
      signal,
      stdin: io.stdin,
      onProgress: (done, all) => {
        total = all;
        progress.update(done, all);
      },
    });
    for await (const doc of results) {
      if ("error" in doc) {
        progress.log(`corpus: ${displayPath(doc.source.path)}: ${doc.error.message}`);
        ctx.exit(EXIT.findings);
      } else {
        warnIfAnalyzeOutput(doc.report, flags, settings, (line) => progress.log(line));
        if (hasErrors(doc.report)) ctx.exit(EXIT.findings);
      }
      await sink.write(layout.entry(doc, count++));
      // The reader closed the pipe: nothing more can be delivered, so stop quietly.
      if (sink.closed) break;
    }
    progress.finish();
    if (total === 0 && !flags.shard) throw new UsageError(`no files to analyze (folders are searched for ${flags.ext.map((e) => `.${e}`).join(", ")})`);
    await sink.write(layout.end(count));
    return `${count} of ${total} files written`;
  });
}
