// Regenerates common-words.json: the lowercase words of natural's Brill lexicon whose most
// frequent tag is not a proper noun. A capitalized word whose lowercase form is listed is
// capitalized by position (sentence start, headline), not because it names something.
//   node data/build-common-words.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lexicon = JSON.parse(readFileSync(require.resolve("natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json"), "utf8"));
const words = Object.entries(lexicon)
  // Hyphenated entries never match: the tokenizer splits lowercase compounds at the hyphen.
  .filter(([w, tags]) => /^[a-z][a-z']*$/.test(w) && !/^NNPS?$/.test(tags[0]))
  .map(([w]) => w)
  .sort();
writeFileSync(new URL("./common-words.json", import.meta.url), JSON.stringify(words) + "\n");
console.error(`${words.length} words`);
