// A worker thread of the corpus pool: warms its analyzers, then analyzes the files it is sent, one
// at a time.
import { parentPort } from "node:worker_threads";
import type { DocResult } from "./result.js";
import { runTask, type FileTask } from "./task.js";
import { warmUp } from "./warm-up.js";

export interface TaskMessage {
  id: number;
  task: FileTask;
}

/** What a worker sends: once that it is ready, then each task's result. */
export type WorkerMessage = { ready: true } | { id: number; result: DocResult };

const port = parentPort;
if (!port) throw new Error("corpus worker started outside a worker thread");
warmUp();
// Sent once the analyzers have loaded: a worker that fails before it is a broken installation, not a bad file.
port.postMessage({ ready: true } satisfies WorkerMessage);
port.on("message", ({ id, task }: TaskMessage) => {
  port.postMessage({ id, result: runTask(task) } satisfies WorkerMessage);
});
