// The corpus runner: walks the inputs, keeps this machine's shard, analyzes the files in a
// pool of worker threads and yields each result in input order as soon as it and those before
// it are done. Only a bounded window of results is held, so memory does not grow with the corpus.
import { readInput } from "../input/read.js";
import type { DocResult } from "./result.js";
import { walkInputs, type Input } from "./inputs.js";
import { Cancelled, WorkerPool } from "./pool.js";
import { inShard, type Shard } from "./shard.js";
import type { FileTask } from "./task.js";

export type { DocResult } from "./result.js";
export { DEFAULT_EXTENSIONS, discoverInputs, listInputs, walkInputs } from "./inputs.js";

export interface CorpusOptions {
  /** Extensions of the files taken from folders ("txt", "html"); files named directly are always taken. */
  ext: string[];
  /** Files analyzed at once, each in a worker thread. */
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
// so its workers run the bundle in dist/ instead; compiled or bundled, the worker sits beside it.
const WORKER_SCRIPT = new URL(import.meta.url.endsWith(".ts") ? "../../dist/worker.js" : "./worker.js", import.meta.url);

// Files started ahead of the oldest unfinished one: enough to keep every worker busy past a slow
// file, few enough that the reports held for in-order output stay a handful.
const AHEAD_PER_JOB = 8;

export async function* analyzeCorpus(paths: string[], opts: CorpusOptions): AsyncGenerator<DocResult> {
  const ours = async function* (): AsyncGenerator<Input> {
    for await (const input of walkInputs(paths, opts)) if (inShard(input.path, opts.shard)) yield input;
  };
  const jobs = Math.max(1, opts.jobs);
  const runner = new WorkerPool(jobs, WORKER_SCRIPT);
  const stop = (): void => void runner.close();
  opts.signal?.addEventListener("abort", stop, { once: true });
  const inputs = ours();
  let total = 0;
  const finished = new Map<number, DocResult>();
  const running = new Map<number, Promise<void>>();
  let started = 0;
  let listed = true;
  let done = 0;
  // What stops the whole run (a worker that cannot start); a file's own failure is its error record.
  let fatal: unknown = null;
  const start = (i: number, input: Input): void => {
    const settle = (r: DocResult): void => {
      finished.set(i, r);
      // Files added since the count make the total grow rather than the count overrun it.
      opts.onProgress?.(++done, Math.max(total, done));
    };
    running.set(
      i,
      resultOf(input, runner, opts).then(settle, (e: unknown) => {
        // A cancelled file is one an interrupt stopped: it has no result.
        if (!(e instanceof Cancelled)) fatal ??= e;
      }),
    );
  };

  try {
    // A first walk only counts, so the progress has its total without the list being held; a
    // worker starts for each of the first files found, and loads and warms while the walk goes on.
    for await (const _ of ours()) if (++total <= jobs) runner.prestart();
    opts.onProgress?.(0, total);
    if (total === 0) return;

    for (let i = 0; !opts.signal?.aborted; i++) {
      while (listed && started <= i + jobs * AHEAD_PER_JOB) {
        const next = await inputs.next();
        if (next.done) listed = false;
        else start(started++, next.value);
      }
      if (i >= started) break;
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
    await inputs.return(undefined);
    await runner.close();
  }
}

const failure = (path: string, code: string, message: string): DocResult => ({ source: { path }, error: { code, message } });

async function resultOf(input: Input, runner: WorkerPool, opts: CorpusOptions): Promise<DocResult> {
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
