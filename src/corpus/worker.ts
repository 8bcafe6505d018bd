// A worker thread of the corpus pool: warms its analyzers, then analyzes the files it is sent, one
// at a time. Each result goes back as JSON text: a string crosses to the main thread as one copy,
// where the structured clone of a report's hundreds of small objects cost the worker about a
// millisecond per file, several times the text's own serialization.
import { parentPort } from "node:worker_threads";
import { runTask, type FileTask } from "./task.js";
import { warmUp } from "./warm-up.js";

export interface TaskMessage {
  id: number;
  task: FileTask;
}

/** What a worker sends: once that it is ready, then each task's DocResult as JSON text. */
export type WorkerMessage = { ready: true } | { id: number; json: string };

const port = parentPort;
if (!port) throw new Error("corpus worker started outside a worker thread");
warmUp();
// Sent once the analyzers have loaded: a worker that fails before it is a broken installation, not a bad file.
port.postMessage({ ready: true } satisfies WorkerMessage);
port.on("message", ({ id, task }: TaskMessage) => {
  port.postMessage({ id, json: JSON.stringify(runTask(task)) } satisfies WorkerMessage);
});
