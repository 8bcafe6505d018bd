// The corpus runner: results in input order whatever the number of workers, error records for
// files that fail, shards that partition the corpus, interrupts that keep finished results, and
// workers that die or cannot start. Workers run the build in dist/ (`npm run build` first).
import { mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { generateScrapes } from "../scripts/generate-scrapes.mjs";
import { WorkerPool, WorkerStartError } from "../src/corpus/pool.js";
import { analyzeCorpus, DEFAULT_EXTENSIONS, type CorpusOptions, type DocResult } from "../src/corpus/run.js";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-runner-"));
  roots.push(dir);
  return dir;
}

const options = (over: Partial<CorpusOptions> = {}): CorpusOptions => ({
  ext: DEFAULT_EXTENSIONS,
  jobs: 2,
  shard: null,
  maxBytes: 32 * 1024 * 1024,
  referenceDate: new Date("2025-06-21T12:00:00Z"),
  ...over,
});

async function collect(paths: string[], opts: CorpusOptions): Promise<DocResult[]> {
  const out: DocResult[] = [];
  for await (const doc of analyzeCorpus(paths, opts)) out.push(doc);
  return out;
}

const pathsOf = (docs: DocResult[]): string[] => docs.map((d) => d.source.path);

describe("analyzeCorpus", () => {
  const dir = tempDir();
  const files = generateScrapes(dir, 120).paths;

  it("yields every file in input order, the same with 1 and 2 jobs", async () => {
    const one = await collect([dir], options({ jobs: 1 }));
    const two = await collect([dir], options({ jobs: 2 }));
    expect(pathsOf(one)).toEqual(files);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.every((d) => "report" in d && d.report.articles.length > 0)).toBe(true);
  });

  it("reports progress from 0 to the total", async () => {
    const calls: Array<[number, number]> = [];
    await collect(files.slice(0, 10), options({ onProgress: (done, total) => calls.push([done, total]) }));
    expect(calls).toEqual(Array.from({ length: 11 }, (_, i) => [i, 10]));
  });

  it("gives a failed file an error record and analyzes the rest", async () => {
    const bad = tempDir();
    writeFileSync(join(bad, "big.txt"), "x".repeat(5000));
    writeFileSync(join(bad, "image.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    // Two pages under the size limit, whichever fixtures they were generated from.
    const [a, b] = files.filter((f) => statSync(f).size < 4096);
    const docs = await collect([a!, join(bad, "missing.txt"), bad, b!], options({ maxBytes: 4096 }));
    expect(docs.map((d) => ("error" in d ? d.error.code : "ok"))).toEqual(["ok", "ENOENT", "too-large", "binary", "ok"]);
    expect(pathsOf(docs)).toEqual([a, join(bad, "missing.txt"), join(bad, "big.txt"), join(bad, "image.html"), b]);
  });

  it("splits the corpus into shards that together hold every file once", async () => {
    const shards = await Promise.all([1, 2, 3].map((index) => collect([dir], options({ jobs: 1, shard: { index, count: 3 } }))));
    for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
    const merged = shards.flat().sort((a, b) => (a.source.path < b.source.path ? -1 : 1));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(await collect([dir], options({ jobs: 1 }))));
  });

  it("reads - from the given stream, once, where it stands", async () => {
    const stdin = Readable.from([Buffer.from("Council approves plan\nThe council voted on Monday to approve the harbour plan.\n")]);
    const docs = await collect([files[0]!, "-", files[1]!], options({ stdin }));
    expect(pathsOf(docs)).toEqual([files[0], "-", files[1]]);
    expect("report" in docs[1]! && docs[1].report.articles[0]?.title).toBe("Council approves plan");
  });

  it("reports a file that disappears during the run and goes on", async () => {
    const small = tempDir();
    const paths = generateScrapes(small, 40).paths;
    const docs: DocResult[] = [];
    for await (const doc of analyzeCorpus([small], options({ jobs: 1 }))) {
      // The last file is not started until the window reaches it, long after the first result.
      if (docs.length === 0) unlinkSync(paths.at(-1)!);
      docs.push(doc);
    }
    expect(pathsOf(docs)).toEqual(paths);
    expect(docs.at(-1)).toEqual({ source: { path: paths.at(-1) }, error: { code: "ENOENT", message: "no such file" } });
    expect(docs.slice(0, -1).every((d) => "report" in d)).toBe(true);
  });

  it.each([1, 2])("stops on an interrupt with --jobs %i and still yields what finished, in order", async (jobs) => {
    const interrupt = new AbortController();
    const docs: DocResult[] = [];
    for await (const doc of analyzeCorpus([dir], options({ jobs, signal: interrupt.signal }))) {
      docs.push(doc);
      if (docs.length === 5) interrupt.abort();
    }
    expect(docs.length).toBeGreaterThanOrEqual(5);
    expect(docs.length).toBeLessThan(files.length);
    const positions = docs.map((d) => files.indexOf(d.source.path));
    expect(positions.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(docs.every((d) => "report" in d)).toBe(true);
  });

  it("yields nothing for an empty folder or an empty shard", async () => {
    expect(await collect([tempDir()], options())).toEqual([]);
    // One file in two shards: one shard holds it, the other is empty.
    const shards = await Promise.all([1, 2].map((index) => collect(files.slice(0, 1), options({ shard: { index, count: 2 } }))));
    expect(shards.map((s) => s.length).sort()).toEqual([0, 1]);
  });
});

describe("WorkerPool", () => {
  const scripts = tempDir();
  const script = (name: string, body: string): URL => {
    writeFileSync(join(scripts, name), body);
    return pathToFileURL(join(scripts, name));
  };
  const task = (path: string) => ({ path, maxBytes: 100, referenceDate: null });

  it("fails the run when a worker cannot start", async () => {
    const pool = new WorkerPool(2, script("broken.mjs", 'import "./no-such-module.mjs";\n'));
    try {
      await expect(pool.run(task("a.txt"))).rejects.toBeInstanceOf(WorkerStartError);
    } finally {
      await pool.close();
    }
  });

  it("runs a file that exhausts a capped worker's heap again in a worker without the cap", async () => {
    const url = script(
      "hog.mjs",
      `import { parentPort, resourceLimits } from "node:worker_threads";
parentPort.postMessage({ ready: true });
const hoard = [];
parentPort.on("message", ({ id, task }) => {
  if (task.path === "hog" && resourceLimits.maxOldGenerationSizeMb <= 32) for (;;) hoard.push(new Array(1e5).fill(hoard.length));
  parentPort.postMessage({ id, result: { source: { path: task.path }, error: { code: "done", message: String(resourceLimits.maxOldGenerationSizeMb > 32) } } });
});
`,
    );
    const pool = new WorkerPool(1, url, 32);
    try {
      const results = await Promise.all(["a", "hog", "b"].map((p) => pool.run(task(p))));
      // "true": the file ran without the cap; the others ran in capped workers.
      expect(results.map((r) => ("error" in r ? `${r.source.path}:${r.error.message}` : ""))).toEqual(["a:false", "hog:true", "b:false"]);
    } finally {
      await pool.close();
    }
  });

  it("gives the file of a worker that dies an error record and replaces the worker", async () => {
    const url = script(
      "dies-on-crash.mjs",
      `import { parentPort } from "node:worker_threads";
parentPort.postMessage({ ready: true });
parentPort.on("message", ({ id, task }) => {
  if (task.path === "crash") process.exit(3);
  parentPort.postMessage({ id, result: { source: { path: task.path }, error: { code: "seen", message: "seen" } } });
});
`,
    );
    const pool = new WorkerPool(1, url);
    try {
      const results = await Promise.all(["a", "crash", "b"].map((p) => pool.run(task(p))));
      expect(results).toEqual([
        { source: { path: "a" }, error: { code: "seen", message: "seen" } },
        { source: { path: "crash" }, error: { code: "worker-failed", message: "analysis stopped: worker stopped with exit code 3" } },
        { source: { path: "b" }, error: { code: "seen", message: "seen" } },
      ]);
    } finally {
      await pool.close();
    }
  });
});
