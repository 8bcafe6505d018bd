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
import { addCorpusOptions, type CorpusFlags } from "./corpus-flags.js";

interface SummaryFlags extends CorpusFlags {
  format: "text" | "json";
  json?: boolean;
  top: string;
  refDate?: string;
  color: boolean;
}

export function registerSummary(program: Command, ctx: CommandContext): void {
  const command = program
    .command("summary")
    .description("summarize a corpus: counts, most mentioned names, most quoted speakers, largest figures, timeline, recurring items")
    .argument("<paths...>", 'scraped pages or folders, analyze output (recognized by content), or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--json", "same as --format json")
    .option("--top <n>", "length of each ranked list", "10")
    .option("--ref-date <iso>", "reference instant for relative dates in pages (default: a date each page states)")
    .option("--no-color", "plain text output even on a terminal");
  addCorpusOptions(command).action(async (paths: string[], flags: SummaryFlags) => {
    const { io } = ctx;
    const format = flags.json ? "json" : flags.format;
    const summary = new CorpusSummary({ top: parseCount("--top", flags.top, 1) });
    const progress = new Progress(io.stderr, { enabled: !flags.quiet && io.stderr.isTTY === true });
    const options = {
      ext: flags.ext,
      jobs: flags.jobs,
      shard: flags.shard ?? null,
      maxBytes: flags.maxBytes,
      referenceDate: flags.refDate ? parseRefDate(flags.refDate) : null,
      stdin: io.stdin,
      onProgress: progress.update,
    };
    let failed = 0;
    try {
      for await (const doc of readDocuments(paths, options)) {
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
    const color = format === "text" && flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
    io.stdout.write(format === "json" ? formatSummaryJson(json) : formatSummaryText(json, { color }));
    if (failed) ctx.exit(EXIT.findings);
  });
}
