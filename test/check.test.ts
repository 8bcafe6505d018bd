// corpus check: each rule on small pages (with pages that must yield nothing), configuration,
// the four output formats, exit codes, and a generated corpus whose planted faults must be
// reported exactly, at their lines, the same with one worker or two.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { ConfigError, findConfig, resolveRules } from "../src/check/config.js";
import { formatCheckGithub } from "../src/check/formatters/github.js";
import { formatCheckJson } from "../src/check/formatters/json.js";
import { formatCheckJunit } from "../src/check/formatters/junit.js";
import { formatCheckText } from "../src/check/formatters/text.js";
import { badCharacters } from "../src/check/rules/encoding.js";
import { ArticleLedger, checkDocument, tally } from "../src/check/run.js";
import type { CheckResult } from "../src/check/types.js";
import { generateCorpus, type GeneratedFile } from "./gen-corpus.js";
import { FIXTURES, runCli } from "./helpers.js";

const TITLE = "Harbour council approves new ferry timetable";
const P1 = "The harbour council approved a new ferry timetable on Monday after months of talks with operators and island residents about the winter service.";
const P2 = "Councillors said the change would add two sailings a day during the busiest weeks and would cost less than the previous contract.";
const P3 = "Residents welcomed the decision but asked the council to publish the new fares well before the start of the season.";
const RELATED = ["Related Articles", "", "Coastal Herald", "3 hours ago", "- Coastal Herald", "New bridge opening delayed again", "Engineers found cracks in two of the support beams during a final inspection, and the opening of the bridge has been put back by at least six weeks, officials said."];
const page = (...lines: string[]): string => lines.join("\n");
const CLEAN = page(TITLE, P1, P2, P3, ...RELATED);
// An HTML page: its article, a "more stories" list of links, and bytes in the markup that are no text.
const html = (p3: string): string =>
  page("<!doctype html>", "<html><head><title>x</title></head><body>", '<svg><path id="\u00ef\u0007\u0081-2"/></svg>', "<article>", `<h1>${TITLE}</h1>`, `<p>${P1}</p>`, `<p>${P2}</p>`, `<p>${p3}</p>`, "</article>",
    '<aside><h2>More stories</h2><ul><li><a href="/bridge">New bridge opening delayed again after cracks found</a></li>', '<li><a href="/fares">Ferry fares to rise in spring for island residents</a></li></ul></aside>', "</body></html>");

function findings(text: string | Buffer, settings: unknown = {}): string[] {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  const report = analyze(bytes, { path: "page.txt" });
  const lines = bytes.toString("utf8").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const result = checkDocument({ source: { path: "page.txt" }, report }, lines, resolveRules(settings, "test"), new ArticleLedger());
  return result.findings.map((f) => `${f.ruleId}:${f.severity}@${f.line}`);
}

