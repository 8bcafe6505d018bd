// The corpus runner: discovers the inputs, keeps this machine's shard, analyzes the files in a
// pool of worker threads (or this thread for one job) and yields each result in input order as soon as it and those before
// it are done. Only a bounded window of results is held, so memory does not grow with the corpus.
import { readInput } from "../input/read.js";
import type { DocResult } from "../summary/types.js";
import { discoverInputs, type Input } from "./inputs.js";
import { WorkerPool } from "./pool.js";
import { Cancelled, InlineRunner, type Runner } from "./runner.js";
import { inShard, type Shard } from "./shard.js";
import type { FileTask } from "./task.js";

export type { DocResult } from "../summary/types.js";
export { DEFAULT_EXTENSIONS, discoverInputs, listInputs } from "./inputs.js";

export interface CorpusOptions {
  /** Extensions of the files taken from folders ("txt", "html"); files named directly are always taken. */
  ext: string[];
  /** Files analyzed at once: worker threads, or the main thread alone for 1. */
  jobs: number;
  /** This machine's part of the corpus (1-based index), or null for all of it. */
  shard: Shard | null;
  /** Larger files are refused with a "too-large" error record. */
  maxBytes: number;
  referenceDate: Date | null;
  /** Aborting stops the workers; results already finished are still yielded. */
  signal?: AbortSignal;
  /** Called with 0 and the total once the inputs are known, then after each finished file. */
  onProgress?: (done: number, total: number) => void;
  /** What "-" reads; standard input by default. */
  stdin?: NodeJS.ReadableStream;
}

// Workers need compiled JavaScript: under the test runner this module is the TypeScript source,
// so its workers run the build in dist/ instead.
const WORKER_SCRIPT = import.meta.url.endsWith(".ts") ? new URL("../../dist/corpus/worker.js", import.meta.url) : new URL("./worker.js", import.meta.url);

// Files started ahead of the oldest unfinished one: enough to keep every worker busy past a slow
// file, few enough that the reports held for in-order output stay a handful.
const AHEAD_PER_JOB = 8;

export async function* analyzeCorpus(paths: string[], opts: CorpusOptions): AsyncGenerator<DocResult> {
  const inputs = (await discoverInputs(paths, opts)).filter((i) => inShard(i.path, opts.shard));
  const total = inputs.length;
  opts.onProgress?.(0, total);
  if (total === 0 || opts.signal?.aborted) return;

  const jobs = Math.max(1, Math.min(opts.jobs, total));
  const runner: Runner = jobs === 1 ? new InlineRunner() : new WorkerPool(jobs, WORKER_SCRIPT);
  const stop = (): void => void runner.close();
  opts.signal?.addEventListener("abort", stop, { once: true });

  const finished = new Map<number, DocResult>();
  const running = new Map<number, Promise<void>>();
  let started = 0;
  let done = 0;
  // What stops the whole run (a worker that cannot start); a file's own failure is its error record.
  let fatal: unknown = null;
  const start = (i: number): void => {
    const settle = (r: DocResult): void => {
      finished.set(i, r);
      opts.onProgress?.(++done, total);
    };
    running.set(
      i,
      resultOf(inputs[i]!, runner, opts).then(settle, (e: unknown) => {
        // A cancelled file is one an interrupt stopped: it has no result.
        if (!(e instanceof Cancelled)) fatal ??= e;
      }),
    );
  };

  try {
    for (let i = 0; i < total && !opts.signal?.aborted; i++) {
      while (started < total && started <= i + jobs * AHEAD_PER_JOB) start(started++);
      // An interrupt settles every running file (as cancelled), so this wait ends with it.
      await running.get(i);
      running.delete(i);
      if (fatal) throw fatal;
      const result = finished.get(i);
      if (!result) break;
      finished.delete(i);
      yield result;
    }
    // After an interrupt, the files that finished out of order are still delivered, in order.
    for (const i of [...finished.keys()].sort((a, b) => a - b)) yield finished.get(i)!;
  } finally {
    opts.signal?.removeEventListener("abort", stop);
    await runner.close();
  }
}

const failure = (path: string, code: string, message: string): DocResult => ({ source: { path }, error: { code, message } });

async function resultOf(input: Input, runner: Runner, opts: CorpusOptions): Promise<DocResult> {
  if (input.error) return failure(input.path, input.error.code, input.error.message);
  const task: FileTask = { path: input.path, maxBytes: opts.maxBytes, referenceDate: opts.referenceDate?.toISOString() ?? null };
  // Workers cannot read this process's standard input: the main thread reads it for them.
  if (input.path === "-") {
    try {
      task.bytes = await untilAborted(readInput("-", opts.stdin ?? process.stdin, opts.maxBytes), opts.signal);
    } catch (e) {
      if (e instanceof Cancelled) throw e;
      const { code, message } = e as { code: string; message: string };
      return failure(input.path, code, message);
    }
  }
  return runner.run(task);
}

/** The promise's value, or Cancelled once the signal aborts (a terminal's stdin may never end). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new Cancelled());
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(new Cancelled());
    signal.addEventListener("abort", abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}
