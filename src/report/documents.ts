// `--format json` over several files: `{ documents: [...], summary }`, written one document at a
// time so a corpus is never held whole. The pieces concatenate to exactly
// `JSON.stringify({ documents, summary }, null, 2)`.
import { recordOf, type DocResult } from "../corpus/result.js";

const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

export function documentsOpening(): string {
  return '{\n  "documents": [';
}

/** The `index`-th (0-based) element of the documents array. */
export function documentsEntry(doc: DocResult, index: number): string {
  return `${index > 0 ? "," : ""}\n    ${indent(JSON.stringify(recordOf(doc), null, 2), "    ")}`;
}

/** Closes the array after `count` entries and adds the summary. */
export function documentsClosing(count: number, summary: unknown): string {
  return `${count > 0 ? "\n  " : ""}],\n  "summary": ${indent(JSON.stringify(summary, null, 2), "  ")}\n}\n`;
}
