#!/usr/bin/env node
// Runs every public development-split adapter in ../shared/eval/public and prints one line per set:
// its name and headline metrics. Extra arguments (e.g. --limit 20) are passed to every adapter.
// Exit code: 0 when every adapter ran, 2 when one could not run.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adapters = path.resolve(root, "..", "shared", "eval", "public");
const sets = [
  { name: "conll", script: "conll.mjs", keys: ["f1", "person.f1", "organization.f1", "location.f1"] },
  { name: "polnear", script: "polnear.mjs", keys: ["quotes.f1", "attributed.f1"] },
  { name: "te3", script: "te3.mjs", keys: ["points.relaxed.f1", "points.value.f1", "relaxed.f1", "value.f1"] },
  { name: "quantities", script: "quantities.mjs", keys: ["value.f1", "value_unit.f1"] },
];
const only = process.env.EVAL_PUBLIC_ONLY?.split(",");
const extra = process.argv.slice(2);
let failed = false;
for (const set of sets) {
  if (only && !only.includes(set.name)) continue;
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(adapters, set.script), "--json", ...extra], {
    cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  let metrics;
  try { metrics = JSON.parse(run.stdout).metrics; } catch { metrics = undefined; }
  if (!metrics) {
    failed = true;
    const why = (run.stderr || run.stdout || `exit ${run.status}`).trim().split("\n").pop();
    console.log(`${set.name.padEnd(11)} could not run: ${why}`);
    continue;
  }
  const figures = set.keys.map((k) => `${k}=${metrics[k] === undefined ? "?" : metrics[k].toFixed(3)}`);
  console.log(`${set.name.padEnd(11)} ${figures.join("  ")}  (${seconds}s)`);
}
process.exit(failed ? 2 : 0);
