#!/usr/bin/env node
// The `corpus` command: commander wiring only. `execute(argv, io)` parses the arguments, runs the
// command and returns the exit code: 0 ok, 1 findings or a failed file, 2 usage or fatal error.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { analyze } from "./analyze.js";
import { InputError } from "./input/decode.js";
import { readInput } from "./input/read.js";
import { formatJson } from "./report/json.js";
import { formatText } from "./report/text.js";
import { reportSchema } from "./schema.js";

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, findings: 1, fatal: 2 } as const;

class UsageError extends Error {}

interface AnalyzeFlags {
  format: "text" | "json";
  json?: boolean;
  refDate?: string;
  color: boolean;
}

function parseRefDate(value: string): Date {
  // A bare day means its start in UTC; anything else must be an ISO instant.
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) throw new UsageError(`--ref-date: not an ISO date: ${value}`);
  return d;
}

export async function execute(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("corpus")
    .description("Analyze scraped news pages: articles, quotes and speakers, entities, figures and dates.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command("analyze")
    .description("analyze a scraped page (plain text or HTML) and print a summary or JSON")
    .argument("<file>", 'a scraped page, or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--json", "same as --format json")
    .option("--ref-date <iso>", "reference instant for relative dates (default: a date the page states)")
    .option("--no-color", "plain text output even on a terminal")
    .action(async (file: string, flags: AnalyzeFlags) => {
      const format = flags.json ? "json" : flags.format;
      const referenceDate = flags.refDate ? parseRefDate(flags.refDate) : null;
      const bytes = await readInput(file, io.stdin);
      const report = analyze(bytes, { path: file, referenceDate });
      const color = format === "text" && flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
      io.stdout.write(format === "json" ? formatJson(report) : formatText(report, { color }));
      exitCode = report.messages.some((m) => m.severity === "error") ? EXIT.findings : EXIT.ok;
    });

  program
    .command("schema")
    .description("print the JSON Schema of the analyze report")
    .action(() => {
      io.stdout.write(`${JSON.stringify(reportSchema, null, 2)}\n`);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successful exits; every other parse error is a usage error.
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? EXIT.ok : EXIT.fatal;
    }
    const message = e instanceof InputError || e instanceof UsageError ? e.message : `internal error: ${(e as Error).message}`;
    io.stderr.write(`corpus: ${message}\n`);
    return EXIT.fatal;
  }
}

function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const code = await execute(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
  process.exitCode = code;
}
