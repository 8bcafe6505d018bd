// `corpus summary PATH...`: what a whole corpus holds, from scraped pages (analyzed on the way)
// or from the NDJSON that `corpus analyze --format ndjson` wrote, shard outputs included: the
// summary depends only on the set of documents, so merged shards give the whole corpus's.
import { Option, type Command } from "commander";
import { readDocuments } from "../corpus/documents.js";
import { Progress } from "../corpus/progress.js";
import { displayPath } from "../corpus/output.js";
import { formatSummaryJson } from "../report/summary-json.js";
import { formatSummaryText } from "../report/summary-text.js";
import { CorpusSummary } from "../summary/aggregate.js";
import { parseRefDate } from "./analyze.js";
import { parseCount } from "./check.js";
import { EXIT, type CommandContext } from "./context.js";
import { addCorpusOptions, corpusOptionsOf, type CorpusFlags } from "./corpus-flags.js";
import { commit, openSink } from "./sink.js";

interface SummaryFlags extends CorpusFlags {
  format: "text" | "json" | "html";
  json?: boolean;
  top: string;
  refDate?: string;
  color: boolean;
  out?: string;
}

// Quotes the HTML report lists under each speaker.
const HTML_QUOTES_PER_SPEAKER = 3;

export function registerSummary(program: Command, ctx: CommandContext): void {
  const command = program
    .command("summary")
    .description("summarize a corpus: counts, most mentioned names, most quoted speakers, largest figures, timeline, recurring items")
    .argument("<paths...>", 'scraped pages or folders, analyze output (recognized by content), or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format (html: one self-contained page)").choices(["text", "json", "html"]).default("text"))
    .option("--json", "same as --format json")
    .option("--top <n>", "length of each ranked list", "10")
    .option("--ref-date <iso>", "reference instant for relative dates in pages (default: a date each page states)")
    .option("--no-color", "plain text output even on a terminal")
    .option("-o, --out <file>", "write the summary to a file, replaced only once complete");
  addCorpusOptions(command).action(async (paths: string[], flags: SummaryFlags) => {
    const { io } = ctx;
    const format = flags.json ? "json" : flags.format;
    const summary = new CorpusSummary({ top: parseCount("--top", flags.top, 1), quoteSamples: format === "html" ? HTML_QUOTES_PER_SPEAKER : 1 });
    const progress = new Progress(io.stderr, { enabled: !flags.quiet && io.stderr.isTTY === true });
    const referenceDate = flags.refDate ? parseRefDate(flags.refDate) : null;
    let failed = 0;
    try {
      // The command wires the corpus run to the summary, which only ever sees finished reports.
      for await (const doc of readDocuments(paths, corpusOptionsOf(flags, io.stdin, { referenceDate, onProgress: progress.update }))) {
        summary.add(doc);
        if ("error" in doc) {
          failed++;
          progress.log(`corpus: ${displayPath(doc.source.path)}: ${doc.error.message}`);
        }
      }
    } finally {
      progress.finish();
    }
    const json = summary.toJSON();
    const color = format === "text" && !flags.out && flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
    // The HTML report's code loads only when it is asked for.
    const text = format === "json" ? formatSummaryJson(json) : format === "html" ? (await import("../report/summary-html.js")).formatSummaryHtml(json) : formatSummaryText(json, { color });
    const sink = await openSink(flags.out, ctx);
    await sink.write(text);
    await commit(sink, ctx);
    if (failed) ctx.exit(EXIT.findings);
  });
}
