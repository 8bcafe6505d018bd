// Regenerates word-tags.tsv: natural's Brill lexicon as sorted "word<TAB>tags" lines, each
// word's Penn tags space-separated, most frequent first. Sorted plain text loads without parsing:
// src/extract/word-tags.ts looks words up by binary search.
//   node data/build-word-tags.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lexicon = JSON.parse(readFileSync(require.resolve("natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json"), "utf8"));
// Keys with tabs or line breaks cannot be stored in this format, and none is a word.
const rows = Object.entries(lexicon).filter(([word]) => !/[\t\n\r]/.test(word) && word.length > 0);
rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(new URL("./word-tags.tsv", import.meta.url), rows.map(([word, tags]) => `${word}\t${tags.join(" ")}`).join("\n") + "\n");
console.error(`${rows.length} words`);
