import type { RawFinding, Rule } from "../types.js";

// A byte of a UTF-8 continuation (0x80-0xBF) as Windows-1252 shows it: Latin-1 for most, the
// typographic characters for 0x80-0x9F, and C1 controls for the five unassigned bytes.
const CONT = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
// UTF-8 read as Windows-1252: a lead byte shown as Â-ß followed by one continuation ("Ã©"), or
// à-ï followed by two ("â€™"); real text almost never pairs these letters with those symbols.
// "â€" alone is the start of a punctuation mark whose last byte was a control the decoder dropped.
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|\\u00E2\\u20AC`, "u");
const REPLACEMENT = "\uFFFD";
// The decoder's messages about bytes it could not read as they stand. In HTML, bad bytes in the
// markup (an attribute, a script) never reach the text: only its articles are scanned, and only
// a whole-file fallback counts.
const DECODER_CODES = new Set(["encoding-fallback", "invalid-utf8", "control-characters"]);
const HTML_DECODER_CODES = new Set(["encoding-fallback"]);

/** What is wrong with one line's characters, with the column of the first occurrence, or null. */
export function badCharacters(line: string): { message: string; column: number } | null {
  const found: Array<{ message: string; column: number }> = [];
  const fffd = line.indexOf(REPLACEMENT);
  if (fffd >= 0) found.push({ message: "undecodable bytes (U+FFFD replacement character)", column: fffd + 1 });
  const moji = MOJIBAKE.exec(line);
  if (moji) found.push({ message: `mojibake "${moji[0]}" (UTF-8 text decoded as Windows-1252)`, column: moji.index + 1 });
  if (!found.length) return null;
  found.sort((a, b) => a.column - b.column);
  return { message: found.map((f) => f.message).join("; "), column: found[0]!.column };
}

export const encoding: Rule = {
  id: "encoding",
  description: "undecodable or mojibake text: invalid UTF-8, U+FFFD, UTF-8 read as Windows-1252, control characters",
  severity: "error",
  defaults: {},
  check: ({ report, lines }) => {
    const findings = new Map<number | null, RawFinding>();
    const codes = report.source.format === "html" ? HTML_DECODER_CODES : DECODER_CODES;
    for (const m of report.messages) {
      if (codes.has(m.code)) findings.set(m.line, { message: m.message, line: m.line });
    }
    if (lines && report.source.format === "text") {
      lines.forEach((text, i) => {
        const bad = badCharacters(text);
        // The decoder's own message on a line already says why its characters are bad.
        if (bad && !findings.has(i + 1)) findings.set(i + 1, { message: bad.message, line: i + 1, column: bad.column });
      });
    } else {
      // HTML: the articles' text is what matters; the line is where the bad characters stand in
      // the markup, else the article's.
      for (const a of report.articles) {
        const bad = badCharacters(a.text);
        if (!bad) continue;
        const snippet = a.text.slice(bad.column - 1, bad.column + 2);
        const at = lines?.findIndex((l) => l.includes(snippet)) ?? -1;
        const line = at >= 0 ? at + 1 : a.line;
        if (!findings.has(line)) findings.set(line, { message: bad.message, line, column: at >= 0 ? lines![at]!.indexOf(snippet) + 1 : null });
      }
    }
    return [...findings.values()];
  },
};
