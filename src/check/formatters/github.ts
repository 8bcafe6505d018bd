// GitHub Actions workflow commands, one per finding (`::error file=F,line=L,col=C,title=T::msg`),
// so findings show as annotations on the pull request's diff.
import type { CheckResult, Finding } from "../types.js";

// Workflow-command escaping: the message may not hold %, CR or LF; property values neither ':' nor ','.
const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function annotation(path: string, f: Finding): string {
  const props = [`file=${escapeProperty(path)}`];
  if (f.line !== null) props.push(`line=${f.line}`);
  if (f.line !== null && f.column !== null) props.push(`col=${f.column}`);
  props.push(`title=${escapeProperty(`corpus check: ${f.ruleId}`)}`);
  return `::${f.severity} ${props.join(",")}::${escapeData(f.message)}`;
}

export function formatCheckGithub(result: CheckResult): string {
  const lines = result.files.flatMap((file) => file.findings.map((f) => annotation(file.path, f)));
  return lines.length ? `${lines.join("\n")}\n` : "";
}