describe("rules", () => {
  it.each<[string, string | Buffer, string[]]>([
    ["a clean page", CLEAN, []],
    ["accented text, typographic quotes and dashes", page(TITLE, `${P1} Café owners in São Paulo and Zürich — “naïve” — agreed.`, P2, P3), []],
    ["furniture after the last paragraph, before related items", page(TITLE, P1, P2, "Share this article", "Comments", ...RELATED), []],
    ["a furniture line between two paragraphs", page(TITLE, P1, "Advertisement", P2, P3), ["furniture-leak:error@3"]],
    ["furniture glued to a sentence", page(TITLE, P1, `${P2}Advertisement`, P3), ["furniture-leak:error@3"]],
    ["mojibake", page(TITLE, P1, P2.replace("said", "â€œsaidâ€"), P3), ["encoding:error@3"]],
    ["a replacement character", page(TITLE, P1, P2, P3.replace("decision", "decision\uFFFD")), ["encoding:error@4"]],
    ["a control character", page(TITLE, P1.replace("new", "new\u0007"), P2, P3), ["encoding:error@2"]],
    ["an invalid UTF-8 byte in a UTF-8 page", Buffer.concat([Buffer.from(page(TITLE, `${P1} “quoted” – yes.`, "")), Buffer.from([0xe9, 0x20]), Buffer.from(`${P2}\n${P3}`)]), ["encoding:error@3"]],
    ["a scrape cut off mid-word", page(TITLE, P1, P2, P3.slice(0, 80)), ["truncated-article:warning@4"]],
    ["a short body", page(TITLE, "The council met on Monday and approved the plan."), ["short-body:warning@1"]],
    ["a related item without outlet", page(TITLE, P1, P2, "Related Articles", "", "New bridge opening delayed again", "3 hours ago", RELATED[6]!), ["related-metadata:error@6"]],
    ["a page without a title line", page(P1, P2, P3), ["incomplete-article:error@1", "layout-unrecognized:warning@1"]],
    ["an empty file", "", ["no-article:error@null"]],
    ["an HTML page with teaser links and control bytes in its markup", html(P3), []],
    ["an HTML page with mojibake in its text", html(P3.replace("decision", "decisionâ€™s")), ["encoding:error@8"]],
  ])("%s", (_, text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  // Pages of each layout class the text parser reads: an empty body or a truncated item is told, nothing else.
  it.each<[string, string[]]>([
    ["lead-title-only.txt", ["incomplete-article:error@2"]],
    ["lead-title-credits.txt", ["incomplete-article:error@2"]],
    ["lead-title-paywall.txt", ["incomplete-article:error@1"]],
    ["lead-title-caption.txt", ["incomplete-article:error@2"]],
    ["lead-one-paragraph.txt", []],
    ["lead-one-paragraph-question.txt", []],
    ["top-of-page-age.txt", []],
    ["top-of-page-age-lowercase.txt", []],
    ["truncated-title-twice.txt", ["truncated-article:warning@24"]],
    ["truncated-item-header.txt", ["truncated-article:warning@25"]],
    ["truncated-item-title.txt", ["truncated-article:warning@18"]],
    ["papers-review.txt", []],
    ["papers-review-top.txt", []],
    ["briefing-desk.txt", []],
    ["briefing-desk-spaced.txt", []],
  ])("fixtures/%s", (name, expected) => {
    expect(findings(readFileSync(join(FIXTURES, name)))).toEqual(expected);
  });

  it("a cut-off last item is reported once, as truncated, not as missing its body, outlet or time", () => {
    const cut = page(TITLE, P1, P2, "Related Articles", "", "Coastal Herald", "3 hours ago", "- Coastal Herald", "New bridge opening delayed again", P3, "", "Ferry fares to rise in spring", "Ferry fares to rise in spring");
    expect(findings(cut)).toEqual(["truncated-article:warning@13"]);
    // The same item with nothing missing in the middle of the page is still checked.
    expect(findings(page(TITLE, P1, P2, "Related Articles", "", "New bridge opening delayed again", "3 hours ago", RELATED[6]!, "", "Coastal Herald", "2 hours ago", "- Coastal Herald", "Ferry fares to rise in spring", P3))).toEqual(["related-metadata:error@6"]);
  });

  it("turns rules off and changes severities and thresholds from the configuration", () => {
    const short = page(TITLE, "The council met on Monday and approved the plan.");
    expect(findings(short, { rules: { "short-body": "off" } })).toEqual([]);
    expect(findings(short, { rules: { "short-body": "error" } })).toEqual(["short-body:error@1"]);
    expect(findings(short, { rules: { "short-body": { minWords: 5 } } })).toEqual([]);
    expect(findings(CLEAN, { rules: { "short-body": { severity: "warn", minWords: 100 } } })).toEqual(["short-body:warning@1", "short-body:warning@7"]);
  });

  it.each([
    ["Don’t say “no” — it’s naïve: Zürich, São Paulo, Ærø, Œuvre, 1½ cups, 20°C, £5, ©2024", null],
    ["It\u2019s fine", null],
    ["It\u00e2\u20ac\u2122s broken", 3],
    ["Caf\u00c3\u00a9 au lait", 4],
    ["\u00c2\u00a3 5", 1],
    ["bad \uFFFD byte", 5],
  ])("badCharacters(%j) starts at column %s", (line, column) => {
    expect(badCharacters(line)?.column ?? null).toBe(column);
  });

  it("flags a lead seen in an earlier file, not one repeated in the same file, and related items only when configured", () => {
    const run = (ledger: ArticleLedger, path: string, text: string, settings: unknown = {}): string[] =>
      checkDocument({ source: { path }, report: analyze(Buffer.from(text), { path }) }, text.split("\n"), resolveRules(settings, "test"), ledger).findings.map((f) => `${f.ruleId}@${f.line}: ${f.message}`);
    const leads = new ArticleLedger();
    expect(run(leads, "a.txt", CLEAN)).toEqual([]);
    expect(run(leads, "b.txt", `\n${CLEAN}`)).toEqual([`duplicate-article@2: "${TITLE}" duplicates a.txt:1`]);
    // The related item recurs in c.txt under another lead: fine by default.
    const other = page("Ferry fares to rise in spring", P3, P2, P1, ...RELATED);
    expect(run(leads, "c.txt", other)).toEqual([]);
    const all = new ArticleLedger();
    const withRelated = { rules: { "duplicate-article": { roles: ["lead", "related"] } } };
    expect(run(all, "a.txt", CLEAN, withRelated)).toEqual([]);
    expect(run(all, "c.txt", other, withRelated)).toEqual(['duplicate-article@7: "New bridge opening delayed again" duplicates a.txt:7']);
  });

  it("reports a file that could not be read as one unreadable error", () => {
    const r = checkDocument({ source: { path: "x.txt" }, error: { code: "binary", message: "binary file (PNG image)" } }, null, resolveRules({}, "t"), new ArticleLedger());
    expect(r.findings).toEqual([{ ruleId: "unreadable", severity: "error", message: "binary file (PNG image)", line: null, column: null }]);
  });
});

describe("configuration", () => {
  it.each([
    ["not an object", []],
    ["an unknown setting", { rule: {} }],
    ["rules not an object", { rules: ["short-body"] }],
    ["an unknown rule", { rules: { "no-such-rule": "warn" } }],
    ["an unknown severity", { rules: { "short-body": "fatal" } }],
    ["an unknown option", { rules: { "short-body": { maxWords: 3 } } }],
    ["an option of the wrong type", { rules: { "short-body": { minWords: "3" } } }],
    ["a list option given as a string", { rules: { "duplicate-article": { roles: "lead" } } }],
  ])("refuses %s", (_, settings) => {
    expect(() => resolveRules(settings, "corpus.config.json")).toThrow(ConfigError);
  });

  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "corpus-config-"));
    mkdirSync(join(root, "a", "b", "c"), { recursive: true });
    writeFileSync(join(root, "a", "corpus.config.json"), JSON.stringify({ rules: { "short-body": "off" } }));
    // A package.json without a "corpus" key is passed over on the way up.
    writeFileSync(join(root, "a", "b", "package.json"), JSON.stringify({ name: "x" }));
    mkdirSync(join(root, "p", "q"), { recursive: true });
    writeFileSync(join(root, "p", "package.json"), JSON.stringify({ name: "y", corpus: { rules: { "truncated-article": "error" } } }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is found walking up from the working directory, in corpus.config.json or package.json", () => {
    expect(findConfig(join(root, "a", "b", "c"))?.path).toBe(join(root, "a", "corpus.config.json"));
    expect(findConfig(join(root, "p", "q"))).toEqual({ path: join(root, "p", "package.json"), settings: { rules: { "truncated-article": "error" } } });
    expect(findConfig(tmpdir())).toBeNull();
  });

  it("applies in the CLI from the working directory, and --config overrides it", () => {
    const short = join(root, "short.txt");
    writeFileSync(short, page(TITLE, "The council met on Monday and approved the plan."));
    expect(runCli(["check", short, "--max-warnings", "0"], { cwd: join(root, "a", "b", "c") }).code).toBe(0);
    expect(runCli(["check", short, "--max-warnings", "0"], { cwd: join(root, "p", "q") }).code).toBe(1);
    const strict = join(root, "strict.json");
    writeFileSync(strict, JSON.stringify({ rules: { "short-body": "error" } }));
    const r = runCli(["check", short, "--config", strict, "--format", "json"], { cwd: join(root, "a", "b", "c") });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0]).toMatchObject({ ruleId: "short-body", severity: "error", line: 1 });
    writeFileSync(join(root, "broken.json"), "{ rules: ");
    const bad = runCli(["check", short, "--config", join(root, "broken.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/broken\.json: not valid JSON/);
  });
});

describe("formats", () => {
  const result: CheckResult = tally([
    { path: "scrapes/a, b.txt", findings: [{ ruleId: "encoding", severity: "error", message: 'mojibake "â€™" (100% bad)\nsecond line', line: 3, column: 5 }] },
    { path: "scrapes/ok.txt", findings: [] },
    { path: "scrapes/c.txt", findings: [{ ruleId: "no-article", severity: "warning", message: "no article <found> & \"none\"", line: null, column: null }] },
  ]);

  it("github: one escaped workflow command per finding", () => {
    expect(formatCheckGithub(result)).toBe(
      '::error file=scrapes/a%2C b.txt,line=3,col=5,title=corpus check%3A encoding::mojibake "â€™" (100%25 bad)%0Asecond line\n' +
        '::warning file=scrapes/c.txt,title=corpus check%3A no-article::no article <found> & "none"\n',
    );
    expect(formatCheckGithub(tally([{ path: "x", findings: [] }]))).toBe("");
  });

  it("junit: a suite per file, a failure per finding, escaped", () => {
    const xml = formatCheckJunit(result);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="corpus check" tests="3" failures="2" errors="0">/);
    expect(xml).toContain('<testsuite name="scrapes/ok.txt" tests="1" failures="0" errors="0">');
    expect(xml).toContain('<failure message="no article &lt;found&gt; &amp; &quot;none&quot;" type="warning">');
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).not.toMatch(/<[^>]*<[^/?!]/);
  });

  it("json: totals and every file", () => {
    const json = JSON.parse(formatCheckJson(result));
    expect(json).toMatchObject({ errorCount: 1, warningCount: 1 });
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(["scrapes/a, b.txt", "scrapes/ok.txt", "scrapes/c.txt"]);
  });

  it("text: grouped by file, without color unless asked", () => {
    const text = formatCheckText(result, { color: false });
    expect(text).toContain("scrapes/a, b.txt\n  3:5  error    mojibake");
    expect(text).toContain("scrapes/c.txt\n  -  warning  no article");
    expect(text).not.toContain("scrapes/ok.txt");
    expect(text.trimEnd().split("\n").at(-1)).toBe("✖ 3 files checked: 2 problems (1 error, 1 warning)");
    expect(text).not.toMatch(/\u001b\[/);
    expect(formatCheckText(result, { color: true })).toMatch(/\u001b\[31m/);
    expect(formatCheckText(tally([{ path: "x", findings: [] }]), { color: false })).toBe("✔ 1 file checked, no problems\n");
  });
});

describe("corpus check over a generated corpus", () => {
  let dir: string;
  let planted: GeneratedFile[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corpus-gen-check-"));
    planted = generateCorpus(dir, { files: 2000, seed: 11 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports every planted fault at its line and nothing else, the same with --jobs 1 and --jobs 2", () => {
    const two = runCli(["check", dir, "--format", "json", "--jobs", "2"]);
    const one = runCli(["check", dir, "--format", "json", "--jobs", "1"]);
    expect(two.code).toBe(1);
    expect(one.stdout).toBe(two.stdout);
    const got = new Map<string, string[]>(JSON.parse(two.stdout).files.map((f: { path: string; findings: Array<{ ruleId: string; line: number | null }> }) => [f.path, f.findings.map((x) => `${x.ruleId}@${x.line}`).sort()]));
    expect(got.size).toBe(planted.length);
    for (const f of planted) expect([f.path, got.get(f.path)]).toEqual([f.path, f.faults.map((x) => `${x.rule}@${x.line}`).sort()]);
    // Every kind of fault was planted, and clean files are the majority.
    const kinds = new Set(planted.flatMap((f) => f.faults.map((x) => x.rule)));
    expect([...kinds].sort()).toEqual(["duplicate-article", "encoding", "furniture-leak", "no-article", "truncated-article", "unreadable"]);
    expect(planted.filter((f) => f.faults.length === 0).length).toBeGreaterThan(planted.length / 2);
  }, 240_000);

  it("annotates for GitHub one line per planted fault, and exits 0 on the clean files alone", () => {
    const gh = runCli(["check", dir, "--format", "github"]);
    const count = planted.reduce((n, f) => n + f.faults.length, 0);
    expect(gh.stdout.trim().split("\n")).toHaveLength(count);
    const clean = planted.filter((f) => f.faults.length === 0).slice(0, 50).map((f) => f.path);
    const r = runCli(["check", ...clean, "--max-warnings", "0"]);
    expect([r.code, r.stdout.trim()]).toEqual([0, "✔ 50 files checked, no problems"]);
  }, 240_000);

  it("--baseline: a lead already in the corpus is a duplicate; warnings fail only with --max-warnings", () => {
    const source = planted.find((f) => f.faults.length === 0 && readFileSync(f.path, "utf8").includes("Paris wants"))!;
    const ndjson = join(dir, "..", `${source.path.split("/").pop()}.baseline.ndjson`);
    const analyzed = runCli(["analyze", source.path, "--format", "ndjson"]);
    writeFileSync(ndjson, analyzed.stdout);
    const copy = join(mkdtempSync(join(tmpdir(), "corpus-new-")), "new.txt");
    writeFileSync(copy, readFileSync(source.path));
    const r = runCli(["check", copy, "--baseline", ndjson, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings).toMatchObject([{ ruleId: "duplicate-article", severity: "warning", line: 2 }]);
    expect(runCli(["check", copy, "--baseline", ndjson, "--max-warnings", "0"]).code).toBe(1);
    expect(runCli(["check", copy, "--baseline", source.path, "--max-warnings", "0"]).code).toBe(1);
    // A new scrape inside the baseline folder, sorting before the page it copies, is still a copy.
    const folder = mkdtempSync(join(tmpdir(), "corpus-base-"));
    writeFileSync(join(folder, "b-original.txt"), readFileSync(source.path));
    writeFileSync(join(folder, "a-new.txt"), readFileSync(source.path));
    const inside = runCli(["check", join(folder, "a-new.txt"), "--baseline", folder, "--format", "json"]);
    expect(JSON.parse(inside.stdout).files[0].findings[0].message).toMatch(/duplicates .*b-original\.txt:2$/);
    rmSync(folder, { recursive: true, force: true });
    rmSync(ndjson, { force: true });
  }, 120_000);
});

describe("exit codes", () => {
  it.each([
    [["check"], /missing required argument/],
    [["check", "x.txt", "--format", "xml"], /xml/],
    [["check", "x.txt", "--max-warnings", "-1"], /--max-warnings/],
    [["check", mkdtempSync(join(tmpdir(), "corpus-empty-"))], /no files to check/],
  ])("%j is a usage error: exit 2, one line on stderr", (args, message) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
