// What `corpus check` works with: rules, their findings, and the results formatters print.
import type { Report } from "../types.js";

export type RuleSeverity = "error" | "warning";
export type SeveritySetting = RuleSeverity | "off";

/** One problem a rule found in one file. */
export interface Finding {
  ruleId: string;
  severity: RuleSeverity;
  message: string;
  /** 1-based line in the file, or null when it concerns the whole file. */
  line: number | null;
  /** 1-based column, or null. */
  column: number | null;
}

/** What a rule reports before the configured severity is attached. */
export type RawFinding = Pick<Finding, "message" | "line"> & { column?: number | null };

/** Articles seen earlier in the run or in the baseline: where each was first found. */
export interface ArticleIndex {
  /** The earlier place of an article with this key, or null; records this one as seen. */
  claim(key: string, at: { path: string; line: number }): { path: string; line: number } | null;
}

export interface RuleContext {
  path: string;
  report: Report;
  /** The decoded lines of the input (null when unavailable, as for standard input). */
  lines: string[] | null;
  options: Record<string, unknown>;
  articles: ArticleIndex;
}

/** A rule: a plain object with an id, what it checks, its default severity and options, and a check. */
export interface Rule {
  id: string;
  description: string;
  severity: RuleSeverity;
  defaults: Record<string, unknown>;
  /** Findings in an analyzed file. */
  check(ctx: RuleContext): RawFinding[];
  /** Findings for a file that could not be read or analyzed; none when absent. */
  checkFailure?(error: { code: string; message: string }): RawFinding[];
}

export interface FileResult {
  path: string;
  findings: Finding[];
}

export interface CheckResult {
  files: FileResult[];
  errorCount: number;
  warningCount: number;
}
