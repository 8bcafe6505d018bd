// The `corpus` command: commander wiring only. `execute(argv, io)` parses the arguments, runs the
// subcommand and returns the exit code: 0 ok, 1 findings or a failed file, 2 usage or fatal error.
// The installed command (dist/cli.js, from bin.ts) loads this module's bundle and calls it.
import { Command, CommanderError } from "commander";
import { registerAnalyze } from "./commands/analyze.js";
import { registerCheck } from "./commands/check.js";
import { EXIT, UsageError, type ExitCode, type Io } from "./commands/context.js";
import { registerSchema } from "./commands/schema.js";
import { registerSummary } from "./commands/summary.js";
import { registerTable } from "./commands/table.js";
import { InputError } from "./input/decode.js";

export type { Io } from "./commands/context.js";

export async function execute(argv: string[], io: Io): Promise<number> {
  let exitCode: ExitCode = EXIT.ok;
  const ctx = { io, exit: (code: ExitCode) => void (exitCode = Math.max(exitCode, code) as ExitCode) };
  const program = new Command("corpus")
    .description("Analyze scraped news pages: articles, quotes and speakers, entities, figures and dates.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  registerAnalyze(program, ctx);
  registerSchema(program, ctx);
  registerCheck(program, ctx);
  registerSummary(program, ctx);
  registerTable(program, ctx);

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successful exits; every other parse error is a usage error.
      return ["commander.helpDisplayed", "commander.version", "commander.help"].includes(e.code) ? EXIT.ok : EXIT.fatal;
    }
    const message = e instanceof InputError || e instanceof UsageError ? e.message : `internal error: ${(e as Error).message}`;
    io.stderr.write(`corpus: ${message}\n`);
    return EXIT.fatal;
  }
}
