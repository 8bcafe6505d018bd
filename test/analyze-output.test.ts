// Analyze output is recognized by what a file holds, not by its name: the detector on heads of
// files (with pages and other JSON that must not pass), and the commands that read such files
// (summary, check --baseline) given the same output under several names and on standard input.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeOutputLayout } from "../src/input/analyze-output.js";
import { FIXTURES, runCli } from "./helpers.js";

const REPORT_LINE = '{"source":{"path":"a.txt","format":"text","bytes":3,"sha256":"00"},"referenceDate":null,"messages":[],"articles":[]}';

describe("analyzeOutputLayout", () => {
  it("recognizes NDJSON records, error records and indented documents", () => {
    expect(analyzeOutputLayout(`${REPORT_LINE}\n${REPORT_LINE}\n`)).toBe("ndjson");
    expect(analyzeOutputLayout('\n  {"source":{"path":"b.txt"},"error":{"code":"ENOENT","message":"no such file"}}\n')).toBe("ndjson");
    expect(analyzeOutputLayout(JSON.stringify(JSON.parse(REPORT_LINE), null, 2))).toBe("json");
    expect(analyzeOutputLayout('{\n  "documents": [\n    {\n      "source": {')).toBe("json");
    // A first record longer than the head read is still recognized by its opening keys.
    const long = `{"source":{"path":"c.txt"},"referenceDate":null,"messages":[],"articles":[{"text":"${"word ".repeat(10_000)}`;
    expect(analyzeOutputLayout(long.slice(0, 16 * 1024))).toBe("ndjson");
  });

  it("takes pages and JSON of other kinds for what they are", () => {
    expect(analyzeOutputLayout("Harbour council approves new ferry timetable\nThe council met on Monday.")).toBeNull();
    expect(analyzeOutputLayout("<!doctype html><html><body><p>{\"source\": 1}</p></body></html>")).toBeNull();
    expect(analyzeOutputLayout('{"hello":1}')).toBeNull();
    // The keys must be the object's own, not those of a value nested in it.
    expect(analyzeOutputLayout('{"meta":{"source":{"path":"x"},"articles":[]}}')).toBeNull();
    expect(analyzeOutputLayout('{"source":"a wire service","text":"the articles key is only in this sentence: \\"articles\\": []"}')).toBeNull();
    expect(analyzeOutputLayout("{ braces open this page's first line, then prose }\nMore prose.")).toBeNull();
    expect(analyzeOutputLayout("")).toBeNull();
    expect(analyzeOutputLayout("[1, 2, 3]")).toBeNull();
  });
});

