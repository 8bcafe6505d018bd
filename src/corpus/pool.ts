// A pool of worker threads, each analyzing one file at a time. A worker that dies (out of memory,
// a crash) fails only the file it held and is replaced; closing the pool cancels what is left.
import { Worker } from "node:worker_threads";
import type { DocResult } from "../summary/types.js";
import { Cancelled, type Runner } from "./runner.js";
import type { FileTask } from "./task.js";
import type { TaskMessage } from "./worker.js";

interface Job {
  id: number;
  task: FileTask;
  resolve(result: DocResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** The worker has loaded its code. */
  ready: boolean;
}

/** A worker that could not start: every file would fail the same way, so the run stops. */
export class WorkerStartError extends Error {}

export class WorkerPool implements Runner {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  /** `script` must be compiled JavaScript: worker threads do not run TypeScript. */
  constructor(
    private readonly size: number,
    private readonly script: URL,
  ) {}

  run(task: FileTask): Promise<DocResult> {
    if (this.closed) return Promise.reject(new Cancelled());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker at once; tasks queued or running are rejected with Cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Cancelled());
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      slot.job?.reject(new Cancelled());
      slot.job = null;
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => s.job === null);
      if (!slot) {
        if (this.slots.size >= this.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift()!;
      slot.job = job;
      const message: TaskMessage = { id: job.id, task: job.task };
      slot.worker.postMessage(message);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), job: null, ready: false };
    this.slots.add(slot);
    slot.worker.on("message", (message: { ready: true } | { id: number; result: DocResult }) => {
      if ("ready" in message) {
        slot.ready = true;
        return;
      }
      const { result } = message;
      const job = slot.job;
      slot.job = null;
      job?.resolve(result);
      this.dispatch();
    });
    slot.worker.on("error", (e) => this.lost(slot, e.message));
    slot.worker.on("exit", (code) => this.lost(slot, `worker stopped with exit code ${code}`));
    return slot;
  }

  /** A worker died: its file gets an error record, and a fresh worker takes the queue. */
  private lost(slot: Slot, reason: string): void {
    // "error" is followed by "exit"; the first of the two does the work.
    if (!this.slots.delete(slot)) return;
    const job = slot.job;
    slot.job = null;
    if (!slot.ready) {
      const failure = new WorkerStartError(`cannot start a worker thread: ${reason}`);
      job?.reject(failure);
      for (const queued of this.queue.splice(0)) queued.reject(failure);
      return;
    }
    job?.resolve({ source: { path: job.task.path }, error: { code: "worker-failed", message: `analysis stopped: ${reason}` } });
    if (!this.closed) this.dispatch();
  }
}
