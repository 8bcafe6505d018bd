// `corpus analyze FILE`: one scraped page to a summary or JSON.
import { Option, type Command } from "commander";
import { analyze } from "../analyze.js";
import { readInput } from "../input/read.js";
import { formatJson } from "../report/json.js";
import { formatText } from "../report/text.js";
import { EXIT, UsageError, type CommandContext } from "./context.js";

interface AnalyzeFlags {
  format: "text" | "json";
  json?: boolean;
  refDate?: string;
  color: boolean;
}

/** Parses --ref-date: a bare day means its start in UTC; anything else must be an ISO instant. */
export function parseRefDate(value: string): Date {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) throw new UsageError(`--ref-date: not an ISO date: ${value}`);
  return d;
}

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program
    .command("analyze")
    .description("analyze a scraped page (plain text or HTML) and print a summary or JSON")
    .argument("<file>", 'a scraped page, or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--json", "same as --format json")
    .option("--ref-date <iso>", "reference instant for relative dates (default: a date the page states)")
    .option("--no-color", "plain text output even on a terminal")
    .action(async (file: string, flags: AnalyzeFlags) => {
      const { io } = ctx;
      const format = flags.json ? "json" : flags.format;
      const referenceDate = flags.refDate ? parseRefDate(flags.refDate) : null;
      const bytes = await readInput(file, io.stdin);
      const report = analyze(bytes, { path: file, referenceDate });
      const color = format === "text" && flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
      io.stdout.write(format === "json" ? formatJson(report) : formatText(report, { color }));
      if (report.messages.some((m) => m.severity === "error")) ctx.exit(EXIT.findings);
    });
}
