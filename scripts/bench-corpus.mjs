// Benchmark of a corpus run: files per second and peak memory (maximum resident set, all threads)
// of `corpus analyze DIR --format ndjson` at two corpus sizes and two --jobs values.
//   node scripts/bench-corpus.mjs [SIZES=1000,10000] [JOBS=1,2] [REPEATS=3]
// Each figure is the best of REPEATS runs, which is the least disturbed by other load.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./generate-corpus.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [sizes = "1000,10000", jobsList = "1,2", repeats = "3"] = process.argv.slice(2);
const TIME = "/usr/bin/time";
if (!existsSync(TIME)) throw new Error("needs GNU time (/usr/bin/time) for the peak memory");

function run(dir, jobs) {
  const started = process.hrtime.bigint();
  const r = spawnSync(TIME, ["-f", "%M %U %S", process.execPath, CLI, "analyze", dir, "--format", "ndjson", "--quiet", "--jobs", String(jobs)], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`corpus analyze exited ${r.status}: ${r.stderr}`);
  const [maxKb, user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { seconds, cpu: user + sys, peakMb: maxKb / 1024 };
}

// A copy of the build, so a rebuild during the benchmark cannot change what is measured.
const snapshot = mkdtempSync(join(tmpdir(), "corpus-bench-build-"));
for (const part of ["dist", "build", "data", "package.json"]) if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(snapshot, part), { recursive: true });
symlinkSync(join(ROOT, "node_modules"), join(snapshot, "node_modules"));
const CLI = join(snapshot, "dist", "cli.js");
process.on("exit", () => rmSync(snapshot, { recursive: true, force: true }));

const rows = [];
for (const size of sizes.split(",").map(Number)) {
  const dir = mkdtempSync(join(tmpdir(), "corpus-bench-"));
  try {
    generateCorpus(dir, size);
    for (const jobs of jobsList.split(",").map(Number)) {
      const runs = Array.from({ length: Number(repeats) }, () => run(dir, jobs));
      const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const peak = Math.max(...runs.map((r) => r.peakMb));
      rows.push({ files: size, jobs, seconds: best.seconds, filesPerSecond: size / best.seconds, cpuSeconds: best.cpu, peakMb: peak });
      console.log(`${size} files, --jobs ${jobs}: ${(size / best.seconds).toFixed(0)} files/s (${best.seconds.toFixed(2)} s, ${best.cpu.toFixed(2)} s CPU), peak ${peak.toFixed(0)} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const at = (files, jobs) => rows.find((r) => r.files === files && r.jobs === jobs);
const sizeList = sizes.split(",").map(Number);
for (const jobs of jobsList.split(",").map(Number)) {
  const [small, large] = [at(sizeList[0], jobs), at(sizeList.at(-1), jobs)];
  if (small && large && small !== large) console.log(`--jobs ${jobs}: peak memory ${sizeList.at(-1)} vs ${sizeList[0]} files: ${((large.peakMb / small.peakMb - 1) * 100).toFixed(1)}%`);
}
for (const size of sizeList) {
  const [one, two] = [at(size, 1), at(size, 2)];
  if (one && two) console.log(`${size} files: --jobs 2 runs at ${(two.filesPerSecond / one.filesPerSecond).toFixed(2)}x the rate of --jobs 1`);
}
