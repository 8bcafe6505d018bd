// Recognizes the output of `corpus analyze` by what a file holds, not by its name: a JSON object
// whose top-level keys are a report's (`source` and `articles`), an error record's (`source` and
// `error`) or a multi-file document's (`documents`). Only the first bytes are looked at.

/** How much of a file is read to decide: a report's `articles` key follows its source and messages, well within this. */
export const HEAD_BYTES = 16 * 1024;

/** The code of the warning on a report of a file that holds analyze output. */
export const ANALYZE_OUTPUT_CODE = "analyze-output";

/** "ndjson": one record per line (a compact first object); "json": one indented document. */
export type AnalyzeOutputLayout = "ndjson" | "json";

/**
 * The layout of analyze output that `head` (the start of a file) begins, or null when it is not
 * analyze output: a page, or JSON of another kind.
 */
export function analyzeOutputLayout(head: string): AnalyzeOutputLayout | null {
  const start = head.search(/\S/);
  if (start < 0 || head[start] !== "{") return null;
  const { keys, multiline } = topLevelKeys(head, start);
  const isOutput = keys.has("documents") || (keys.has("source") && (keys.has("articles") || keys.has("error")));
  if (!isOutput) return null;
  // Compact JSON never holds a raw line break; an indented document does.
  return multiline ? "json" : "ndjson";
}

/**
 * The keys of the object opening at `start`, as far as `head` reaches, and whether a line break
 * falls inside it. A scan of strings and brackets only: values are skipped, not parsed.
 */
function topLevelKeys(head: string, start: number): { keys: Set<string>; multiline: boolean } {
  const keys = new Set<string>();
  let depth = 0;
  let multiline = false;
  for (let i = start; i < head.length; i++) {
    const ch = head[i]!;
    if (ch === '"') {
      const end = stringEnd(head, i);
      if (end < 0) break;
      if (depth === 1 && /^\s*:/.test(head.slice(end + 1, end + 8))) keys.add(unescape(head.slice(i, end + 1)));
      i = end;
    } else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      if (--depth === 0) break;
    } else if (ch === "\n") multiline = true;
  }
  return { keys, multiline };
}

/** The index of the quote closing the string opened at `open`, or -1 when `head` ends first. */
function stringEnd(head: string, open: number): number {
  for (let i = open + 1; i < head.length; i++) {
    if (head[i] === "\\") i++;
    else if (head[i] === '"') return i;
  }
  return -1;
}

function unescape(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return "";
  }
}
