// analyze() as the command and the library run it on a file: the report, with a warning when the
// file holds analyze output rather than a page (almost always a mistake in a pipeline), which
// is still analyzed as asked.
import { analyze, type AnalyzeOptions } from "../analyze.js";
import { ANALYZE_OUTPUT_CODE, analyzeOutputLayout, HEAD_BYTES } from "../input/analyze-output.js";
import type { Message, Report } from "../types.js";

const OPENING_BRACE = 0x7b;

export function analyzePage(bytes: Uint8Array, options: AnalyzeOptions): Report {
  const report = analyze(bytes, options);
  if (holdsAnalyzeOutput(bytes)) report.messages.push({ ...ANALYZE_OUTPUT_WARNING });
  return report;
}

const ANALYZE_OUTPUT_WARNING: Message = {
  severity: "warning",
  code: ANALYZE_OUTPUT_CODE,
  message: "this file holds corpus analyze output, not a scraped page; analyzed as a page as asked (corpus summary, table and check --baseline read it as reports)",
  line: null,
};

function holdsAnalyzeOutput(bytes: Uint8Array): boolean {
  // Nearly every page fails on its first byte that is not white space, before anything is decoded.
  const first = bytes.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  return first >= 0 && bytes[first] === OPENING_BRACE && analyzeOutputLayout(Buffer.from(bytes.buffer, bytes.byteOffset + first, Math.min(HEAD_BYTES, bytes.length - first)).toString("utf8")) !== null;
}
