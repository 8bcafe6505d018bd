// `corpus check PATH...`: gates new scrapes before they enter a corpus. Every file is analyzed
// (in worker threads), the configured rules run over each report in input order, and the
// findings are printed as text, JSON, GitHub annotations or JUnit XML. Exit 0 without errors,
// 1 when an error rule fired (or more warnings than --max-warnings), 2 for usage or fatal errors.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { ConfigError, loadConfig } from "../check/config.js";
import { formatCheckGithub } from "../check/formatters/github.js";
import { formatCheckJson } from "../check/formatters/json.js";
import { formatCheckJunit } from "../check/formatters/junit.js";
import { formatCheckText } from "../check/formatters/text.js";
import { ArticleLedger, checkDocument, tally } from "../check/run.js";
import type { CheckResult, FileResult } from "../check/types.js";
import { readDocuments } from "../corpus/documents.js";
import { displayPath } from "../corpus/output.js";
import { Progress } from "../corpus/progress.js";
import { analyzeCorpus, listInputs, type CorpusOptions } from "../corpus/run.js";
import { decode } from "../input/decode.js";
import { splitLines } from "../parse/text.js";
import { articleKey } from "../summary/article-key.js";
import type { DocResult } from "../corpus/result.js";
import { EXIT, UsageError, type CommandContext } from "./context.js";
import { addCorpusOptions, type CorpusFlags } from "./corpus-flags.js";

interface CheckFlags extends CorpusFlags {
  format: "text" | "json" | "github" | "junit";
  config?: string;
  baseline?: string[];
  maxWarnings?: string;
  color: boolean;
}

const FORMATTERS: Record<CheckFlags["format"], (r: CheckResult, o: { color: boolean }) => string> = {
  text: formatCheckText,
  json: formatCheckJson,
  github: formatCheckGithub,
  junit: formatCheckJunit,
};

export const parseCount = (flag: string, value: string, min: number): number => {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag}: expected a whole number of at least ${min}, got "${value}"`);
  return Number(value);
};

export function registerCheck(program: Command, ctx: CommandContext): void {
  const command = program
    .command("check")
    .description("check scraped pages for problems before they enter a corpus (exit 1 when an error rule fires)")
    .argument("<paths...>", "files or folders of scraped pages")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "github", "junit"]).default("text"))
    .option("-c, --config <file>", "configuration file (default: corpus.config.json or package.json \"corpus\", nearest up from here)")
    .option("--baseline <path>", "a corpus (pages, a folder, or analyze output, recognized by content) whose articles count as already present; repeatable", (value: string, previous: string[] = []) => [...previous, value])
    .option("--max-warnings <n>", "also fail when there are more warnings than this")
    .option("--no-color", "plain text output even on a terminal");
  addCorpusOptions(command).action(async (paths: string[], flags: CheckFlags) => {
    const { io } = ctx;
    const maxWarnings = flags.maxWarnings === undefined ? null : parseCount("--max-warnings", flags.maxWarnings, 0);
    let config;
    try {
      config = loadConfig({ cwd: process.cwd(), configPath: flags.config });
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(e.message);
      throw e;
    }
    const progress = new Progress(io.stderr, { enabled: !flags.quiet && io.stderr.isTTY === true });
    const corpusOptions: CorpusOptions = { ext: flags.ext, jobs: flags.jobs, shard: flags.shard ?? null, maxBytes: flags.maxBytes, referenceDate: null, stdin: io.stdin, onProgress: progress.update };

    const ledger = new ArticleLedger();
    const duplicates = config.rules.find((r) => r.rule.id === "duplicate-article");
    if (flags.baseline?.length && duplicates && duplicates.severity !== "off") {
      const roles = new Set(duplicates.options.roles as string[]);
      // The files being checked may lie inside the baseline corpus (a pull request's new scrapes in
      // the repository's folder): they are left out of it, or each would be a copy of itself.
      const checked = new Set((await listInputs(paths, { ext: flags.ext })).map((p) => resolve(p)));
      for await (const doc of readDocuments(flags.baseline, { ...corpusOptions, shard: null })) {
        // A baseline file that cannot be used is said so; the check goes on without its articles.
        if ("error" in doc) progress.log(`corpus: warning: baseline ${displayPath(doc.source.path)}: ${doc.error.message}`);
        else if (!checked.has(resolve(doc.source.path))) for (const a of doc.report.articles) if (roles.has(a.role)) ledger.claim(articleKey(a), { path: doc.source.path, line: a.line });
      }
    }

    const files: FileResult[] = [];
    try {
      for await (const doc of analyzeCorpus(paths, corpusOptions)) files.push(checkDocument(doc, await sourceLines(doc), config.rules, ledger));
    } finally {
      progress.finish();
    }
    if (files.length === 0 && !flags.shard) throw new UsageError(`no files to check (folders are searched for ${flags.ext.map((e) => `.${e}`).join(", ")})`);
    const result = tally(files);
    const color = flags.format === "text" && flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
    io.stdout.write(FORMATTERS[flags.format](result, { color }));
    if (result.errorCount > 0 || (maxWarnings !== null && result.warningCount > maxWarnings)) ctx.exit(EXIT.findings);
  });
}

/** The decoded lines of a file, for rules that look at the input itself; null for standard input. */
async function sourceLines(doc: DocResult): Promise<string[] | null> {
  if (!("report" in doc) || doc.source.path === "-") return null;
  try {
    return splitLines(decode(await readFile(doc.source.path)).text).map((l) => l.text);
  } catch {
    // The file changed or vanished since it was analyzed: check what the report holds.
    return null;
  }
}
