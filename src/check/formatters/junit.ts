// JUnit XML (for GitLab, Jenkins and other CI): a test suite per file, a failing test case per
// finding, and one passing case for a file without findings so every checked file is listed.
import type { CheckResult, FileResult } from "../types.js";

// XML 1.0 forbids most control characters even escaped; they become U+FFFD.
const xml = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function suite(file: FileResult): string {
  const failures = file.findings.length;
  const cases = failures
    ? file.findings.map((f) => {
        const where = f.line === null ? file.path : `${file.path}:${f.line}${f.column ? `:${f.column}` : ""}`;
        return `    <testcase name="${xml(`${f.ruleId}${f.line === null ? "" : ` (line ${f.line})`}`)}" classname="${xml(file.path)}">\n      <failure message="${xml(f.message)}" type="${f.severity}">${xml(`${f.severity}: ${f.message} (${f.ruleId}) at ${where}`)}</failure>\n    </testcase>`;
      })
    : [`    <testcase name="corpus check" classname="${xml(file.path)}"/>`];
  return `  <testsuite name="${xml(file.path)}" tests="${Math.max(failures, 1)}" failures="${failures}" errors="0">\n${cases.join("\n")}\n  </testsuite>`;
}

export function formatCheckJunit(result: CheckResult): string {
  const tests = result.files.reduce((n, f) => n + Math.max(f.findings.length, 1), 0);
  const failures = result.files.reduce((n, f) => n + f.findings.length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="corpus check" tests="${tests}" failures="${failures}" errors="0">\n${result.files.map(suite).join("\n")}${result.files.length ? "\n" : ""}</testsuites>\n`;
}
