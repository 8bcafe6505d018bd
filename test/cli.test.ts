// The command as a user runs it: exit codes, clean stdout, one-line errors.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "./helpers.js";

const SEED = join(FIXTURES, "daily8-drones.txt");
const temps: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("corpus analyze", () => {
  it("prints one JSON document with the contract's fields", () => {
    const r = runCli(["analyze", SEED, "--format", "json", "--ref-date", "2025-06-21T12:00:00Z"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(["source", "referenceDate", "messages", "articles"]);
    expect(report.source).toMatchObject({ path: SEED, format: "text", bytes: 10471 });
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.referenceDate).toBe("2025-06-21T12:00:00Z");
    expect(report.articles[1].published).toEqual({ text: "2 hours ago", value: "2025-06-21T10:00:00Z" });
    for (const a of report.articles) {
      expect(Object.keys(a)).toEqual(["role", "title", "outlet", "published", "authors", "url", "language", "text", "line", "quotes", "entities", "figures", "dates", "summary", "keywords"]);
    }
  });

  it("--json is --format json, and relative values stay null without a reference date", () => {
    const r = runCli(["analyze", SEED, "--json"]);
    const report = JSON.parse(r.stdout);
    expect(report.referenceDate).toBeNull();
    expect(report.articles[1].published).toEqual({ text: "2 hours ago", value: null });
  });

  it("keeps stdout clean and deterministic with a .env file in the working directory", () => {
    const dir = tempDir("corpus-env-");
    writeFileSync(join(dir, ".env"), "DEBUG=*\nDOTENV_CONFIG_DEBUG=true\n");
    const a = runCli(["analyze", SEED, "--json"], { cwd: dir });
    const b = runCli(["analyze", SEED, "--json"], { cwd: dir });
    expect(a.stderr).toBe("");
    expect(() => JSON.parse(a.stdout)).not.toThrow();
    expect(a.stdout).toBe(b.stdout);
  });

  it("reads standard input from -", () => {
    const r = runCli(["analyze", "-", "--json"], { input: "Council approves plan\nThe council voted on Monday to approve the plan for the harbour.\n" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articles[0].title).toBe("Council approves plan");
  });

  it("prints plain text when piped and under NO_COLOR", () => {
    const r = runCli(["analyze", SEED], { env: { NO_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain("LEAD Paris wants to produce drones in Ukraine");
  });

  it.each([
    [["analyze", "no/such/file.txt"], /no such file/],
    [["analyze", SEED, "--format", "xml"], /xml/],
    [["analyze", SEED, "--ref-date", "yesterday"], /--ref-date/],
    [["analyze"], /missing required argument/],
    [["frobnicate"], /unknown command/],
  ])("%j fails with one line on stderr and exit 2", (args, message) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("refuses a binary file with exit 2", () => {
    const dir = tempDir("corpus-bad-");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const r = runCli(["analyze", join(dir, "image.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary file/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([["empty.txt", ""], ["blank.txt", " \n\t\n"]])("reports %s as an empty report with a warning, exit 0", (name, content) => {
    const dir = tempDir("corpus-empty-");
    writeFileSync(join(dir, name), content);
    const r = runCli(["analyze", join(dir, name), "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.articles).toEqual([]);
    expect(report.messages).toEqual([expect.objectContaining({ severity: "warning", code: "empty-file", line: null })]);
  });
});

describe("corpus schema", () => {
  it("prints a JSON Schema", () => {
    const r = runCli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toMatch(/json-schema/);
  });
});

