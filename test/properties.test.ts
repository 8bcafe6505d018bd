// Property tests over random and mutated scrapes: analyze never throws (a binary file is the one
// refusal, as an InputError), every span slices its text out of its article, the JSON validates
// against the schema `corpus schema` prints, and the same bytes give the same report.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { InputError } from "../src/input/decode.js";
import { formatJson } from "../src/report/json.js";
import { reportSchema } from "../src/schema.js";
import { FIXTURES, runCli } from "./helpers.js";
import { validate } from "./json-schema.js";

// Small enough runs to keep the file at a few seconds; each failure prints a seed to replay.
const RUNS = 40;
// Fixture pages are cut to this length so one run stays in milliseconds.
const MAX_BASE_CHARS = 6000;

const schema = JSON.parse(runCli(["schema"]).stdout);

const pages = readdirSync(FIXTURES, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.(txt|html?)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), "utf8").slice(0, MAX_BASE_CHARS));

/** Checks the four properties on one input, through expectations. */
function holds(bytes: Uint8Array, refDate: Date | null): void {
  let json: string;
  try {
    json = formatJson(analyze(bytes, { path: "page", referenceDate: refDate }));
  } catch (e) {
    // The one refusal: bytes that are not text.
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe("binary");
    return;
  }
  const report = JSON.parse(json);
  expect(validate(schema, report)).toEqual([]);
  for (const a of report.articles) {
    for (const item of [...a.quotes, ...a.figures, ...a.dates, ...a.entities.flatMap((e: { mentions: unknown[] }) => e.mentions)]) {
      expect(a.text.slice(item.span.start, item.span.end)).toBe(item.text);
    }
  }
  expect(formatJson(analyze(bytes, { path: "page", referenceDate: refDate }))).toBe(json);
}

// Pieces that stress the extractors: quote marks, names, numbers, dates, line ends, markup.
const hostilePiece = fc.constantFrom(
  '"', "“", "”", "‘", "’", "'", "«", "»", " said ", " according to ", "\n", "\r\n", "\r", "\u0000", "\u001f", "\uFFFD", "\uFEFF",
  " Emmanuel Macron ", " the European Union ", " Kyiv ", "Mr. ", " 3.8 billion ", " 20 to 30 ", " 45% ", " $1,000 ", " 12-03-2025 ",
  " 2 hours ago ", " last Monday ", " DETAILS TO FOLLOW ", " Comments ", "<p>", "</p>", "<div>", "<script>", "&amp;", "&#8220;",
);

type Mutation = (s: string) => string;
const at = (s: string, f: number): number => Math.floor(f * (s.length + 1));
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

// Edits a scraper, a network or a hostile page could make to a good page.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fraction, hostilePiece).map(([f, piece]): Mutation => (s) => s.slice(0, at(s, f)) + piece + s.slice(at(s, f))),
  fc.tuple(fraction, fc.string({ unit: "binary", maxLength: 40 })).map(([f, junk]): Mutation => (s) => s.slice(0, at(s, f)) + junk + s.slice(at(s, f))),
  fc.tuple(fraction, fraction).map(([f, g]): Mutation => (s) => s.slice(0, Math.min(at(s, f), at(s, g))) + s.slice(Math.max(at(s, f), at(s, g)))),
  fc.tuple(fraction, fraction).map(([f, g]): Mutation => (s) => s + s.slice(Math.min(at(s, f), at(s, g)), Math.max(at(s, f), at(s, g)))),
  fc.tuple(fraction, fc.integer({ min: 2, max: 50 }), hostilePiece).map(([f, n, piece]): Mutation => (s) => s.slice(0, at(s, f)) + piece.repeat(n) + s.slice(at(s, f))),
  fraction.map((f): Mutation => (s) => s.slice(0, at(s, f))),
  fc.constantFrom<Mutation>(
    (s) => s.replace(/\r?\n/g, "\r\n"),
    (s) => s.replace(/\r?\n/g, "\r"),
    (s) => s.replace(/\n/g, " "),
    (s) => s.toUpperCase(),
    (s) => s.split("\n").reverse().join("\n"),
    (s) => `<!DOCTYPE html><html><head><title>t</title></head><body>${s.split(/\n+/).map((p) => `<p>${p}</p>`).join("")}</body></html>`,
  ),
);

const mutatedScrape = fc
  .tuple(fc.constantFrom(...pages), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([page, edits]) => edits.reduce((s, edit) => edit(s), page));

const refDate = fc.option(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }), { nil: null });

describe("properties of analyze", () => {
  it("holds on fixture pages mutated as scrapes get damaged", () => {
    fc.assert(fc.property(mutatedScrape, refDate, (text, ref) => holds(Buffer.from(text, "utf8"), ref)), { numRuns: RUNS });
  });

  it("holds on mutated pages in other encodings and with byte damage", () => {
    const encoded = fc.tuple(mutatedScrape, fc.constantFrom("utf8", "utf16le", "latin1", "utf8-bom", "utf16be-bom"), fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 255 })), { maxLength: 5 })).map(([text, encoding, flips]) => {
      const bytes = encoding === "utf8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) : encoding === "utf16be-bom" ? Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]) : Buffer.from(text, encoding as BufferEncoding);
      for (const [f, b] of flips) if (bytes.length) bytes[Math.floor(f * bytes.length)] = b;
      return bytes;
    });
    fc.assert(fc.property(encoded, (bytes) => holds(bytes, null)), { numRuns: RUNS });
  });

  it("holds on random text", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 2000 }), fc.array(hostilePiece, { maxLength: 400 }).map((p) => p.join("")));
    fc.assert(fc.property(text, refDate, (s, ref) => holds(Buffer.from(s, "utf8"), ref)), { numRuns: RUNS });
  });

  it("holds on random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => holds(bytes, null)), { numRuns: RUNS });
  });
});

describe("the schema validator the properties rely on", () => {
  const good = JSON.parse(formatJson(analyze(Buffer.from(pages[0]!), { path: "p", referenceDate: null })));
  const broken: Array<[string, (r: any) => void]> = [
    ["a missing field", (r) => delete r.articles[0].text],
    ["a line below 1", (r) => (r.articles[0].line = 0)],
    ["an unknown role", (r) => (r.articles[0].role = "sidebar")],
    ["a string where a number belongs", (r) => (r.source.bytes = "10")],
    ["a sha256 that is not hex", (r) => (r.source.sha256 = "z".repeat(64))],
    ["an extra key in a span", (r) => (r.articles[0].quotes = [{ text: "a", speaker: null, speakerMention: null, cue: null, kind: "direct", span: { start: 0, end: 1, x: 1 } }])],
    ["a published value of the wrong shape", (r) => (r.articles[0].published = { text: 1, value: null })],
  ];

  it("accepts a real report and the schema `corpus schema` prints is the one in the source", () => {
    expect(validate(schema, good)).toEqual([]);
    expect(schema).toEqual(JSON.parse(JSON.stringify(reportSchema)));
  });

  it.each(broken)("rejects %s", (_name, breakIt) => {
    const report = structuredClone(good);
    breakIt(report);
    expect(validate(schema, report)).not.toEqual([]);
  });
});
