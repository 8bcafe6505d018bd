// Reads one input (a file path or "-" for stdin) into bytes, turning system errors into
// one-line InputErrors.
import { readFile, stat } from "node:fs/promises";
import { InputError } from "./decode.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
};

export async function readInput(path: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  if (path === "-") return readStream(stdin);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError("EISDIR", `${path}: ${REASONS.EISDIR}`);
    return await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? "EIO";
    throw new InputError(code, `${path}: ${REASONS[code] ?? (e as Error).message}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
