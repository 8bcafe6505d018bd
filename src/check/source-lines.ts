// The decoded lines of an analyzed file, for the rules that look at the input itself.
import { readFile } from "node:fs/promises";
import type { DocResult } from "../corpus/result.js";
import { decode } from "../input/decode.js";
import { splitLines } from "../parse/text.js";

/** The file's lines; null for standard input or a file that changed or vanished since it was analyzed. */
export async function sourceLines(doc: DocResult): Promise<string[] | null> {
  if (!("report" in doc) || doc.source.path === "-") return null;
  try {
    return splitLines(decode(await readFile(doc.source.path)).text).map((l) => l.text);
  } catch {
    // The rules then check what the report holds.
    return null;
  }
}
