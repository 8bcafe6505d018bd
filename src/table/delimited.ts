// Rows as delimited text. CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted
// (its quotes doubled) when it holds a comma, a quote or a line break. TSV as the IANA media type
// has it: tab-separated, LF line ends, no quoting, so tabs and line breaks in a field become spaces.
import type { Cell } from "./columns.js";

export type DelimitedFormat = "csv" | "tsv";

const NEEDS_QUOTES = /[",\r\n]/;

const text = (cell: Cell): string => (cell === null ? "" : String(cell));

function csvField(cell: Cell): string {
  const s = text(cell);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const tsvField = (cell: Cell): string => text(cell).replace(/\r\n|[\t\r\n]/g, " ");

/** One row with its line end. */
export function formatRow(cells: Cell[], format: DelimitedFormat): string {
  return format === "csv" ? `${cells.map(csvField).join(",")}\r\n` : `${cells.map(tsvField).join("\t")}\n`;
}
