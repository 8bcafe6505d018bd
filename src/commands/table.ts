// `corpus table KIND PATH...`: one row per quote, entity, figure, date or article, as CSV or TSV,
// for spreadsheets and databases. Inputs as for `corpus summary` (pages, folders, analyze output,
// "-"); rows are written as each file finishes, so memory stays flat. The table code loads only
// when this command runs.
import { Option, type Command } from "commander";
import { readDocuments } from "../corpus/documents.js";
import { displayPath } from "../corpus/output.js";
import { Progress } from "../corpus/progress.js";
import { parseRefDate } from "./analyze.js";
import { EXIT, UsageError, type CommandContext } from "./context.js";
import { addCorpusOptions, corpusOptionsOf, type CorpusFlags } from "./corpus-flags.js";
import { writeInterruptibly } from "./sink.js";

interface TableFlags extends CorpusFlags {
  format: "csv" | "tsv";
  refDate?: string;
  out?: string;
}

export function registerTable(program: Command, ctx: CommandContext): void {
  const command = program
    .command("table")
    .description("one row per quote, entity, figure, date or article, as CSV (RFC 4180) or TSV")
    .argument("<kind>", "quotes, entities, figures, dates or articles")
    .argument("<paths...>", 'scraped pages or folders, analyze output (recognized by content), or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(["csv", "tsv"]).default("csv"))
    .option("--ref-date <iso>", "reference instant for relative dates in pages (default: a date each page states)")
    .option("-o, --out <file>", "write the table to a file, replaced only once complete");
  addCorpusOptions(command).action(async (kind: string, paths: string[], flags: TableFlags) => {
    const { io } = ctx;
    const [{ TABLE_KINDS, tableHeader, tableRows }, { formatRow }] = await Promise.all([import("../table/columns.js"), import("../table/delimited.js")]);
    const table = TABLE_KINDS.find((k) => k === kind);
    if (!table) throw new UsageError(`table: no such table "${kind}"; tables: ${TABLE_KINDS.join(", ")}`);
    const referenceDate = flags.refDate ? parseRefDate(flags.refDate) : null;
    const progress = new Progress(io.stderr, { enabled: !flags.quiet && io.stderr.isTTY === true && (!!flags.out || io.stdout.isTTY !== true) });
    // Ctrl-C stops the workers; the rows written so far are kept and the output completed.
    await writeInterruptibly(flags.out, ctx, progress, async (sink, signal) => {
      await sink.write(formatRow(tableHeader(table), flags.format));
      for await (const doc of readDocuments(paths, corpusOptionsOf(flags, io.stdin, { referenceDate, onProgress: progress.update, signal }))) {
        if ("error" in doc) {
          progress.log(`corpus: ${displayPath(doc.source.path)}: ${doc.error.message}`);
          ctx.exit(EXIT.findings);
          continue;
        }
        const rows = tableRows(table, doc.source.path, doc.report.articles);
        if (rows.length) await sink.write(rows.map((r) => formatRow(r, flags.format)).join(""));
        // The reader closed the pipe: nothing more can be delivered, so stop quietly.
        if (sink.closed) break;
      }
      return "the rows of the files finished are written";
    });
  });
}
