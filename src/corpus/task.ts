// One file of a corpus run: read it (unless its bytes came with the task), analyze it, and return
// its report or the reason it failed. Runs in a worker thread.
import { readFileBounded } from "../input/read.js";
import { InputError } from "../input/decode.js";
import { analyzePage } from "./analyze-page.js";
import type { DocResult } from "./result.js";

export interface FileTask {
  path: string;
  /** The input's bytes when the main thread had to read them (standard input). */
  bytes?: Uint8Array;
  maxBytes: number;
  /** ISO instant, or null for a date the page states. */
  referenceDate: string | null;
}

export function runTask(task: FileTask): DocResult {
  const source = { path: task.path };
  try {
    const bytes = task.bytes ?? readFileBounded(task.path, task.maxBytes);
    const report = analyzePage(bytes, { path: task.path, referenceDate: task.referenceDate ? new Date(task.referenceDate) : null });
    return { source, report };
  } catch (e) {
    // An InputError is the input's fault; anything else is a bug, kept to this one file.
    if (e instanceof InputError) return { source, error: { code: e.code, message: e.message } };
    return { source, error: { code: "internal", message: `internal error: ${(e as Error).message}` } };
  }
}
