// Regenerates background-df.json: in how many articles of a corpus each content word occurs,
// the document frequencies the keyword and summary extractor adds to each page's own.
//   npm run build && node data/build-background-df.mjs [pages...]   (default: the fixtures' pages)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../dist/analyze.js";
import { articleBody } from "../dist/summary/article-key.js";
import { terms } from "../dist/extract/keywords.js";

const root = new URL("..", import.meta.url).pathname;
// The fixtures' pages, not their expected outputs.
const fixturePages = () => readdirSync(join(root, "fixtures"), { recursive: true }).filter((f) => /\.(txt|html?)$/.test(f) && !f.startsWith("expected")).sort().map((f) => join(root, "fixtures", f));
const pages = process.argv.length > 2 ? process.argv.slice(2) : fixturePages();
const df = new Map();
let documents = 0;
const seen = new Set();
for (const path of pages) {
  for (const article of analyze(readFileSync(path), { path }).articles) {
    const body = articleBody(article);
    // An item printed on several pages is one document.
    if (seen.has(body)) continue;
    seen.add(body);
    documents++;
    for (const t of new Set(terms(body))) df.set(t, (df.get(t) ?? 0) + 1);
  }
}
const sorted = Object.fromEntries([...df].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
writeFileSync(new URL("./background-df.json", import.meta.url), `${JSON.stringify({ documents, df: sorted })}\n`);
console.error(`${documents} documents, ${df.size} terms`);
