// The command's code cache (src/code-cache.ts): the build's cache is taken by the installed
// command, and a cache made from another bundle is never used, even one V8 would take.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBundle, writeCache } from "../src/code-cache.js";
import { ROOT } from "./helpers.js";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("the command's code cache", () => {
  it("is taken by a fresh process with the command's flags", () => {
    // What dist/cli.js does, in a process of its own as the command runs.
    const script = `import { compileRegexpsOnce } from "./build/v8-flags.js"; import { loadBundle } from "./build/code-cache.js"; compileRegexpsOnce(); const l = loadBundle("dist/command.cjs"); console.log(JSON.stringify({ cached: l.cached, execute: typeof l.exports.execute }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ cached: true, execute: "function" });
  });

  it("is used only for the bundle it was made from", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-code-cache-test-"));
    temps.push(dir);
    const bundle = join(dir, "bundle.cjs");
    writeFileSync(bundle, "exports.answer = () => 42;\n");
    const first = loadBundle<{ answer(): number }>(bundle);
    expect(first.cached).toBe(false);
    expect(first.exports.answer()).toBe(42);
    writeCache(bundle, first);
    expect(loadBundle(bundle).cached).toBe(true);
    // Same length, other code: V8 compares lengths only and would run the old function.
    writeFileSync(bundle, "exports.answer = () => 43;\n");
    const changed = loadBundle<{ answer(): number }>(bundle);
    expect(changed.cached).toBe(false);
    expect(changed.exports.answer()).toBe(43);
  });

  it("is optional: without one the bundle is compiled as usual", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-code-cache-test-"));
    temps.push(dir);
    const bundle = join(dir, "bundle.cjs");
    writeFileSync(bundle, "exports.answer = () => 42;\n");
    writeFileSync(`${bundle}.cache`, "too short");
    const loaded = loadBundle<{ answer(): number }>(bundle);
    expect(loaded.cached).toBe(false);
    expect(loaded.exports.answer()).toBe(42);
  });
});
