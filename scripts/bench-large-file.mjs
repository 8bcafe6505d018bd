// Benchmark of one large scrape: time and peak memory (maximum resident set) of
// `corpus analyze FILE --format ndjson` for files of growing size, to show memory grows in
// proportion to the input, not faster.
//   node scripts/bench-large-file.mjs [SIZES_MB=5,20]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const sizes = (process.argv[2] ?? "5,20").split(",").map(Number);
const pages = readdirSync(join(ROOT, "fixtures")).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(ROOT, "fixtures", f), "utf8"));

const dir = mkdtempSync(join(tmpdir(), "corpus-large-"));
try {
  const rows = [];
  for (const mb of sizes) {
    // The fixture pages one after another, a blank line apart, up to the size.
    const parts = [];
    let bytes = 0;
    for (let i = 0; bytes < mb * 1024 * 1024; i++) {
      const page = pages[i % pages.length];
      parts.push(page);
      bytes += Buffer.byteLength(page) + 2;
    }
    const file = join(dir, `large-${mb}mb.txt`);
    writeFileSync(file, parts.join("\n\n"));
    const started = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, "analyze", file, "--format", "ndjson"], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakMb = Number(r.stderr.trim().split("\n").at(-1)) / 1024;
    rows.push({ mb, seconds, peakMb });
    console.log(`${mb} MB file: exit ${r.status}, ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB (${(peakMb / mb).toFixed(1)} MB per input MB)`);
  }
  const [a, b] = [rows[0], rows.at(-1)];
  if (a !== b) console.log(`input x${(b.mb / a.mb).toFixed(1)}: time x${(b.seconds / a.seconds).toFixed(2)}, peak memory x${(b.peakMb / a.peakMb).toFixed(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
