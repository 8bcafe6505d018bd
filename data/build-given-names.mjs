// Regenerates given-names.json: the human-names package's given names in six languages, by
// gender, in one file. Its twelve JSON files, each required on its own, cost milliseconds of
// start-up on every run; one file parsed once does not.
//   node data/build-given-names.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const LANGUAGES = ["en", "fr", "de", "es", "it", "nl"];
const read = (gender) => [...new Set(LANGUAGES.flatMap((l) => JSON.parse(readFileSync(require.resolve(`human-names/data/${gender}-human-names-${l}.json`), "utf8"))))].sort();
const names = { female: read("female"), male: read("male") };
writeFileSync(new URL("./given-names.json", import.meta.url), `${JSON.stringify(names)}\n`);
console.error(`${names.female.length} female, ${names.male.length} male given names`);
