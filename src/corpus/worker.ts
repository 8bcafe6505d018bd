// A worker thread of the corpus pool: analyzes the files it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { runTask, type FileTask } from "./task.js";

export interface TaskMessage {
  id: number;
  task: FileTask;
}

const port = parentPort;
if (!port) throw new Error("corpus worker started outside a worker thread");
// Sent once the analyzers have loaded: a worker that fails before it is a broken installation, not a bad file.
port.postMessage({ ready: true });
port.on("message", ({ id, task }: TaskMessage) => {
  port.postMessage({ id, result: runTask(task) });
});
