// The check report as one JSON document: every file checked with its findings, and the totals.
import type { CheckResult } from "../types.js";

export function formatCheckJson(result: CheckResult): string {
  return `${JSON.stringify({ errorCount: result.errorCount, warningCount: result.warningCount, files: result.files }, null, 2)}\n`;
}
