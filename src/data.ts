// Where the project's data files are read from: data/ at the package root. Every module that
// reads one goes through here, so the compiled modules (build/) and the bundle (dist/), both one
// folder below the root, find the same files.
import { readFileSync } from "node:fs";

const DATA = new URL("../data/", import.meta.url);

/** A data file's text. */
export function readDataText(name: string): string {
  return readFileSync(new URL(name, DATA), "utf8");
}

// Parsed once however many modules read a file (the entity cues serve the parser and the extractor).
const parsed = new Map<string, unknown>();

/** A data file's JSON, shared by every reader: not to be modified. */
export function readDataJson<T>(name: string): T {
  if (!parsed.has(name)) parsed.set(name, JSON.parse(readDataText(name)));
  return parsed.get(name) as T;
}

/** A data file's bytes. */
export function readDataBytes(name: string): Buffer {
  return readFileSync(new URL(name, DATA));
}
