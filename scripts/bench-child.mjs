// One measurement in a process of its own, so targets do not share a JIT, a heap or a timeout.
// Usage: node scripts/bench-child.mjs TASK JSON-ARGS; prints one JSON line per result.
//   import   {module}                          -> CPU ms and RSS after importing a compiled module (build/)
//   rate     {targets, inputs, minRuns, minMs} -> {target, bytes, runs} per target   (MB/s)
//   hostile  {cases, scale, repeats, minMs}    -> {target, kind, ...} per case     (linear time)
//   latency  {files, passes}                   -> per-pass CPU and wall ms, per-document ms, maxRSS  (full analysis)
//   scaling  {inputs, unit, factors, repeats}  -> ms per factor            (1x..8x input)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cpuMs, median, timePairs, timeRuns } from "./bench-lib.mjs";
import { BUILD, corpusTargets, HOSTILE, PEERS } from "./bench-targets.mjs";

const [task, json] = process.argv.slice(2);
const args = JSON.parse(json ?? "{}");
// Files analyzed once before the latency passes, for the JIT to settle.
const WARMUP_FILES = 50;
const emit = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);

let ours;
async function target(name) {
  if (PEERS[name]) return PEERS[name]();
  ours ??= await corpusTargets();
  const t = ours[name];
  if (!t) throw new Error(`unknown target ${name}`);
  return t;
}

/** Texts from a JSON file (an array of strings). */
const readTexts = (path) => JSON.parse(readFileSync(path, "utf8"));

const tasks = {
  async import({ module }) {
    const start = cpuMs();
    await import(pathToFileURL(join(BUILD, "build", module)).href);
    emit({ ms: cpuMs() - start, rssMiB: process.memoryUsage().rss / 1024 / 1024 });
  },

  async rate({ targets, inputs, minRuns, minMs }) {
    const texts = readTexts(inputs);
    const bytes = texts.reduce((s, x) => s + Buffer.byteLength(x), 0);
    for (const name of targets) {
      const t = await target(name);
      const states = texts.map((x) => t.prepare(x));
      const runs = timeRuns(() => states.forEach((s) => t.run(s)), { minRuns, minMs });
      emit({ target: name, bytes, runs });
    }
  },

  async hostile({ cases, scale, repeats, minMs }) {
    // A collection before each run (with --expose-gc), so no run pays for the garbage of the one before.
    const opts = { minRuns: repeats, minMs, beforeEach: globalThis.gc };
    for (const { target: name, kind } of cases) {
      const t = await target(name);
      const h = HOSTILE[kind];
      const n = Math.max(1, Math.round((h.full / 4) * scale));
      const [small, large] = [t.prepare(h.make(n)), t.prepare(h.make(4 * n))];
      const [runsSmall, runsLarge] = timePairs(() => t.run(small), () => t.run(large), opts);
      emit({ target: name, kind, n, unit: h.unit, msSmall: median(runsSmall), msLarge: median(runsLarge) });
    }
  },

  async latency({ files, passes }) {
    const t = (await corpusTargets()).analyze;
    const inputs = files.map((f) => readFileSync(f));
    const perDoc = inputs.map(() => []);
    const passMs = [];
    const passWallMs = [];
    // A warm-up over the first files, as a long corpus run would be past them.
    inputs.slice(0, WARMUP_FILES).forEach((bytes) => t.run(bytes));
    for (let p = 0; p < passes; p++) {
      const start = cpuMs();
      const wallStart = performance.now();
      inputs.forEach((bytes, i) => {
        const s = cpuMs();
        t.run(bytes);
        perDoc[i].push(cpuMs() - s);
      });
      passMs.push(cpuMs() - start);
      passWallMs.push(performance.now() - wallStart);
    }
    emit({ docs: inputs.length, bytes: inputs.reduce((s, b) => s + b.length, 0), passMs, passWallMs, docMs: perDoc.map(median), maxRssMiB: process.resourceUsage().maxRSS / 1024 });
  },

  async scaling({ inputs, unit, factors, repeats }) {
    const t = (await corpusTargets()).analyze;
    const pages = readTexts(inputs);
    // Different pages joined, not one page repeated: repeated lines would read as furniture.
    const results = factors.map((f) => {
      const state = t.prepare(pages.slice(0, f * unit).join("\n\n"));
      return { factor: f, bytes: state.length, ms: median(timeRuns(() => t.run(state), { minRuns: repeats, minMs: 0 })) };
    });
    emit({ results });
  },
};

if (!tasks[task]) {
  process.stderr.write(`unknown task ${task}\n`);
  process.exit(2);
}
await tasks[task](args);
