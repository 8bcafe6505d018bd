// The small parts of a corpus run: flag values, shards, the progress line, the streamed JSON.
import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseByteSize, parseExtensions, parseJobs, parseShard } from "../src/commands/corpus-flags.js";
import { DEFAULT_EXTENSIONS } from "../src/corpus/inputs.js";
import { displayPath } from "../src/corpus/output.js";
import { formatProgress, Progress } from "../src/corpus/progress.js";
import { inShard, shardOf } from "../src/corpus/shard.js";
import { documentsClosing, documentsEntry, documentsOpening } from "../src/report/documents.js";
import { formatNdjsonLine } from "../src/report/ndjson.js";
import type { DocResult } from "../src/corpus/result.js";
import type { Report } from "../src/types.js";

describe("flag values", () => {
  it.each([
    ["1/4", { index: 1, count: 4 }],
    ["4/4", { index: 4, count: 4 }],
    ["1/1", { index: 1, count: 1 }],
  ])("--shard %s", (value, shard) => expect(parseShard(value)).toEqual(shard));

  it.each(["0/4", "5/4", "1/0", "1", "a/b", "-1/4", "1/4/2", " 1/4", ""])("--shard %j is refused", (value) => {
    expect(() => parseShard(value)).toThrow(InvalidArgumentError);
  });

  it.each([
    ["33554432", 33554432],
    ["32M", 32 * 1024 ** 2],
    ["32MiB", 32 * 1024 ** 2],
    ["32mb", 32 * 1024 ** 2],
    ["500K", 500 * 1024],
    ["1.5G", 1.5 * 1024 ** 3],
    ["100 KiB", 100 * 1024],
  ])("--max-bytes %s", (value, bytes) => expect(parseByteSize(value)).toBe(bytes));

  it.each(["0", "-1", "32X", "M", "", "1e9", "0.1"])("--max-bytes %j is refused", (value) => {
    expect(() => parseByteSize(value)).toThrow(InvalidArgumentError);
  });

  it.each([["1", 1], ["16", 16]])("--jobs %s", (value, jobs) => expect(parseJobs(value)).toBe(jobs));
  it.each(["0", "-2", "two", "1.5", ""])("--jobs %j is refused", (value) => expect(() => parseJobs(value)).toThrow(InvalidArgumentError));

  it("--ext replaces the default list, then adds up", () => {
    const first = parseExtensions(".MD,txt", DEFAULT_EXTENSIONS);
    expect(first).toEqual(["md", "txt"]);
    expect(parseExtensions("html", first)).toEqual(["md", "txt", "html"]);
    expect(() => parseExtensions(",", DEFAULT_EXTENSIONS)).toThrow(InvalidArgumentError);
  });
});

describe("shards", () => {
  const paths = Array.from({ length: 1000 }, (_, i) => `scrapes/batch-${i % 7}/page-${i}.txt`);

  it("puts every path in exactly one shard, the same on every call", () => {
    for (const path of paths) {
      const owners = [1, 2, 3, 4].filter((k) => inShard(path, { index: k, count: 4 }));
      expect(owners).toEqual([shardOf(path, 4)]);
    }
  });

  it("spreads paths evenly", () => {
    const sizes = [1, 2, 3, 4].map((k) => paths.filter((p) => shardOf(p, 4) === k).length);
    // A uniform hash puts 250 ± 3 standard deviations (about 41) in each of 4 shards of 1000.
    for (const size of sizes) expect(Math.abs(size - 250)).toBeLessThan(45);
  });

  it("gives Windows and Unix separators the same shard, and keeps everything without --shard", () => {
    expect(shardOf("scrapes\\a\\b.txt", 5)).toBe(shardOf("scrapes/a/b.txt", 5));
    expect(paths.every((p) => inShard(p, null))).toBe(true);
  });
});

