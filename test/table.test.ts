// corpus table: fields that need quoting round-trip through a real CSV parser; every table of the
// fixtures parses back to exactly the items of their reports, in the documented column order;
// analyze output gives the same rows as the pages; a failed file is an error line; and the CSV
// loads into SQLite where its command-line shell is at hand.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableHeader, TABLE_KINDS, type Cell } from "../src/table/columns.js";
import { formatRow } from "../src/table/delimited.js";
import type { Article, Report } from "../src/types.js";
import { FIXTURES, runCli } from "./helpers.js";

const TRICKY: Cell[] = ["plain", "a, b", 'she said "no"', "two\nlines", "crlf\r\nend", "", null, 3.5, -2, "tab\there", " padded ", '"', "é — 東京"];

describe("delimited rows", () => {
  it("CSV: quotes exactly the fields that need it, and a CSV parser reads every field back", () => {
    const line = formatRow(TRICKY, "csv");
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line.startsWith('plain,"a, b","she said ""no""","two\nlines",')).toBe(true);
    const [row] = parse(line + line) as string[][];
    expect(row).toEqual(TRICKY.map((c) => (c === null ? "" : String(c))));
    expect(parse(line + line)).toHaveLength(2);
  });

  it("TSV: one line per row, tabs and line breaks in a field become spaces", () => {
    const line = formatRow(TRICKY, "tsv");
    expect(line.split("\n")).toEqual([expect.any(String), ""]);
    const fields = line.slice(0, -1).split("\t");
    expect(fields).toHaveLength(TRICKY.length);
    expect(fields[3]).toBe("two lines");
    expect(fields[4]).toBe("crlf end");
    expect(fields[9]).toBe("tab here");
    expect(fields[6]).toBe("");
  });
});

describe("corpus table", () => {
  let dir: string;
  let reports: Report[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corpus-table-"));
    const ndjson = runCli(["analyze", FIXTURES, "--format", "ndjson"]).stdout;
    writeFileSync(join(dir, "analyzed.txt"), ndjson);
    reports = ndjson.trim().split("\n").map((l) => JSON.parse(l) as Report);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const items: Record<(typeof TABLE_KINDS)[number], (a: Article) => unknown[]> = {
    quotes: (a) => a.quotes.map((q) => [q.speaker, q.speakerMention, q.cue, q.kind, q.text, q.span.start, q.span.end]),
    entities: (a) => a.entities.map((e) => [e.name, e.type, e.role, e.aliases.join("; "), e.mentions.length, e.mentions[0]!.span.start, e.mentions[0]!.span.end]),
    figures: (a) => a.figures.map((f) => [f.value, f.high, f.unit, f.qualifier, f.text, f.span.start, f.span.end]),
    dates: (a) => a.dates.map((d) => [d.text, d.value, d.kind, d.span.start, d.span.end]),
    articles: (a) => [[a.authors.join("; "), a.url, a.line, a.quotes.length, a.entities.length, a.figures.length, a.dates.length, a.keywords.join("; "), a.summary.join(" ")]],
  };
  const cells = (values: unknown[]): string[] => values.map((v) => (v === null ? "" : String(v)));

  it.each(TABLE_KINDS)("%s: a header, then exactly the reports' items, each after its source columns", (kind) => {
    const r = runCli(["table", kind, FIXTURES]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const [header, ...rows] = parse(r.stdout) as string[][];
    expect(header).toEqual(tableHeader(kind));
    const expected = reports.flatMap((rep) =>
      rep.articles.flatMap((a, i) => items[kind](a).map((values) => cells([rep.source.path, i + 1, a.role, a.title, a.outlet, a.published?.value ?? null, a.published?.text ?? null, ...(values as unknown[])]))),
    );
    expect(expected.length).toBeGreaterThan(kind === "articles" ? 5 : 3);
    expect(rows).toEqual(expected);
  });

  it("keeps its documented column order", () => {
    const source = ["path", "article", "role", "title", "outlet", "published", "published_text"];
    expect(tableHeader("quotes")).toEqual([...source, "speaker", "speaker_mention", "cue", "kind", "text", "start", "end"]);
    expect(tableHeader("entities")).toEqual([...source, "name", "type", "entity_role", "aliases", "mentions", "start", "end"]);
    expect(tableHeader("figures")).toEqual([...source, "value", "high", "unit", "qualifier", "text", "start", "end"]);
    expect(tableHeader("dates")).toEqual([...source, "text", "value", "kind", "start", "end"]);
    expect(tableHeader("articles")).toEqual([...source, "authors", "url", "line", "quotes", "entities", "figures", "dates", "keywords", "summary"]);
  });

  it("gives the same rows from analyze output (any name, or standard input) as from the pages; TSV has the same cells", () => {
    const fromPages = runCli(["table", "quotes", FIXTURES]).stdout;
    expect(runCli(["table", "quotes", join(dir, "analyzed.txt")]).stdout).toBe(fromPages);
    expect(runCli(["table", "quotes", "-"], { input: runCli(["analyze", FIXTURES, "--format", "ndjson"]).stdout }).stdout).toBe(fromPages);
    const tsv = runCli(["table", "quotes", FIXTURES, "--format", "tsv"]).stdout;
    const tsvRows = tsv.trimEnd().split("\n").map((l) => l.split("\t"));
    expect(tsvRows).toEqual((parse(fromPages) as string[][]).map((row) => row.map((c) => c.replace(/\r\n|[\t\r\n]/g, " "))));
  });

  it("a file that fails is one line on stderr and exit 1; the other files' rows are written; -o writes the file", () => {
    const out = join(dir, "dates.csv");
    const r = runCli(["table", "dates", join(FIXTURES, "daily8-drones.txt"), join(dir, "missing.txt"), "-o", out]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toBe(`corpus: ${join(dir, "missing.txt")}: no such file\n`);
    expect(existsSync(out)).toBe(true);
    expect(runCli(["table", "nothing", FIXTURES]).stderr).toMatch(/no such table "nothing"; tables: quotes, entities, figures, dates, articles/);
  });

  const sqlite = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].find(existsSync);
  it.skipIf(!sqlite)("loads into SQLite (skipped where no sqlite3 shell is installed)", () => {
    const csv = join(dir, "quotes.csv");
    writeFileSync(csv, runCli(["table", "quotes", FIXTURES]).stdout);
    const rows = (parse(runCli(["table", "quotes", FIXTURES]).stdout) as string[][]).slice(1);
    const q = spawnSync(sqlite!, [":memory:", "-cmd", `.import --csv ${csv} quotes`, "SELECT count(*), count(DISTINCT path), sum(CAST(\"end\" AS INTEGER) - CAST(start AS INTEGER) = length(text)) FROM quotes"], { encoding: "utf8" });
    expect(q.stderr).toBe("");
    // Every row loaded, and each quote's span is as long as its text.
    expect(q.stdout.trim()).toBe(`${rows.length}|${new Set(rows.map((r) => r[0])).size}|${rows.length}`);
  });
});
