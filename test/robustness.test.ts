// Hostile and damaged input through analyze(): every case finishes with a report that keeps the
// span invariant and validates against the schema, or is refused with one clear InputError.
// No timing assertions here: the linear-time check is the benchmark's (`npm run bench`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { InputError } from "../src/input/decode.js";
import { formatJson } from "../src/report/json.js";
import { reportSchema } from "../src/schema.js";
import type { Report } from "../src/types.js";
import { FIXTURES, runCli } from "./helpers.js";
import { validate } from "./json-schema.js";

const MB = 1 << 20;
// A guard against hangs on a loaded machine, not a timing assertion: linear time is the benchmark's check.
const HANG_GUARD_MS = 120_000;
const REF = new Date("2025-06-21T12:00:00Z");
const SEED = readFileSync(join(FIXTURES, "daily8-drones.txt"), "utf8");

/** Runs analyze and checks what every report must satisfy, whatever the input. */
function analyzeChecked(input: string | Uint8Array, path = "hostile.txt"): Report {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const report = analyze(bytes, { path, referenceDate: REF });
  expect(validate(reportSchema, JSON.parse(formatJson(report)))).toEqual([]);
  for (const a of report.articles) {
    expect(a.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
    for (const item of [...a.quotes, ...a.figures, ...a.dates, ...a.entities.flatMap((e) => e.mentions)]) {
      expect(a.text.slice(item.span.start, item.span.end)).toBe(item.text);
    }
  }
  return report;
}

/** Deterministic words of the given shape, so a failure is reproducible. */
function words(count: number, shape: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => shape(i)).join(" ");
}
const capitalized = (i: number): string => `${"BCDFGHKLMNPRSTVWZ"[i % 17]}${"aeiou"[(i * 7) % 5]}${"lmnrst"[(i * 11) % 6]}${"aeio"[(i * 13) % 4]}${i % 3 ? "n" : ""}`;

describe("hostile text finishes with a valid report", () => {
  const sentence = "The minister said on Monday that 3.8 billion euros would go to Kyiv, according to officials. ";

  it.each<[string, () => string]>([
    ["1 MB of prose on one line", () => sentence.repeat(Math.ceil(MB / sentence.length))],
    ["1 MB of one word without spaces", () => "a".repeat(MB)],
    ["1 MB of quote marks and apostrophes", () => Array.from({ length: MB }, (_, i) => "\"'“”‘’«»"[(i * 5) % 8]).join("")],
    ["1 MB of quote marks between words", () => words(MB / 8, (i) => ['"', "said", "“", "'s", "”", "’", "‘", "«"][i % 8]!)],
    ["100,000 capitalized words in a row", () => words(100_000, capitalized)],
    ["50,000 capitalized words with periods", () => words(50_000, (i) => `${capitalized(i)}.`)],
    ["100,000 digits", () => "1234567890".repeat(10_000)],
    ["100,000 digits with separators", () => words(25_000, (i) => `${i % 10},${(i * 7) % 10}0`)],
    ["a date on every word", () => words(20_000, (i) => ["12-03-2025", "Monday", "2", "hours", "ago", "March"][i % 6]!)],
    ["20,000 short lines", () => Array.from({ length: 20_000 }, (_, i) => (i % 3 ? "2 hours ago" : `Outlet ${i}`)).join("\n")],
    ["the seed page repeated 20 times", () => SEED.repeat(20)],
    ["time words split by 1 MB of blanks", () => `In March${" ".repeat(MB / 2)}last year, two${" ".repeat(MB / 2)}days later.`],
  ])("%s", { timeout: HANG_GUARD_MS }, (_name, make) => {
    const report = analyzeChecked(make());
    expect(report.articles.length).toBeGreaterThan(0);
  });

  it("a connective alone on the lead's last line (a review of the papers ending in 'And')", () => {
    const page = "Papers: 'Rail chaos' and a 'winter reset'\nDaily Ledger\nFury as fares rise again\nAnd i\nMinister faces 'winter of misery'\nAnd\n\nComments\nNo comments yet...\n";
    expect(analyzeChecked(page).articles[0]!.quotes.map((q) => q.text)).toContain("Rail chaos");
  });

  it("10,000 levels of nested, unclosed HTML", () => {
    const html = `<!DOCTYPE html><html><head><title>Deep</title></head><body>${"<div><span><b>".repeat(3_334)}<p>${sentence}</p>`;
    const report = analyzeChecked(html, "deep.html");
    expect(report.source.format).toBe("html");
    expect(report.articles.map((a) => a.text).join("\n")).toContain("3.8 billion euros");
  });

  it("10,000 levels of nested, closed HTML", () => {
    const html = `<!DOCTYPE html><html><body>${"<div>".repeat(10_000)}<p>${sentence}</p>${"</div>".repeat(10_000)}</body></html>`;
    const report = analyzeChecked(html, "deep.html");
    expect(report.articles.map((a) => a.text).join("\n")).toContain("3.8 billion euros");
  });

  it("an HTML page made only of scripts finishes with no article text", () => {
    const script = `<script>var said = "the minister said"; for (let i = 0; i < 10; i++) { document.write("<p>" + said + "</p>"); }</script>\n`;
    const html = `<!DOCTYPE html><html><head>${script.repeat(500)}</head><body>${script.repeat(500)}</body></html>`;
    const report = analyzeChecked(html, "scripts.html");
    const text = report.articles.map((a) => a.text).join("\n");
    expect(text).not.toContain("document.write");
    expect(report.articles.flatMap((a) => a.quotes)).toEqual([]);
  });

  it("an HTML page of 20,000 unclosed comments and CDATA", () => {
    const html = `<!DOCTYPE html><html><body><p>${sentence}</p>${"<!-- <![CDATA[ <p>".repeat(20_000)}`;
    analyzeChecked(html, "comments.html");
  });
});

