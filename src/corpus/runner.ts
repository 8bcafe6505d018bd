// What runs a corpus's files: a pool of worker threads, or, for one job, the main thread itself,
// which spares a thread's start-up and the copying of every report between threads.
import type { DocResult } from "../summary/types.js";
import type { FileTask } from "./task.js";

export interface Runner {
  run(task: FileTask): Promise<DocResult>;
  /** Stops at once; tasks not finished are rejected with Cancelled. */
  close(): Promise<void>;
}

/** The rejection of tasks a closed runner will not finish. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

/** Runs the files one after another in this thread; an interrupt takes effect between files. */
export class InlineRunner implements Runner {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  run(task: FileTask): Promise<DocResult> {
    const result = this.tail.then(async () => {
      if (this.closed) throw new Cancelled();
      // Loaded on first use: a run on worker threads never loads the analyzers in this thread.
      const { runTask } = await import("./task.js");
      return runTask(task);
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
