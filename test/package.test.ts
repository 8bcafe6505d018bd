// The library as a user installs it: `npm pack`, the tarball installed into a fresh project, then
// imported from JavaScript (importing reads no file; analyze, analyzeFile, analyzeCorpus,
// summarize and check work) and from TypeScript, type-checked against the generated declarations.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "./helpers.js";

const CONSUMER_JS = `
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
// Every synchronous file access the import could make is counted.
const calls = [];
for (const name of ["readFileSync", "openSync", "readdirSync", "statSync", "existsSync"]) {
  const original = fs[name];
  fs[name] = (...args) => (calls.push(name + " " + args[0]), original(...args));
}
syncBuiltinESMExports();
const corpus = await import("corpus");
const out = { importCalls: calls.slice(), exports: Object.keys(corpus).sort() };
const page = "Harbour council approves new ferry timetable\\nThe harbour council approved a new ferry timetable on Monday, Mayor Ana Ruiz said.";
const report = await corpus.analyze(page, { path: "page.txt", referenceDate: "2025-06-21T12:00:00Z" });
out.analyze = { path: report.source.path, title: report.articles[0]?.title, people: report.articles[0]?.entities.map((e) => e.name) };
out.analyzeFile = (await corpus.analyzeFile(process.argv[2])).articles.length;
try {
  await corpus.analyzeFile(process.argv[2] + ".missing");
} catch (e) {
  out.missing = [e instanceof corpus.InputError, e.code];
}
const records = [];
for await (const r of corpus.analyzeCorpus([process.argv[3], process.argv[2] + ".missing"], { jobs: 2 })) records.push(r);
out.corpus = records.map((r) => ("error" in r ? r.error.code : r.articles.length));
out.summary = await corpus.summarize(records, { top: 2 });
out.summaryFromNdjson = await corpus.summarize(records.map((r) => JSON.stringify(r)).join("\\n"), { top: 2 });
const checked = await corpus.check(records, { rules: { "layout-unrecognized": "off" } });
out.check = { files: checked.files.length, errors: checked.errorCount };
console.log(JSON.stringify(out));
`;

const CONSUMER_TS = `
import { analyze, analyzeCorpus, check, summarize, type AnalyzeRecord, type CheckResult, type ErrorRecord, type Quote, type Report, type SummaryJson } from "corpus";

const report: Report = await analyze("Title\\nBody text.", { referenceDate: new Date() });
const quotes: Quote[] = report.articles.flatMap((a) => a.quotes);
const records: AnalyzeRecord[] = [];
const controller = new AbortController();
for await (const r of analyzeCorpus(["pages/"], { jobs: 2, shard: { index: 1, count: 4 }, signal: controller.signal })) records.push(r);
const failed: ErrorRecord[] = records.filter((r): r is ErrorRecord => "error" in r);
const summary: SummaryJson = await summarize(records, { top: 5 });
const result: CheckResult = await check(records, { rules: { "short-body": { severity: "error", minWords: 40 } } });
console.log(quotes.length, failed.length, summary.entities.person[0]?.name, result.errorCount);
// @ts-expect-error a page is a string or bytes
await analyze(42);
// @ts-expect-error a report has no such member
report.article;
`;

describe("the packed library", () => {
  let dir: string;
  let app: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corpus-pack-"));
    execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir], { cwd: ROOT, stdio: "pipe" });
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
    app = join(dir, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    // The dependencies come from npm's cache where `npm ci` has filled it.
    execFileSync("npm", ["install", join(dir, tarball), "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: app, stdio: "pipe" });
  }, 240_000);
  // The installed dependencies are many small files.
  afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

  it("imports from JavaScript without reading a file, and each function works", () => {
    writeFileSync(join(app, "consumer.mjs"), CONSUMER_JS);
    const r = spawnSync(process.execPath, ["consumer.mjs", join(FIXTURES, "daily8-drones.txt"), join(FIXTURES, "html")], { cwd: app, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.importCalls).toEqual([]);
    expect(out.exports).toEqual(["InputError", "analyze", "analyzeCorpus", "analyzeFile", "check", "summarize"]);
    expect(out.analyze).toEqual({ path: "page.txt", title: "Harbour council approves new ferry timetable", people: ["Ana Ruiz"] });
    expect(out.analyzeFile).toBeGreaterThan(1);
    expect(out.missing).toEqual([true, "ENOENT"]);
    // In input order: the folder's pages, then the missing file's error record.
    const pages = readdirSync(join(FIXTURES, "html")).length;
    expect(out.corpus).toHaveLength(pages + 1);
    expect(out.corpus.at(-1)).toBe("ENOENT");
    expect(out.summary).toMatchObject({ documents: pages + 1, errors: 1 });
    expect(out.summaryFromNdjson).toEqual(out.summary);
    expect(out.check).toEqual({ files: pages + 1, errors: expect.any(Number) });
    expect(out.check.errors).toBeGreaterThan(0);
  }, 120_000);

  it("runs the README's example", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /## Use from code[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(app, "example.mjs"), example!);
    // Run from the project, where its relative paths (fixtures/) lead.
    const r = spawnSync(process.execPath, [join(app, "example.mjs")], { cwd: ROOT, encoding: "utf8" });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout.split("\n")[0]).toBe("[ 'Ana Ruiz' ]");
  }, 120_000);

  it("type-checks from TypeScript against the generated declarations", () => {
    writeFileSync(join(app, "consumer.ts"), CONSUMER_TS);
    const tsconfig = {
      compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: false, types: ["node"], typeRoots: [join(ROOT, "node_modules", "@types")] },
      files: ["consumer.ts"],
    };
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify(tsconfig));
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
    // A type error in the consumer is caught: the declarations are types, not `any`.
    writeFileSync(join(app, "consumer.ts"), `${CONSUMER_TS}\nconst n: number = report.source.path;\n`);
    const bad = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8" });
    expect(bad.stdout).toMatch(/consumer\.ts\(\d+,\d+\): error TS2322/);
  }, 120_000);
});
