// Where a command's output goes: standard output, or with --out a file written atomically.
import { AtomicFileSink, displayPath, StreamSink, type Sink } from "../corpus/output.js";
import { EXIT, UsageError, type CommandContext } from "./context.js";

export async function openSink(out: string | undefined, ctx: CommandContext): Promise<Sink> {
  if (!out) return new StreamSink(ctx.io.stdout);
  try {
    return await AtomicFileSink.create(out);
  } catch (e) {
    throw new UsageError(`--out ${displayPath(out)}: cannot write there (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Ends the output, or reports why it could not be written. */
export async function commit(sink: Sink, ctx: CommandContext): Promise<void> {
  await sink.commit();
  const failure = sink instanceof StreamSink ? sink.failure : null;
  if (failure) {
    ctx.io.stderr.write(`corpus: cannot write the output: ${failure.message}\n`);
    ctx.exit(EXIT.fatal);
  }
}
