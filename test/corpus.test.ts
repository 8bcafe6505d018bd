// `corpus analyze` over many files, as a user runs it: NDJSON and JSON output, error records,
// exit codes, --jobs, --shard, --max-bytes, --out, a closed pipe, Ctrl-C, odd file names and
// unreadable files. Runs the build in dist/.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateScrapes } from "../scripts/generate-scrapes.mjs";
import { CLI, FIXTURES, ROOT, runCli } from "./helpers.js";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-cli-"));
  roots.push(dir);
  return dir;
}

const SEED = join(FIXTURES, "daily8-drones.txt");
const SMALL = join(FIXTURES, "lead-only-crlf-bom.txt");
const REF = ["--ref-date", "2025-06-21T12:00:00Z"];
const lines = (stdout: string): unknown[] => stdout.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l));
const pathOf = (doc: unknown): string => (doc as { source: { path: string } }).source.path;
const noStackTrace = (stderr: string): void => expect(stderr).not.toMatch(/\bat .+:\d+:\d+|node:internal|Error:/);

const corpus = tempDir();
const files = generateScrapes(corpus, 60).paths;

describe("corpus analyze over many files", () => {
  it("--format ndjson prints one report per line, in input order, and exits 0", () => {
    const r = runCli(["analyze", corpus, "--format", "ndjson", ...REF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const docs = lines(r.stdout);
    expect(docs.map(pathOf)).toEqual(files);
    for (const doc of docs) expect(Object.keys(doc as object)).toEqual(expect.arrayContaining(["source", "referenceDate", "messages", "articles"]));
  });

  it("gives the same bytes with --jobs 1 and --jobs 2", () => {
    const one = runCli(["analyze", corpus, "--format", "ndjson", "--jobs", "1", ...REF]);
    const two = runCli(["analyze", corpus, "--format", "ndjson", "--jobs", "2", ...REF]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it("--format json prints one document with the documents in order and a summary", () => {
    const r = runCli(["analyze", SMALL, corpus, "--json", ...REF]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["documents", "summary"]);
    expect(out.documents.map(pathOf)).toEqual([SMALL, ...files]);
    expect(out.summary).toMatchObject({ documents: files.length + 1, errors: 0 });
    expect(r.stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
  });

  it("--format text prints each report, a blank line apart", () => {
    const r = runCli(["analyze", SMALL, SEED, "--no-color"]);
    expect(r.code).toBe(0);
    const single = [SMALL, SEED].map((f) => runCli(["analyze", f]).stdout);
    expect(r.stdout).toBe(`${single[0]}\n${single[1]}`);
  });

  it("keeps a single file's output as it was", () => {
    const r = runCli(["analyze", SEED, "--json", ...REF]);
    const out = JSON.parse(r.stdout);
    expect(out.source.path).toBe(SEED);
    expect(out.documents).toBeUndefined();
    expect(lines(runCli(["analyze", SEED, "--format", "ndjson", ...REF]).stdout)).toEqual([out]);
  });

  it("writes an error record and a line on stderr for each failed file, analyzes the rest and exits 1", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-page.txt"), readFileSync(SMALL));
    writeFileSync(join(dir, "b-image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, "c-huge.txt"), "word ".repeat(4000));
    writeFileSync(join(dir, "d-page.html"), "<html><body><article><h1>Harbour plan approved</h1><p>The council voted on Monday to approve the plan.</p></article></body></html>");
    const missing = join(dir, "missing.txt");
    const r = runCli(["analyze", dir, missing, "--format", "ndjson", "--max-bytes", "10K"]);
    expect(r.code).toBe(1);
    const docs = lines(r.stdout) as Array<{ source: { path: string }; error?: { code: string; message: string } }>;
    expect(docs.map((d) => [d.source.path.slice(dir.length + 1), d.error?.code ?? "ok"])).toEqual([
      ["a-page.txt", "ok"],
      ["b-image.txt", "binary"],
      ["c-huge.txt", "too-large"],
      ["d-page.html", "ok"],
      ["missing.txt", "ENOENT"],
    ]);
    expect(docs[2]!.error!.message).toBe("19.5 KiB, above the 10 KiB limit (raise it with --max-bytes)");
    const stderr = r.stderr.trimEnd().split("\n");
    expect(stderr).toHaveLength(3);
    expect(stderr[1]).toBe(`corpus: ${join(dir, "c-huge.txt")}: 19.5 KiB, above the 10 KiB limit (raise it with --max-bytes)`);
    expect(stderr[2]).toBe(`corpus: ${missing}: no such file`);
  });

  it("refuses a single file above --max-bytes with one line and exit 2", () => {
    const r = runCli(["analyze", SEED, "--max-bytes", "1K"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`corpus: ${SEED}: 10.2 KiB, above the 1 KiB limit (raise it with --max-bytes)\n`);
  });

  it.each([
    [["--jobs", "0"], /--jobs/],
    [["--shard", "3/2"], /--shard/],
    [["--max-bytes", "lots"], /--max-bytes/],
    [["--format", "yaml"], /yaml/],
  ])("%j is a usage error", (flags, message) => {
    const r = runCli(["analyze", corpus, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("fails with exit 2 when folders hold no file to analyze", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.md"), "not a scrape");
    const r = runCli(["analyze", dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("corpus: no files to analyze (folders are searched for .txt, .html, .htm)\n");
    expect(runCli(["analyze", dir, "--ext", "md", "--format", "ndjson"]).code).toBe(0);
  });
});

describe("--shard", () => {
  it("splits the corpus into shards whose outputs merge to the whole", () => {
    const whole = lines(runCli(["analyze", corpus, "--format", "ndjson", ...REF]).stdout);
    const shards = [1, 2, 3].map((k) => runCli(["analyze", corpus, "--format", "ndjson", "--shard", `${k}/3`, ...REF]));
    for (const s of shards) expect(s.code).toBe(0);
    const parts = shards.map((s) => lines(s.stdout));
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
    const merged = parts.flat().sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1));
    expect(merged).toEqual(whole);
  });

  it("an empty shard is no error: it prints an empty corpus", () => {
    const shards = [1, 2].map((k) => runCli(["analyze", SMALL, "--json", "--shard", `${k}/2`]));
    expect(shards.map((s) => s.code)).toEqual([0, 0]);
    expect(shards.map((s) => JSON.parse(s.stdout).documents.length).sort()).toEqual([0, 1]);
  });
});

describe("--out", () => {
  it("writes the same output to the file, with no temporary file left", () => {
    const dir = tempDir();
    const out = join(dir, "reports.ndjson");
    const r = runCli(["analyze", corpus, "--format", "ndjson", "--out", out, ...REF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(runCli(["analyze", corpus, "--format", "ndjson", ...REF]).stdout);
    expect(readdirSync(dir)).toEqual(["reports.ndjson"]);
  });

  it("replaces an existing file, and leaves it alone when the run fails", () => {
    const dir = tempDir();
    const out = join(dir, "report.json");
    writeFileSync(out, "previous");
    expect(runCli(["analyze", SEED, "--json", "--out", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).source.path).toBe(SEED);
    writeFileSync(out, "previous");
    const r = runCli(["analyze", join(dir, "none"), "--json", "--out", out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("refuses a folder that does not exist with one line and exit 2", () => {
    const r = runCli(["analyze", corpus, "--out", join(tempDir(), "no", "such", "dir", "out.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^corpus: --out .*: cannot write there \(ENOENT\)\n$/);
  });
});

describe("a closed pipe and Ctrl-C", () => {
  const big = tempDir();
  generateScrapes(big, 1500);

  it("ends quietly when the reader closes the pipe (| head -1)", () => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${CLI}" analyze "${big}" --format ndjson | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { encoding: "utf8" });
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe("exit 0\n");
  });

  /** Starts a run and sends Ctrl-C (SIGINT) once `ready` says so. */
  function interrupt(args: string[], ready: (stdout: string) => boolean): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args]);
      let stdout = "";
      let stderr = "";
      let sent = false;
      const poll = setInterval(() => {
        if (!sent && ready(stdout)) {
          sent = true;
          child.kill("SIGINT");
        }
      }, 10);
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => {
        clearInterval(poll);
        resolve({ code, stdout, stderr });
      });
    });
  }

  it("stops on Ctrl-C, keeps every finished result whole and exits 130", async () => {
    const r = await interrupt(["analyze", big, "--format", "ndjson", "--jobs", "2"], (out) => out.includes("\n"));
    expect(r.code).toBe(130);
    const docs = lines(r.stdout);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(1500);
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stderr).toBe(`corpus: interrupted: ${docs.length} of 1500 files written\n`);
  });

  it("completes --out on Ctrl-C: a whole JSON document of what finished, no temporary file", async () => {
    const dir = tempDir();
    const out = join(dir, "corpus.json");
    // Interrupt once the temporary file holds some documents.
    const started = (): boolean => readdirSync(dir).some((f) => f.endsWith(".tmp") && statSync(join(dir, f)).size > 20_000);
    const r = await interrupt(["analyze", big, "--json", "--out", out, "--jobs", "2"], started);
    expect(r.code).toBe(130);
    expect(readdirSync(dir)).toEqual(["corpus.json"]);
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(written.documents.length).toBeGreaterThan(0);
    expect(written.documents.length).toBeLessThan(1500);
    expect(written.summary.documents).toBe(written.documents.length);
  });
});

describe("odd paths and inputs", () => {
  it("keeps names with spaces, newlines and non-ASCII characters, escaping them on stderr", () => {
    const dir = tempDir();
    const names = ["Zürich – 東京.txt", "new\nline.txt", "with space.txt"];
    for (const n of names) writeFileSync(join(dir, n), readFileSync(SMALL));
    const r = runCli(["analyze", dir, join(dir, "gone\nfile.txt"), "--format", "ndjson"]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map(pathOf)).toEqual([...names.map((n) => join(dir, n)), join(dir, "gone\nfile.txt")]);
    expect(r.stderr).toBe(`corpus: ${join(dir, "gone\\nfile.txt")}: no such file\n`);
  });

  it("reads - among other files, and an empty standard input gives a warning, not a crash", () => {
    const r = runCli(["analyze", SMALL, "-", "--format", "ndjson"], { input: "" });
    const docs = lines(r.stdout) as Array<{ source: { path: string }; messages?: Array<{ severity: string }> }>;
    expect(docs.map(pathOf)).toEqual([SMALL, "-"]);
    expect(docs[1]!.messages?.some((m) => m.severity === "warning")).toBe(true);
    noStackTrace(r.stderr);
    const closed = spawnSync("bash", ["-c", `"${process.execPath}" "${CLI}" analyze - --json <&-`], { encoding: "utf8" });
    expect(closed.status === 0 || closed.status === 2).toBe(true);
    noStackTrace(closed.stderr);
  });

  it("reports a file without read permission and analyzes the others", (ctx) => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, "a.txt"), readFileSync(SMALL));
    writeFileSync(join(dir, "secret.txt"), readFileSync(SMALL));
    chmodSync(join(dir, "secret.txt"), 0o000);
    // The superuser reads any file: run as an ordinary user where the tests run as root.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const cli = "uid" in asUser ? commandFor(asUser) : CLI;
    if (!cli) return ctx.skip(`user ${asUser.uid} cannot run ${process.execPath}, so no file permission can be tested as that user`);
    const r = spawnSync(process.execPath, [cli, "analyze", dir, "--format", "ndjson"], { encoding: "utf8", ...asUser });
    expect(r.status).toBe(1);
    const docs = lines(r.stdout) as Array<{ source: { path: string }; error?: { code: string } }>;
    expect(docs.map((d) => d.error?.code ?? "ok")).toEqual(["ok", "EACCES"]);
    expect(r.stderr).toBe(`corpus: ${join(dir, "secret.txt")}: permission denied\n`);
  });

  it("finishes on a folder with a symbolic link loop", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "pages"));
    writeFileSync(join(dir, "pages", "a.txt"), readFileSync(SMALL));
    spawnSync("ln", ["-s", "..", join(dir, "pages", "up")]);
    const r = runCli(["analyze", dir, "--format", "ndjson"]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map(pathOf)).toEqual([join(dir, "pages", "a.txt")]);
    expect(existsSync(join(dir, "pages", "up", "pages"))).toBe(true);
  });
});

/**
 * The command as another user can run it: the checkout's own where that user can read it, else
 * (the checkout lies under a private folder) a world-readable copy of what it needs for text
 * pages; null when that user cannot even run node.
 */
function commandFor(user: { uid: number; gid: number }): string | null {
  const canRead = (path: string): boolean => spawnSync(process.execPath, ["-e", "require('fs').accessSync(process.argv[1], require('fs').constants.R_OK)", path], { ...user }).status === 0;
  if (canRead(CLI)) return CLI;
  const copy = tempDir();
  chmodSync(copy, 0o755);
  for (const part of ["dist", "data", "package.json"]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  const cli = join(copy, "dist", "cli.js");
  return canRead(cli) ? cli : null;
}
