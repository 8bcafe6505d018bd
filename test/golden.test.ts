// Golden CLI tests: each fixture's JSON and text report, rewritten by `UPDATE_GOLDEN=1 npm test`.
// Expected files end in .json and .summary, so a folder scan of fixtures/ never takes them as pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, fixturePages, runCli } from "./helpers.js";

const EXPECTED = join(FIXTURES, "expected");
const REF = "2025-06-21T12:00:00Z";
const update = process.env.UPDATE_GOLDEN === "1";
const pages = fixturePages();

describe("golden reports", () => {
  for (const page of pages) {
    for (const [format, ext] of [["json", "json"], ["text", "summary"]] as const) {
      it(`${page} --format ${format}`, () => {
        const r = runCli(["analyze", `fixtures/${page}`, "--format", format, "--ref-date", REF]);
        expect(r.stderr).toBe("");
        const file = join(EXPECTED, `${page}.${ext}`);
        if (update) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, r.stdout);
        }
        expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
        expect(r.stdout).toBe(readFileSync(file, "utf8"));
      });
    }
  }
});
