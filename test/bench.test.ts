// The benchmark script keeps working: its smoke mode runs every part at a small size. No timing
// is asserted here (the figures of a smoke run are not measurements), only that every part ran
// and the table reports every goal.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// A guard against a hang on a loaded machine; the smoke run takes well under a minute when idle.
const HANG_GUARD_MS = 600_000;

describe("npm run bench -- --smoke", () => {
  const dir = mkdtempSync(join(tmpdir(), "corpus-bench-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs every part and reports every goal", { timeout: HANG_GUARD_MS }, () => {
    const json = join(dir, "bench.json");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "bench.mjs"), "--smoke", "--json", json], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).not.toMatch(/ failed: /);
    expect(r.status).toBe(0);

    const results = JSON.parse(readFileSync(json, "utf8"));
    for (const part of ["startup", "latency", "cli", "rates", "scaling", "linear"]) {
      expect(results[part]?.error, part).toBeUndefined();
    }
    // The HTML rows need the Readability test pages beside the project.
    const html = existsSync(join(ROOT, "..", "shared", "eval", "html-dev")) ? ["HTML parser", "readability"] : [];
    for (const target of ["quotes", "entities", "figures", "dates", "text parser", "entities+quotes", "compromise", "wink-nlp", "chrono-node", ...html]) {
      expect(results.rates[target]?.mbPerS, target).toBeGreaterThan(0);
    }
    expect(results.linear.length).toBe(7 * 7);
    expect(results.linear.filter((x: { error?: string; timeout?: boolean }) => x.error || x.timeout)).toEqual([]);

    const goals = ["<= 200 ms", ">= 2.5 MB/s per core", ">= 0.85x one process", ">= 20x compromise", "< 200 MiB", "0.9 of the bound", "8x input <= 10x time", "4x input <= 5x time"];
    for (const goal of goals) {
      const row = r.stdout.split("\n").find((l) => l.includes(goal));
      expect(row, goal).toBeDefined();
      expect(row).toMatch(/\| (PASS|FAIL|n\/a[^|]*) +\|$/);
    }
  });

  it("runs only the parts --only names", { timeout: HANG_GUARD_MS }, () => {
    const json = join(dir, "only.json");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "bench.mjs"), "--smoke", "--only", "startup", "--json", json], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const results = JSON.parse(readFileSync(json, "utf8"));
    expect(results.startup.cliMs).toBeGreaterThan(0);
    for (const part of ["latency", "cli", "ceiling", "rates", "scaling", "linear"]) expect(results[part]?.skipped, part).toBe(true);
  });

  it("refuses a part it does not have", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "bench.mjs"), "--only", "startup,nonesuch"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown or incomplete argument: --only/);
  });
});
