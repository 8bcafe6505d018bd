// Generates a corpus of scraped pages for tests and benchmarks: the project's fixtures, each copy
// with its numbers shifted so no two files are the same, in folders of 100 files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

/** Writes `count` pages under `dir` and returns their paths, in the order a folder walk lists them. */
export function generateCorpus(dir, count) {
  const pages = readdirSync(FIXTURES)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), "utf8") }));
  const paths = [];
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length];
    // Each digit moved by the file's number keeps the page's shape and makes its content unique.
    const text = page.text.replace(/\d/g, (d) => String((Number(d) + i) % 10));
    const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(4, "0")}`);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${String(i).padStart(6, "0")}-${page.name}`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error("usage: node scripts/generate-corpus.mjs DIR COUNT");
    process.exit(2);
  }
  console.log(`${generateCorpus(dir, Number(count)).length} files in ${dir}`);
}
