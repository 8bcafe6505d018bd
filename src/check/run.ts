// Runs the configured rules over one analyzed file (or the error that stopped it) and returns its
// findings, ordered by line. Files are checked in input order so "duplicates an earlier file"
// always names the same file.
import { resolve } from "node:path";
import type { DocResult } from "../corpus/result.js";
import { articleKey } from "../summary/article-key.js";
import type { ErrorRecord } from "../types.js";
import type { ResolvedRule } from "./config.js";
import type { ArticleIndex, CheckResult, FileResult, Finding } from "./types.js";

/** Remembers where each article key was first seen; a baseline corpus is claimed first. */
export class ArticleLedger implements ArticleIndex {
  private readonly first = new Map<string, { path: string; line: number }>();

  claim(key: string, at: { path: string; line: number }): { path: string; line: number } | null {
    const earlier = this.first.get(key);
    if (earlier) return earlier;
    this.first.set(key, at);
    return null;
  }
}

export function checkDocument(doc: DocResult, lines: string[] | null, rules: ResolvedRule[], articles: ArticleIndex): FileResult {
  const path = doc.source.path;
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    if (severity === "off") continue;
    const raw = "error" in doc ? (rule.checkFailure?.(doc.error) ?? []) : rule.check({ path, report: doc.report, lines, options, articles });
    for (const f of raw) findings.push({ ruleId: rule.id, severity, message: f.message, line: f.line, column: f.column ?? null });
  }
  // Whole-file findings first, then by line; rule order breaks ties.
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { path, findings };
}

export function tally(files: FileResult[]): CheckResult {
  const all = files.flatMap((f) => f.findings);
  return { files, errorCount: all.filter((f) => f.severity === "error").length, warningCount: all.filter((f) => f.severity === "warning").length };
}

export interface CheckRunOptions {
  rules: ResolvedRule[];
  /** Analyzed files whose articles count as already present (of the roles the duplicate rule watches). */
  baseline?: AsyncIterable<DocResult> | Iterable<DocResult>;
  /** Paths of the files being checked: left out of the baseline, or each would be a copy of itself. */
  checked?: Iterable<string>;
  /** The input's lines for a file, or null. */
  lines(doc: DocResult): Promise<string[] | null>;
  /** A baseline file that could not be used. */
  onBaselineError?(doc: ErrorRecord): void;
}

/** Checks each file in order, after claiming the baseline's articles. */
export async function checkAll(docs: AsyncIterable<DocResult> | Iterable<DocResult>, options: CheckRunOptions): Promise<CheckResult> {
  const ledger = new ArticleLedger();
  const duplicates = options.rules.find((r) => r.rule.id === "duplicate-article");
  if (options.baseline && duplicates && duplicates.severity !== "off") {
    const roles = new Set(duplicates.options.roles as string[]);
    const checked = new Set([...(options.checked ?? [])].map((p) => resolve(p)));
    for await (const doc of options.baseline) {
      if ("error" in doc) options.onBaselineError?.(doc);
      else if (!checked.has(resolve(doc.source.path))) for (const a of doc.report.articles) if (roles.has(a.role)) ledger.claim(articleKey(a), { path: doc.source.path, line: a.line });
    }
  }
  const files: FileResult[] = [];
  for await (const doc of docs) files.push(checkDocument(doc, await options.lines(doc), options.rules, ledger));
  return tally(files);
}
