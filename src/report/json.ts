// The JSON report: one document, two-space indented, keys in the contract's order.
import type { Report } from "../types.js";

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