describe("damaged encodings keep their results", () => {
  const lf = SEED.replace(/\r\n?/g, "\n");
  const articlesOf = (r: Report): unknown => r.articles.map(({ title, outlet, role, text }) => ({ title, outlet, role, text }));
  const reference = articlesOf(analyze(Buffer.from(lf), { path: "seed.txt", referenceDate: REF }));

  it.each<[string, Uint8Array, string[]]>([
    ["with a UTF-8 BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf)]), []],
    ["in UTF-16 LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, "utf16le")]), []],
    ["in UTF-16 BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(lf, "utf16le").swap16()]), []],
    ["with CRLF line ends", Buffer.from(lf.replace(/\n/g, "\r\n")), []],
    ["with mixed CRLF, CR and LF line ends", Buffer.from(lf.split("\n").map((l, i) => l + ["\r\n", "\r", "\n"][i % 3]).join("").slice(0, -1)), []],
  ])("the seed page %s gives the same articles", (_name, input, codes) => {
    const report = analyzeChecked(input);
    expect(articlesOf(report)).toEqual(reference);
    expect(report.messages.map((m) => m.code).filter((c) => !["reference-date-from-page", "layout-unrecognized", "truncated-article", "glued-furniture"].includes(c))).toEqual(codes);
  });

  it("NUL bytes inside words are removed, with a warning on their line", () => {
    const input = lf.replace("drones", "dro\u0000nes");
    const report = analyzeChecked(input);
    expect(articlesOf(report)).toEqual(reference);
    const line = lf.slice(0, lf.indexOf("drones")).split("\n").length;
    expect(report.messages).toContainEqual({ severity: "warning", code: "control-characters", message: expect.any(String), line });
  });

  it("invalid UTF-8 in one line is replaced there, with a warning naming it, and the rest is kept", () => {
    const at = lf.indexOf("drones");
    const input = Buffer.concat([Buffer.from(lf.slice(0, at)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(lf.slice(at))]);
    const report = analyzeChecked(input);
    const line = lf.slice(0, at).split("\n").length;
    expect(report.messages).toContainEqual({ severity: "warning", code: "invalid-utf8", message: expect.any(String), line });
    expect(report.articles.length).toBe((reference as unknown[]).length);
  });

  it("a Windows-1252 page is decoded as such, with a warning", () => {
    const page = "Café owners protest\n2 hours ago\nThe owners of the café said “we will not close” – about €5,000 a month.\n";
    const cp1252: Record<string, number> = { "“": 0x93, "”": 0x94, "–": 0x96, "€": 0x80 };
    const report = analyzeChecked(Uint8Array.from([...page], (c) => cp1252[c] ?? c.charCodeAt(0)));
    expect(report.messages.map((m) => m.code)).toContain("encoding-fallback");
    expect(report.articles.map((a) => a.text).join("\n")).toContain("The owners of the café said “we will not close” – about €5,000 a month.");
  });
});

describe("not text", () => {
  const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a20000000049454e44ae426082", "hex");

  it.each<[string, Uint8Array, RegExp]>([
    ["a PNG image", png, /PNG image/],
    ["a PDF document", Buffer.from(pdf, "latin1"), /PDF document/],
    ["a gzip-compressed scrape", gzipSync(SEED), /gzip archive/],
  ])("%s is refused as a binary file", (_name, input, what) => {
    expect(() => analyze(input, { path: "x.txt" })).toThrow(InputError);
    expect(() => analyze(input, { path: "x.txt" })).toThrow(what);
  });

  it.each<[string, string]>([
    ["an empty file", ""],
    ["a whitespace-only file", "  \n\r\n\t \n"],
  ])("%s gives an empty report with a warning", (_name, input) => {
    const report = analyzeChecked(input);
    expect(report.articles).toEqual([]);
    expect(report.messages).toEqual([expect.objectContaining({ severity: "warning", code: "empty-file" })]);
  });

  it("the CLI reports a binary file in one line and exits 2", () => {
    const r = runCli(["analyze", "-", "--json"], { input: gzipSync(SEED) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toMatch(/^corpus: .*binary file \(gzip archive\)/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
