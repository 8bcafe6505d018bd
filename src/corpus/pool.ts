// A pool of worker threads, each analyzing one file at a time. Each worker's heap is capped, so a
// long run's memory stays what a short run's is; a file that needs more is run again, alone, in
// a worker without the cap. A worker that dies otherwise fails only the file it held and is
// replaced; closing the pool cancels what is left.
import { Worker } from "node:worker_threads";
import type { DocResult } from "./result.js";
import type { FileTask } from "./task.js";
import type { TaskMessage, WorkerMessage } from "./worker.js";

/** The rejection of tasks a closed pool will not finish. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

/** A worker that could not start: every file would fail the same way, so the run stops. */
export class WorkerStartError extends Error {}

// V8 raises a heap's limit as it keeps allocating, so without a cap the peak of a long run creeps
// far above that of a short one. Analyzing a page of news needs a fraction of this.
export const DEFAULT_HEAP_CAP_MB = 256;
// The young generation (where a page's short-lived strings and tokens live) grows to 48 MB per
// worker by default; 8 MB costs a few percent of speed and saves most of that in every worker.
const YOUNG_GENERATION_MB = 8;

interface Job {
  id: number;
  task: FileTask;
  resolve(result: DocResult): void;
  reject(e: Error): void;
}

// Files sent to a worker at once: the next waits in its queue, so the worker never idles while
// its result travels to the main thread and a new file travels back.
const PER_WORKER = 2;

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, in the order the worker runs them; the first is running. */
  jobs: Job[];
  /** The worker has loaded its code. */
  ready: boolean;
  /** A worker without the heap cap, started for one file that ran out of memory under it. */
  roomy: boolean;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  /** `script` must be compiled JavaScript: worker threads do not run TypeScript. */
  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly heapCapMb = DEFAULT_HEAP_CAP_MB,
  ) {}

  run(task: FileTask): Promise<DocResult> {
    if (this.closed) return Promise.reject(new Cancelled());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts one more worker ahead of its first file (up to the pool's size), so it loads and warms meanwhile. */
  prestart(): void {
    if (!this.closed && this.slots.size < this.size) this.spawn(false);
  }

  /** Stops every worker at once; tasks queued or running are rejected with Cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Cancelled());
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) for (const job of slot.jobs.splice(0)) job.reject(new Cancelled());
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const workers = [...this.slots].filter((s) => !s.roomy);
      // An idle worker first, then a new one, then a second file for a busy one.
      let slot = workers.find((s) => s.jobs.length === 0);
      if (!slot && workers.length < this.size) slot = this.spawn(false);
      slot ??= workers.find((s) => s.jobs.length < PER_WORKER);
      if (!slot) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  private assign(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    const message: TaskMessage = { id: job.id, task: job.task };
    slot.worker.postMessage(message);
  }

  private spawn(roomy: boolean): Slot {
    const worker = new Worker(this.script, roomy ? {} : { resourceLimits: { maxOldGenerationSizeMb: this.heapCapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, jobs: [], ready: false, roomy };
    this.slots.add(slot);
    worker.on("message", (message: WorkerMessage) => {
      if ("ready" in message) {
        slot.ready = true;
        return;
      }
      slot.jobs.shift()?.resolve(message.result);
      if (slot.roomy) this.retire(slot);
      this.dispatch();
    });
    worker.on("error", (e: Error & { code?: string }) => this.lost(slot, e.message, e.code === "ERR_WORKER_OUT_OF_MEMORY"));
    worker.on("exit", (code) => this.lost(slot, `worker stopped with exit code ${code}`, false));
    return slot;
  }

  /** Ends a worker that is no longer needed. */
  private retire(slot: Slot): void {
    this.slots.delete(slot);
    void slot.worker.terminate();
  }

  /**
   * A worker died: the file it was running runs again without the cap if memory was the cause,
   * else gets an error record; the file waiting behind it goes back to the queue.
   */
  private lost(slot: Slot, reason: string, outOfMemory: boolean): void {
    // "error" is followed by "exit"; the first of the two does the work.
    if (!this.slots.delete(slot)) return;
    const [job, ...waiting] = slot.jobs.splice(0);
    if (!slot.ready) {
      const failure = new WorkerStartError(`cannot start a worker thread: ${reason}`);
      for (const failed of [job, ...waiting, ...this.queue.splice(0)]) failed?.reject(failure);
      return;
    }
    this.queue.unshift(...waiting);
    if (job && outOfMemory && !slot.roomy && !this.closed) this.assign(this.spawn(true), job);
    else job?.resolve({ source: { path: job.task.path }, error: { code: "worker-failed", message: `analysis stopped: ${reason}` } });
    if (!this.closed) this.dispatch();
  }
}
