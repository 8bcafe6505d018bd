// Generates a corpus of scrapes from the pages in fixtures/, for the benchmark and the corpus
// tests: each file is a fixture page with its amounts redrawn and some of its names swapped for
// other names from the fixtures, so no two files are the same text while each keeps the shape of
// a real scrape (its dates and datelines stay as they were). Deterministic for a given seed.
//   node scripts/generate-scrapes.mjs DIR COUNT [SEED]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
// Files per sub-folder, as scrapers shard their output.
const PER_FOLDER = 1000;
// Share of capitalized words swapped: enough to vary the entities, not so many the page reads as noise.
const SWAP_SHARE = 0.3;

/** mulberry32: a small seeded generator, so the same seed gives the same corpus. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixture pages (plain text and HTML), in a stable order. */
export function fixturePages(dir = FIXTURES) {
  return (
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      // Expected outputs are not pages.
      .filter((f) => /\.(txt|html?)$/i.test(f) && !f.split("/").includes("expected"))
      .sort()
      .map((f) => ({ name: f, ext: extname(f), text: readFileSync(join(dir, f), "utf8") }))
  );
}

const CAPITALIZED = /\b\p{Lu}\p{Ll}{2,}\b/gu;
// Amounts of three or more digits outside dates and times ("2,300", "6,060"; not "12-03-2025").
const AMOUNT = /(?<![\d\-/:])\d{3,}(?![\d\-/:])/g;
const YEAR = /^(?:19|20)\d\d$/;
// Month and weekday names keep their place, so the dates of a page stay dates.
const CALENDAR = new Set(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/** One varied copy of a page. */
export function varyPage(text, names, random) {
  const digit = () => String(Math.floor(random() * 10));
  const redraw = (n) => (YEAR.test(n) ? n : String(1 + Math.floor(random() * 9)) + Array.from(n.slice(1), digit).join(""));
  const swap = (w) => (!CALENDAR.has(w) && random() < SWAP_SHARE ? names[Math.floor(random() * names.length)] : w);
  const vary = (s) => s.replace(AMOUNT, redraw).replace(CAPITALIZED, swap);
  // In HTML only the text between tags is varied, so markup and attributes stay as they were.
  return /^\s*</.test(text) ? text.replace(/>([^<]+)</g, (_, t) => `>${vary(t)}<`) : vary(text);
}

/** Writes `count` generated scrapes under dir; returns the folder, the paths and the total bytes. */
export function generateScrapes(dir, count, seed = 1) {
  const pages = fixturePages();
  if (pages.length === 0) throw new Error(`no fixture pages in ${FIXTURES}`);
  const names = [...new Set(pages.flatMap((p) => p.text.match(CAPITALIZED) ?? []))].filter((w) => !CALENDAR.has(w)).sort();
  const random = prng(seed);
  const paths = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length];
    const folder = join(dir, String(Math.floor(i / PER_FOLDER)).padStart(3, "0"));
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const path = join(folder, `page-${String(i).padStart(6, "0")}${page.ext}`);
    const data = Buffer.from(varyPage(page.text, names, random));
    writeFileSync(path, data);
    paths.push(path);
    bytes += data.length;
  }
  return { dir, paths, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    process.stderr.write("usage: node scripts/generate-scrapes.mjs DIR COUNT [SEED]\n");
    process.exit(2);
  }
  const { paths, bytes } = generateScrapes(resolve(dir), Number(count), Number(seed ?? 1));
  process.stdout.write(`${paths.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${resolve(dir)}\n`);
}
