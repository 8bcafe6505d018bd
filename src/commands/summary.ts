// `corpus summary PATH...`: what a whole corpus holds, from scraped pages (analyzed on the way)
// or from the NDJSON that `corpus analyze --format ndjson` wrote, shard outputs included: the
// summary depends only on the set of documents, so merged shards give the whole corpus's.
import { availableParallelism } from "node:os";
import { Option, type Command } from "commander";
import { formatSummaryJson } from "../report/summary-json.js";
import { formatSummaryText } from "../report/summary-text.js";
import { CorpusSummary } from "../summary/aggregate.js";
import { readDocuments, RecordError } from "../summary/read.js";
import { DEFAULT_MAX_BYTES } from "../input/read.js";
import { parseRefDate } from "./analyze.js";
import { parseCount } from "./check.js";
import { EXIT, UsageError, type CommandContext } from "./context.js";

interface SummaryFlags {
  format: "text" | "json";
  json?: boolean;
  top: string;
  ext: string;
  jobs?: string;
  refDate?: string;
  color: boolean;
}

export function registerSummary(program: Command, ctx: CommandContext): void {
  program
    .command("summary")
    .description("summarize a corpus: counts, most mentioned names, most quoted speakers, largest figures, timeline, recurring items")
    .argument("<paths...>", 'scraped pages or folders, analyze output (.ndjson, .jsonl, .json), or "-" for NDJSON on standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--json", "same as --format json")
    .option("--top <n>", "length of each ranked list", "10")
    .option("--ext <list>", "file extensions read in folders", "txt,html,htm")
    .option("-j, --jobs <n>", "worker threads for pages (default: the number of cores)")
    .option("--ref-date <iso>", "reference instant for relative dates in pages (default: a date each page states)")
    .option("--no-color", "plain text output even on a terminal")
    .action(async (paths: string[], flags: SummaryFlags) => {
      const { io } = ctx;
      const format = flags.json ? "json" : flags.format;
      const summary = new CorpusSummary({ top: parseCount("--top", flags.top, 1) });
      const options = {
        ext: flags.ext.split(",").map((e) => e.trim()).filter(Boolean),
        jobs: flags.jobs === undefined ? availableParallelism() : parseCount("--jobs", flags.jobs, 1),
        shard: null,
        maxBytes: DEFAULT_MAX_BYTES,
        referenceDate: flags.refDate ? parseRefDate(flags.refDate) : null,
      };
      let failed = 0;
      try {
        for await (const doc of readDocuments(paths, options, io.stdin)) {
          summary.add(doc);
          if ("error" in doc) {
            failed++;
            io.stderr.write(`corpus: ${doc.error.message.startsWith(doc.source.path) ? "" : `${doc.source.path}: `}${doc.error.message}\n`);
          }
        }
      } catch (e) {
        if (e instanceof RecordError) throw new UsageError(e.message);
        throw e;
      }
      const json = summary.toJSON();
      const color = format === "text" && flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
      io.stdout.write(format === "json" ? formatSummaryJson(json) : formatSummaryText(json, { color }));
      if (failed) ctx.exit(EXIT.findings);
    });
}
