// Regenerates countries.json: from the world-countries package, only what the entity lexicon reads
// (common and official names, alternative spellings, capitals, English demonyms). The package's
// full file is 600 KB of JSON whose parse would cost milliseconds of start-up on every run.
//   node data/build-countries.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = JSON.parse(readFileSync(require.resolve("world-countries/dist/countries-unescaped.json"), "utf8"));
const rows = countries.map((c) => ({
  name: { common: c.name.common, official: c.name.official },
  altSpellings: c.altSpellings,
  capital: c.capital,
  ...(c.demonyms?.eng ? { demonyms: { eng: { m: c.demonyms.eng.m, f: c.demonyms.eng.f } } } : {}),
}));
writeFileSync(new URL("./countries.json", import.meta.url), `${JSON.stringify(rows)}\n`);
console.error(`${rows.length} countries`);
