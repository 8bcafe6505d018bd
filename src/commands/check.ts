// `corpus check PATH...`: gates new scrapes before they enter a corpus. Every file is analyzed
// (in worker threads), the configured rules run over each report in input order, and the
// findings are printed as text, JSON, GitHub annotations or JUnit XML. Exit 0 without errors,
// 1 when an error rule fired (or more warnings than --max-warnings), 2 for usage or fatal errors.
import { Option, type Command } from "commander";
import { ConfigError, loadConfig } from "../check/config.js";
import { formatCheckGithub } from "../check/formatters/github.js";
import { formatCheckJson } from "../check/formatters/json.js";
import { formatCheckJunit } from "../check/formatters/junit.js";
import { formatCheckText } from "../check/formatters/text.js";
import { checkAll } from "../check/run.js";
import { sourceLines } from "../check/source-lines.js";
import type { CheckResult } from "../check/types.js";
import { readDocuments } from "../corpus/documents.js";
import { displayPath } from "../corpus/output.js";
import { Progress } from "../corpus/progress.js";
import { analyzeCorpus, listInputs, type CorpusOptions } from "../corpus/run.js";
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

    const baseline = flags.baseline?.length ? readDocuments(flags.baseline, { ...corpusOptions, shard: null }) : undefined;
    let result;
    try {
      result = await checkAll(analyzeCorpus(paths, corpusOptions), {
        rules: config.rules,
        baseline,
        // The files being checked may lie inside the baseline corpus (a pull request's new scrapes in
        // the repository's folder): they are left out of it.
        checked: baseline ? await listInputs(paths, { ext: flags.ext }) : [],
        lines: sourceLines,
        // A baseline file that cannot be used is said so; the check goes on without its articles.
        onBaselineError: (doc) => progress.log(`corpus: warning: baseline ${displayPath(doc.source.path)}: ${doc.error.message}`),
      });
    } finally {
      progress.finish();
    }
    if (result.files.length === 0 && !flags.shard) throw new UsageError(`no files to check (folders are searched for ${flags.ext.map((e) => `.${e}`).join(", ")})`);
    const color = flags.format === "text" && flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
    io.stdout.write(FORMATTERS[flags.format](result, { color }));
    if (result.errorCount > 0 || (maxWarnings !== null && result.warningCount > maxWarnings)) ctx.exit(EXIT.findings);
  });
}
