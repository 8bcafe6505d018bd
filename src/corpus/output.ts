// Where a run's output goes: standard output, which the reader may close early (`| head -1`), or
// a file written atomically, under a temporary name renamed into place only once it is complete.
import { randomBytes } from "node:crypto";
import { open, rename, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface Sink {
  write(text: string): Promise<void>;
  /** The output is complete: keep it. */
  commit(): Promise<void>;
  /** The run failed: leave no partial output behind where that is possible. */
  discard(): Promise<void>;
  /** The reader went away (a closed pipe): further output is dropped, the run may stop. */
  readonly closed: boolean;
}

export interface OutStream {
  write(s: string): unknown;
  on?(event: "error", listener: (e: Error) => void): unknown;
  once?(event: string, listener: () => void): unknown;
  removeListener?(event: string, listener: (...args: never[]) => void): unknown;
}

/** Writes to a stream; a closed pipe (EPIPE) ends the output quietly, any other error is kept. */
export class StreamSink implements Sink {
  closed = false;
  /** A write error other than a closed pipe, reported by the caller. */
  failure: Error | null = null;

  constructor(private readonly stream: OutStream) {
    stream.on?.("error", this.onError);
  }

  private readonly onError = (e: Error): void => {
    this.closed = true;
    if ((e as NodeJS.ErrnoException).code !== "EPIPE") this.failure ??= e;
  };

  async write(text: string): Promise<void> {
    if (this.closed) return;
    if (this.stream.write(text) === false && this.stream.once) await this.drained();
  }

  async commit(): Promise<void> {
    // A failing write's error arrives after the write returned: give it the chance to.
    await new Promise((resolve) => setImmediate(resolve));
    this.release();
  }

  async discard(): Promise<void> {
    this.release();
  }

  private release(): void {
    // The listener stays on a broken stream: Node may report the closed pipe again at exit.
    if (!this.closed) this.stream.removeListener?.("error", this.onError);
  }

  // The stream's buffer is full: wait until it empties or the stream ends.
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        for (const event of ["drain", "error", "close"]) this.stream.removeListener?.(event, done);
        resolve();
      };
      for (const event of ["drain", "error", "close"]) this.stream.once!(event, done);
    });
  }
}

/** A file that appears, complete, only on commit; until then its content is in a hidden temporary file beside it. */
export class AtomicFileSink implements Sink {
  readonly closed = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly temp: string,
    private readonly target: string,
  ) {}

  static async create(target: string): Promise<AtomicFileSink> {
    // Beside the target, so the rename stays on one file system and is atomic.
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    return new AtomicFileSink(await open(temp, "wx"), temp, target);
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) at += (await this.handle.write(bytes, at)).bytesWritten;
  }

  async commit(): Promise<void> {
    // On disk before the rename, so a crash right after it cannot leave an empty file in place.
    await this.handle.sync();
    await this.handle.close();
    await rename(this.temp, this.target);
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.temp).catch(() => undefined);
  }
}

/** How a path is shown in a one-line message: control characters (a newline in a name) escaped. */
export function displayPath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
