// What the benchmark times: corpus's extractors and parsers (the compiled modules in build/), the peer
// libraries a user would pick instead, and the hostile inputs of the linear-time check. Each
// target is `prepare(text) -> state` (untimed: what the caller would already have) and
// `run(state)` (timed), called exactly as src/analyze.ts calls it.
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
/** The build measured: a snapshot the benchmark makes (see bench.mjs), else the project's own. */
export const BUILD = process.env.CORPUS_BENCH_BUILD ?? ROOT;
// A fixed reference instant, so relative dates resolve the same way in every run.
export const REF = new Date("2025-06-21T12:00:00Z");

const compiled = (path) => import(pathToFileURL(join(BUILD, "build", path)).href);

/** corpus's own targets, by name. */
export async function corpusTargets() {
  const [{ readText }, { extractQuotes, findQuotations }, { extractEntities }, { extractFigures }, { extractDates }, { parseText }, { parseHtml }, { analyze }, { formatJson }] = await Promise.all([
    compiled("extract/text/index.js"),
    compiled("extract/quotes/index.js"),
    compiled("extract/entities/index.js"),
    compiled("extract/figures/index.js"),
    compiled("extract/dates/index.js"),
    compiled("parse/text.js"),
    compiled("parse/html.js"),
    compiled("analyze.js"),
    compiled("report/json.js"),
  ]);
  return {
    quotes: { prepare: (text) => ({ text, entities: extractEntities(readText(text)) }), run: (s) => extractQuotes(s.text, findQuotations(s.text), s.entities) },
    entities: { prepare: (text) => text, run: (text) => extractEntities(readText(text)) },
    figures: { prepare: (text) => ({ text, dates: extractDates(text, REF) }), run: (s) => extractFigures(s.text, s.dates) },
    dates: { prepare: (text) => text, run: (text) => extractDates(text, REF) },
    // The same work as compromise's people, places, organizations and quotations.
    "entities+quotes": { prepare: (text) => text, run: (text) => extractQuotes(text, findQuotations(text), extractEntities(readText(text))) },
    "text parser": { prepare: (text) => text, run: (text) => parseText(text) },
    "HTML parser": { prepare: (text) => text, run: (html) => parseHtml(html) },
    analyze: { prepare: (text) => Buffer.from(text), run: (bytes) => formatJson(analyze(bytes, { path: "bench", referenceDate: REF })) },
  };
}

/** The peers, by name; each loads only when asked for. */
export const PEERS = {
  async compromise() {
    const nlp = (await import("compromise")).default;
    return {
      prepare: (text) => text,
      run: (text) => {
        const doc = nlp(text);
        return [doc.people().out("array"), doc.places().out("array"), doc.organizations().out("array"), doc.quotations().out("array")];
      },
    };
  },
  async "wink-nlp"() {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const nlp = winkNLP(model);
    return { prepare: (text) => text, run: (text) => nlp.readDoc(text).entities().out() };
  },
  async "chrono-node"() {
    const chrono = await import("chrono-node");
    return { prepare: (text) => text, run: (text) => chrono.parse(text, REF) };
  },
  async readability() {
    const { Readability } = await import("@mozilla/readability");
    const { parseHTML } = await import("linkedom");
    return { prepare: (html) => html, run: (html) => new Readability(parseHTML(html).document).parse() };
  },
};

// ---- hostile inputs: each `make(units)` builds the input; `full` is the size the robustness
// tests name (1 MB on one line, 100,000 capitalized words, 10,000 levels ...): the larger of the
// two inputs the linear-time check compares, the smaller being a quarter of it.

const SENTENCE = "The minister said on Monday that 3.8 billion euros would go to Kyiv, according to officials. ";
const capitalized = (i) => `${"BCDFGHKLMNPRSTVWZ"[i % 17]}${"aeiou"[(i * 7) % 5]}${"lmnrst"[(i * 11) % 6]}${"aeio"[(i * 13) % 4]}${i % 3 ? "n" : ""}`;

export const HOSTILE = {
  "1 MB on one line": { full: 1 << 20, unit: "chars", make: (n) => SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n) },
  "quote marks": { full: 1 << 20, unit: "chars", make: (n) => Array.from({ length: n }, (_, i) => "\"'“”‘’«»"[(i * 5) % 8]).join("") },
  "quoted words": { full: 1 << 20, unit: "chars", make: (n) => Array.from({ length: Math.ceil(n / 6) }, (_, i) => ['"A', "said", "“B", "C's", "”", "‘D"][i % 6]).join(" ").slice(0, n) },
  "capitalized words": { full: 100_000, unit: "words", make: (n) => Array.from({ length: n }, (_, i) => capitalized(i)).join(" ") },
  digits: { full: 100_000, unit: "digits", make: (n) => "1234567890".repeat(Math.ceil(n / 10)).slice(0, n) },
  "nested HTML": { full: 10_000, unit: "levels", make: (n) => `<!DOCTYPE html><html><head><title>Deep</title></head><body>${"<div>".repeat(n)}<p>${SENTENCE}</p>` },
  "scripts only": { full: 2_000, unit: "scripts", make: (n) => `<!DOCTYPE html><html><head></head><body>${'<script>var s = "the minister said"; document.write("<p>" + s + "</p>");</script>\n'.repeat(n)}</body></html>` },
};
