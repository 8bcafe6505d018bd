// Bytes to text: byte-order marks, UTF-8 and its Windows-1252 rescue, invalid sequences, NUL and
// control characters, binary files, and the charset an HTML page declares.
import { describe, expect, it } from "vitest";
import { declaredCharset, decode, InputError } from "../src/input/decode.js";

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
const utf16le = (s: string): number[] => [...Buffer.from(s, "utf16le")];
const utf16be = (s: string): number[] => [...Buffer.from(s, "utf16le").swap16()];
const codes = (d: { messages: Array<{ code: string }> }): string[] => d.messages.map((m) => m.code);

describe("decode: encodings", () => {
  it.each<[string, Uint8Array, string, string]>([
    ["UTF-8 without BOM", bytes("Zürich — “5 €”"), "Zürich — “5 €”", "utf-8"],
    ["UTF-8 with BOM", bytes([0xef, 0xbb, 0xbf], "Zürich said “no”"), "Zürich said “no”", "utf-8"],
    ["UTF-16 LE with BOM", bytes([0xff, 0xfe], utf16le("Zürich — 5 € 😀")), "Zürich — 5 € 😀", "utf-16le"],
    ["UTF-16 BE with BOM", bytes([0xfe, 0xff], utf16be("Zürich — 5 € 😀")), "Zürich — 5 € 😀", "utf-16be"],
    ["pure ASCII", bytes("Council approves plan\n"), "Council approves plan\n", "utf-8"],
  ])("%s", (_name, input, text, encoding) => {
    const d = decode(input);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(d.messages).toEqual([]);
  });

  it("reads UTF-16 without a BOM by its NUL pattern, with an info message", () => {
    const text = "The minister said no to the 一 plan.\n";
    for (const [input, encoding] of [[utf16le(text), "utf-16le"], [utf16be(text), "utf-16be"]] as const) {
      const d = decode(bytes(input));
      expect(d.text).toBe(text);
      expect(d.encoding).toBe(encoding);
      expect(codes(d)).toEqual(["utf16-without-bom"]);
    }
  });

  it("decodes Windows-1252 text as such, with a warning on the first line that is not UTF-8", () => {
    const d = decode(bytes("Title line\nThe caf", [0xe9], " said ", [0x93], "we open", [0x94], " ", [0x96], " for ", [0x80], "5 ", [0x85]));
    expect(d.text).toBe("Title line\nThe café said “we open” – for €5 …");
    expect(d.encoding).toBe("windows-1252");
    expect(d.messages).toEqual([{ severity: "warning", code: "encoding-fallback", message: expect.stringMatching(/Windows-1252/), line: 2 }]);
  });

  it("replaces invalid UTF-8 sequences in UTF-8 text, with a warning and the line of each", () => {
    const d = decode(bytes("Zürich, Genève — “ok”\nline two ", [0xff], " and ", [0xe2, 0x82], "\nZürich again ", [0xc0, 0xaf], "\n"));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe("Zürich, Genève — “ok”\nline two \uFFFD and \uFFFD\nZürich again \uFFFD\uFFFD\n");
    expect(d.messages).toEqual([
      { severity: "warning", code: "invalid-utf8", message: "2 invalid UTF-8 sequences replaced with U+FFFD", line: 2 },
      { severity: "warning", code: "invalid-utf8", message: "2 invalid UTF-8 sequences replaced with U+FFFD", line: 3 },
    ]);
  });

  it("counts lines across mixed CRLF, CR and LF line ends as the page parsers do", () => {
    const d = decode(bytes("één\r\ntwee\rdrie\nvier ", [0xff], "\r\n"));
    expect(d.text).toBe("één\r\ntwee\rdrie\nvier \uFFFD\r\n");
    expect(d.messages.map((m) => m.line)).toEqual([4]);
  });

  it("replaces invalid sequences after a UTF-8 BOM rather than guessing another encoding", () => {
    const d = decode(bytes([0xef, 0xbb, 0xbf], "caf", [0xe9], "\n"));
    expect(d.text).toBe("caf\uFFFD\n");
    expect(codes(d)).toEqual(["invalid-utf8"]);
  });

  it("lists the first ten damaged lines and sums up the rest in one message", () => {
    const lines = Array.from({ length: 25 }, (_, i) => bytes(`línea ${i} `, [0xff], "\n"));
    const d = decode(Buffer.concat(lines));
    expect(d.messages).toHaveLength(11);
    expect(d.messages.slice(0, 10).map((m) => m.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d.messages[10]).toMatchObject({ code: "invalid-utf8", line: null, message: "15 more invalid UTF-8 sequences on 15 more lines replaced with U+FFFD" });
  });
});

describe("decode: NUL and control characters", () => {
  it.each<[string, Uint8Array, string, number]>([
    ["NUL inside words", bytes("Pa", [0], "ris is the capital of France.\nLy", [0], "on is its third city."), "Paris is the capital of France.\nLyon is its third city.", 1],
    ["a unit separator between words", bytes("one\ntwo", [0x1f], "three"), "one\ntwo three", 2],
    ["bell, backspace and DEL", bytes("Sirens\nin the city\nthe alarm", [0x07], [0x08], "ed", [0x7f], " residents at night"), "Sirens\nin the city\nthe alarm  ed residents at night", 3],
    ["terminal color codes", bytes("\u001b[1;31mBreaking\u001b[0m: floods"), "Breaking: floods", 1],
    ["C1 controls of mojibake", bytes("price\u0085 rose"), "price rose", 1],
  ])("removes %s, with a warning naming the first line", (_name, input, text, line) => {
    const d = decode(input);
    expect(d.text).toBe(text);
    expect(d.messages).toEqual([{ severity: "warning", code: "control-characters", message: expect.stringMatching(/removed/), line }]);
  });

  it("keeps tabs, form feeds and vertical tabs, which are whitespace", () => {
    const d = decode(bytes("a\tb\fc\vd\n"));
    expect(d.text).toBe("a\tb\fc\vd\n");
    expect(d.messages).toEqual([]);
  });

  it("ignores NUL padding at the end of a file, with a warning", () => {
    const d = decode(bytes("Council approves plan.\n", new Array(5000).fill(0)));
    expect(d.text).toBe("Council approves plan.\n");
    expect(codes(d)).toEqual(["nul-padding"]);
  });
});

describe("decode: not text", () => {
  it.each<[string, Uint8Array, RegExp]>([
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR"), /PNG image/],
    ["PDF", bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), /PDF document/],
    ["gzip", bytes([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03], "x"), /gzip archive/],
    ["zip", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0], "word/document.xml"), /zip archive/],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), /JPEG image/],
    ["GIF", bytes("GIF89a", [1, 0, 1, 0, 0x80, 0, 0]), /GIF image/],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), /WebP image/],
    ["ELF", bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), /ELF/],
    ["SQLite", bytes("SQLite format 3", [0, 0x10, 0]), /SQLite/],
    ["bzip2", bytes("BZh91AY&SY", [0x5c, 0x3f, 0x0e, 0x9a]), /bzip2/],
    ["unknown format full of NULs", bytes("HDR", new Array(200).fill(0), "x", [1, 2, 3]), /NUL bytes/],
    ["random bytes", Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24), /NUL bytes|control bytes/],
    ["unknown format full of control bytes", bytes(...Array.from({ length: 50 }, () => [0x01, 0x02, 0x41, 0x03, 0x42])), /control bytes/],
  ])("refuses a %s file as binary", (_name, input, what) => {
    expect(() => decode(input)).toThrow(InputError);
    expect(() => decode(input)).toThrow(/^binary file \(.+\), not a text or HTML scrape$/);
    expect(() => decode(input)).toThrow(what);
  });

  it.each([
    "PK is the abbreviation of the party.",
    "GIF images were shared widely.",
    "%PDF without a dash is not a PDF header",
    "RIFF raids: the police said 12 were arrested.",
    "ELF is an acronym here.",
    "BZh is not a bzip2 header without its block magic.",
  ])("reads %j as text", (s) => {
    expect(decode(bytes(s)).text).toBe(s);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["an empty file", bytes(""), /empty/],
    ["a whitespace-only file", bytes(" \n\t\r\n  "), /only whitespace/],
    ["a BOM alone", bytes([0xef, 0xbb, 0xbf]), /only whitespace/],
  ])("reads %s as no text, with a warning", (_name, input, message) => {
    const d = decode(input);
    expect(d.text).toBe("");
    expect(d.messages).toEqual([{ severity: "warning", code: "empty-file", message: expect.stringMatching(message), line: null }]);
  });
});

