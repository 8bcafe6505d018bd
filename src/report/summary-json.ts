// The corpus summary as one JSON document.
import type { SummaryJson } from "../summary/types.js";

export function formatSummaryJson(summary: SummaryJson): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
