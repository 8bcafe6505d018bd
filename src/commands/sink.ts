// Where a command's output goes: standard output, or with --out a file written atomically.
import { AtomicFileSink, displayPath, StreamSink, type Sink } from "../corpus/output.js";
import type { Progress } from "../corpus/progress.js";
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

/**
 * Runs `write` over the command's output with Ctrl-C handled: the signal it is given stops the
 * corpus run, what finished is still written and the output completed, and `write`'s answer (what
 * was written) is said on stderr with the interrupted exit code. A failure discards the output.
 */
export async function writeInterruptibly(out: string | undefined, ctx: CommandContext, progress: Progress, write: (sink: Sink, signal: AbortSignal) => Promise<string>): Promise<void> {
  const sink = await openSink(out, ctx);
  const interrupt = new AbortController();
  const onSigint = (): void => interrupt.abort();
  process.on("SIGINT", onSigint);
  try {
    const written = await write(sink, interrupt.signal);
    progress.finish();
    await commit(sink, ctx);
    if (interrupt.signal.aborted) {
      ctx.io.stderr.write(`corpus: interrupted: ${written}\n`);
      ctx.exit(EXIT.interrupted);
    }
  } catch (e) {
    await sink.discard();
    throw e;
  } finally {
    progress.finish();
    process.off("SIGINT", onSigint);
  }
}