describe("progress", () => {
  it.each([
    [0, 1000, 0, 80, /^\[░+\] 0\/1000 files {2}0\.0 files\/s {2}--:-- left$/],
    [500, 1000, 10_000, 80, /^\[█{15}░{15}\] 500\/1000 files {2}50 files\/s {2}0:10 left$/],
    [1000, 1000, 4_000, 80, /^\[█{30}\] 1000\/1000 files {2}250 files\/s {2}0:00 left$/],
    [10, 100_000, 2_000, 80, / 5\.0 files\/s {2}5:33:18 left$/],
  ])("%i of %i after %i ms", (done, total, elapsed, width, line) => {
    const text = formatProgress(done, total, elapsed, width);
    expect(text).toMatch(line);
    expect(text.length).toBeLessThanOrEqual(width);
  });

  it("drops the bar, then cuts the line, on a narrow terminal", () => {
    expect(formatProgress(5, 10, 1000, 40)).toBe("5/10 files  5.0 files/s  0:01 left");
    expect(formatProgress(5, 10, 1000, 12)).toHaveLength(11);
  });

  function fakeRun(enabled: boolean): { out: string[]; progress: Progress; tick: (ms: number) => void } {
    let now = 0;
    const out: string[] = [];
    const progress = new Progress({ write: (s: string) => out.push(s), columns: 80 }, { enabled, delayMs: 1000, intervalMs: 1, now: () => now });
    return { out, progress, tick: (ms) => void (now += ms) };
  }

  it("stays silent when disabled, and logs lines either way", async () => {
    const { out, progress, tick } = fakeRun(false);
    progress.update(0, 10);
    tick(5000);
    await new Promise((r) => setTimeout(r, 20));
    progress.log("corpus: a.txt: no such file");
    progress.finish();
    expect(out).toEqual(["corpus: a.txt: no such file\n"]);
  });

  it("appears only after the delay, keeps logged lines above it and clears itself", async () => {
    const { out, progress, tick } = fakeRun(true);
    progress.update(0, 10);
    await new Promise((r) => setTimeout(r, 20));
    expect(out).toEqual([]);
    tick(2000);
    progress.update(4, 10);
    await new Promise((r) => setTimeout(r, 20));
    expect(out.at(-1)).toMatch(/^\r\u001b\[2K\[.*\] 4\/10 files/);
    progress.log("corpus: b.txt: binary file");
    expect(out.slice(-3, -1)).toEqual(["\r\u001b[2K", "corpus: b.txt: binary file\n"]);
    progress.finish();
    expect(out.at(-1)).toBe("\r\u001b[2K");
  });
});

describe("streamed output", () => {
  const report = (path: string): Report => ({ source: { path, format: "text", bytes: 3, sha256: "0".repeat(64) }, referenceDate: null, messages: [], articles: [] });
  const docs: DocResult[] = [
    { source: { path: "a.txt" }, report: report("a.txt") },
    { source: { path: "line\nbreak.txt" }, error: { code: "ENOENT", message: "no such file" } },
    { source: { path: "c.txt" }, report: report("c.txt") },
  ];
  const summary = { documents: 2, nested: { list: [1, 2] } };

  it.each([0, 1, 3])("the JSON of %i documents streams to the bytes of JSON.stringify(whole, null, 2)", (n) => {
    const some = docs.slice(0, n);
    const streamed = documentsOpening() + some.map((d, i) => documentsEntry(d, i)).join("") + documentsClosing(n, summary);
    const documents = some.map((d) => ("report" in d ? d.report : d));
    expect(streamed).toBe(`${JSON.stringify({ documents, summary }, null, 2)}\n`);
  });

  it("writes a report or an error record per NDJSON line", () => {
    const lines = docs.map(formatNdjsonLine);
    for (const line of lines) expect(line.indexOf("\n")).toBe(line.length - 1);
    expect(JSON.parse(lines[0]!)).toEqual(report("a.txt"));
    expect(JSON.parse(lines[1]!)).toEqual({ source: { path: "line\nbreak.txt" }, error: { code: "ENOENT", message: "no such file" } });
  });

  it.each([
    ["plain/path.txt", "plain/path.txt"],
    ["new\nline.txt", "new\\nline.txt"],
    ["tab\tand\u0007bell", "tab\\tand\\u0007bell"],
    ["Zürich 東京.txt", "Zürich 東京.txt"],
  ])("shows %j on one line as %j", (path, shown) => expect(displayPath(path)).toBe(shown));
});
