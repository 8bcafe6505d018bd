// Reads one input (a file path or "-" for stdin) into bytes, never more than a size limit, turning
// system errors into one-line InputErrors. Messages do not repeat the path: callers prefix it.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./decode.js";

/** The default --max-bytes: far above any news page, low enough to keep a run's memory bounded. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
  ENOTDIR: "a part of the path is not a directory",
  EMFILE: "too many open files",
  EBADF: "not open for reading",
};

// What a stream of unknown length (a pipe, a device) is read in before its size is known.
const CHUNK = 64 * 1024;

/** A system error as an InputError with a short reason, its errno code kept as the code. */
export function inputErrorOf(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? "EIO";
  return new InputError(code, REASONS[code] ?? (e as Error).message);
}

/** "12.5 MiB" for messages about sizes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number(v.toFixed(1))} ${units[u]}`;
}

function tooLarge(size: number | null, maxBytes: number): InputError {
  const what = size === null ? `more than ${formatBytes(maxBytes)}` : formatBytes(size);
  return new InputError("too-large", `${what}, above the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
}

export async function readInput(path: string, stdin: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  return path === "-" ? readStream(stdin, maxBytes) : readFileBounded(path, maxBytes);
}

/**
 * A file's bytes, read through one descriptor so a file replaced meanwhile is read whole or not at
 * all. Synchronous: it runs in worker threads, where blocking costs nothing and saves a round trip
 * per file, or before anything else is under way.
 */
export function readFileBounded(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError("EISDIR", REASONS.EISDIR!);
    if (info.isFile() && info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    // A regular file's size is known; a device or pipe (/dev/zero, a FIFO) is read until the limit.
    // One byte more than expected, so a file that grew since fstat is noticed and read on.
    let buf = Buffer.allocUnsafe(Math.min(info.isFile() ? info.size : CHUNK, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) throw tooLarge(null, maxBytes);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const bytesRead = readSync(fd, buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(null, maxBytes);
    return buf.subarray(0, length);
  } catch (e) {
    throw inputErrorOf(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      length += b.length;
      if (length > maxBytes) throw tooLarge(null, maxBytes);
      chunks.push(b);
    }
  } catch (e) {
    throw inputErrorOf(e);
  }
  return Buffer.concat(chunks, length);
}
