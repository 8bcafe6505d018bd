// The readable check report: findings grouped by file, one line each (line:column, severity,
// message, rule id), then the totals. Files without findings are not listed.
import { Chalk } from "chalk";
import type { CheckResult } from "../types.js";

export function formatCheckText(result: CheckResult, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const file of result.files) {
    if (!file.findings.length) continue;
    out.push(c.underline(file.path));
    const places = file.findings.map((f) => (f.line === null ? "-" : `${f.line}${f.column ? `:${f.column}` : ""}`));
    const width = Math.max(...places.map((p) => p.length));
    file.findings.forEach((f, i) => {
      const tag = f.severity === "error" ? c.red("error  ") : c.yellow("warning");
      out.push(`  ${c.dim(places[i]!.padEnd(width))}  ${tag}  ${f.message}  ${c.dim(f.ruleId)}`);
    });
    out.push("");
  }
  const { errorCount: e, warningCount: w } = result;
  const n = result.files.length;
  const checked = `${n} file${n === 1 ? "" : "s"} checked`;
  if (e + w === 0) out.push(c.green(`✔ ${checked}, no problems`));
  else out.push((e ? c.red : c.yellow)(`✖ ${checked}: ${e + w} problem${e + w === 1 ? "" : "s"} (${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"})`));
  return `${out.join("\n")}\n`;
}