describe("commands read analyze output whatever its name", () => {
  let dir: string;
  let ndjson: string;
  const page = join(FIXTURES, "daily8-drones.txt");
  const pages = [page, join(FIXTURES, "top-of-page.txt"), join(FIXTURES, "hashtag-listing.txt")];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corpus-output-names-"));
    ndjson = runCli(["analyze", ...pages, "--format", "ndjson"]).stdout;
    for (const name of ["out.ndjson", "out.txt", "out", "results.jsonl"]) writeFileSync(join(dir, name), ndjson);
    writeFileSync(join(dir, "report.txt"), runCli(["analyze", page, "--format", "json"]).stdout);
    writeFileSync(join(dir, "documents"), runCli(["analyze", ...pages, "--format", "json"]).stdout);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("summary: the same summary from NDJSON saved as .ndjson, .txt, .jsonl, no extension, standard input, and from the pages", () => {
    const expected = runCli(["summary", ...pages, "--json"]);
    expect([expected.code, expected.stderr]).toEqual([0, ""]);
    expect(JSON.parse(expected.stdout).documents).toBe(3);
    for (const name of ["out.ndjson", "out.txt", "out", "results.jsonl"]) {
      const r = runCli(["summary", join(dir, name), "--json"]);
      expect([name, r.code, r.stderr, r.stdout]).toEqual([name, 0, "", expected.stdout]);
    }
    expect(runCli(["summary", "-", "--json"], { input: ndjson }).stdout).toBe(expected.stdout);
    // Indented JSON, a multi-file document or one report, under any name.
    expect(runCli(["summary", join(dir, "documents"), "--json"]).stdout).toBe(expected.stdout);
    expect(runCli(["summary", join(dir, "report.txt"), "--json"]).stdout).toBe(runCli(["summary", page, "--json"]).stdout);
  });

  it("summary: a page on standard input is analyzed as a page", () => {
    const piped = runCli(["summary", "-", "--json"], { input: readFileSync(page) });
    expect(JSON.parse(piped.stdout).articles).toBe(JSON.parse(runCli(["summary", page, "--json"]).stdout).articles);
  });

  it("summary: a .json, .ndjson or .jsonl file that holds no analyze output is an error record, exit 1", () => {
    const notReport = join(dir, "settings.json");
    writeFileSync(notReport, '{\n  "rules": { "short-body": "off" }\n}\n');
    const r = runCli(["summary", notReport, join(dir, "out.txt"), "--json"]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect([summary.documents, summary.errors]).toEqual([4, 1]);
    expect(r.stderr).toBe(`corpus: ${notReport}: not analyze output (reports or error records, one per line, or { documents }), though named like it; not read as a page\n`);
    const pageNamedNdjson = join(dir, "page.ndjson");
    copyFileSync(page, pageNamedNdjson);
    const p = runCli(["summary", pageNamedNdjson, "--json"]);
    expect([p.code, JSON.parse(p.stdout).articles]).toEqual([1, 0]);
    // An empty NDJSON file is output with no records (a shard that got no files), not an error.
    writeFileSync(join(dir, "empty.ndjson"), "");
    expect(runCli(["summary", join(dir, "empty.ndjson"), "--json"]).code).toBe(0);
  });

  it("check --baseline: the same duplicate found from NDJSON under any name", () => {
    const copy = join(dir, "new.txt");
    copyFileSync(page, copy);
    const results = ["out.ndjson", "out.txt", "out", "documents"].map((name) => {
      const r = runCli(["check", copy, "--baseline", join(dir, name), "--format", "json"]);
      expect([name, r.stderr]).toEqual([name, ""]);
      return JSON.parse(r.stdout).files[0].findings;
    });
    expect(results[0]).toMatchObject([{ ruleId: "duplicate-article", line: 2 }]);
    for (const r of results) expect(r).toEqual(results[0]);
  });

  it("check --baseline: a baseline named like analyze output that holds none is said so on stderr", () => {
    const copy = join(dir, "new.txt");
    copyFileSync(page, copy);
    const bad = join(dir, "baseline.json");
    writeFileSync(bad, "[]\n");
    const r = runCli(["check", copy, "--baseline", bad, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^corpus: warning: baseline .*baseline\.json: not analyze output/);
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
  });

  it("analyze: a file holding analyze output gets a warning, and is still analyzed", () => {
    const r = runCli(["analyze", join(dir, "out.txt"), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`corpus: warning: ${join(dir, "out.txt")}: holds corpus analyze output, not a scraped page; analyzed as a page as asked\n`);
    const report = JSON.parse(r.stdout);
    expect(report.messages).toContainEqual(expect.objectContaining({ severity: "warning", code: "analyze-output" }));
    expect(report.articles.length).toBeGreaterThan(0);
    // In a corpus run too, once per such file; the pages beside it get no warning.
    const many = runCli(["analyze", join(dir, "out"), page, "--format", "ndjson"]);
    expect(many.stderr.trim().split("\n")).toEqual([`corpus: warning: ${join(dir, "out")}: holds corpus analyze output, not a scraped page; analyzed as a page as asked`]);
    const [first, second] = many.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(first.messages.map((m: { code: string }) => m.code)).toContain("analyze-output");
    expect(second.messages.map((m: { code: string }) => m.code)).not.toContain("analyze-output");
  });
});