describe("decode: the charset an HTML page declares", () => {
  const page = (head: string, ...body: Array<string | number[]>): Uint8Array => bytes(`<!DOCTYPE html>\n<html><head>${head}</head><body><p>`, ...body, "</p></body></html>");

  it.each<[string, Uint8Array, string, string]>([
    ["<meta charset> windows-1251", page('<meta charset="windows-1251">', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), "Привет", "windows-1251"],
    ["http-equiv Content-Type iso-8859-1", page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "caf", [0xe9]), "café", "windows-1252"],
    ["content before http-equiv", page("<meta content='text/html; charset=iso-8859-2' http-equiv='content-type'>", [0xb1]), "ą", "iso-8859-2"],
    ["unquoted Shift_JIS", page("<meta charset=Shift_JIS>", [0x93, 0xfa, 0x96, 0x7b]), "日本", "shift_jis"],
    ["an XML declaration", bytes('<?xml version="1.0" encoding="ISO-8859-15"?>\n<html><body><p>', [0xa4], "5</p></body></html>"), "€5", "iso-8859-15"],
    ["after a long inline script", page(`<script>${"var x = 1;\n".repeat(300)}</script><meta charset="koi8-r">`, [0xf0, 0xd2, 0xc1, 0xd7, 0xc4, 0xc1]), "Правда", "koi8-r"],
  ])("honours %s", (_name, input, word, encoding) => {
    const d = decode(input);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toContain(`<p>${word}</p>`);
    expect(d.messages).toEqual([]);
  });

  it("reads a page declared in a legacy charset whose bytes are UTF-8 as UTF-8, with an info message", () => {
    const d = decode(page('<meta charset="iso-8859-1">', "Zürich — “no”"));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("<p>Zürich — “no”</p>");
    expect(codes(d)).toEqual(["charset-mismatch"]);
  });

  it.each<[string, Uint8Array, string, string[]]>([
    ["no declaration, UTF-8", page("<title>t</title>", "Zürich"), "Zürich", []],
    ["no declaration, Windows-1252", page("<title>t</title>", "Z", [0xfc], "rich"), "Zürich", ["encoding-fallback"]],
    ["a declaration only inside a comment", page('<!-- <meta charset="koi8-r"> -->', "Zürich"), "Zürich", []],
    ["a declaration in the body", bytes("<html><head></head><body><meta charset=koi8-r><p>Zürich</p></body></html>"), "Zürich", []],
    ["a UTF-16 declaration in ASCII bytes", page('<meta charset="utf-16">', "Zürich"), "Zürich", []],
    ["a BOM, which wins over the declaration", bytes([0xef, 0xbb, 0xbf], '<html><head><meta charset="koi8-r"></head><body><p>Zürich</p></body></html>'), "Zürich", []],
    ["an unknown charset", page('<meta charset="x-klingon">', "Zürich"), "Zürich", ["unknown-charset"]],
  ])("falls back to UTF-8 for %s", (_name, input, word, messages) => {
    const d = decode(input);
    expect(d.text).toContain(`<p>${word}</p>`);
    expect(codes(d)).toEqual(messages);
  });

  it("reads a <meta charset> in plain text (not markup) as text", () => {
    const d = decode(bytes('How to set it: write <meta charset="koi8-r"> in the head. Zürich.'));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("Zürich");
  });

  it.each<[string, string | null]>([
    ['<html><head><meta charset="utf-8"></head>', "utf-8"],
    ['<html><head><meta name="description" content="about charset=koi8-r"><meta charset=latin1></head>', "latin1"],
    ["<html><head><meta http-equiv=refresh content='0; charset=koi8-r'></head>", null],
    ["<html><head><title>no declaration</title></head><body>", null],
    ["<html><head><meta charset", null],
  ])("declaredCharset(%j) is %j", (html, label) => {
    expect(declaredCharset(bytes(html))).toBe(label);
  });
});
