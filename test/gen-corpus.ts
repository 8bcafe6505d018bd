// Generates a corpus of a few thousand scrapes from the fixtures, each varied so no two leads are
// alike, some with planted faults whose rule and line are recorded: damaged encodings (mojibake,
// an invalid byte, a control character), furniture left inside an article (a line between two
// paragraphs, a marker glued to a sentence), a truncated last article, exact copies of earlier
// files, empty and binary files. Tests check that `corpus check` reports exactly these.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/analyze.js";
import { prng } from "../scripts/generate-scrapes.mjs";
import { FIXTURES } from "./helpers.js";

export interface PlantedFault {
  rule: string;
  /** 1-based line in the generated file, or null for the whole file. */
  line: number | null;
}

export interface GeneratedFile {
  path: string;
  faults: PlantedFault[];
}

export interface GenerateOptions {
  files: number;
  seed?: number;
  /** Files per sub-folder, so the corpus is read recursively. */
  perFolder?: number;
}

// Fixtures without faults of their own: every finding on a generated file is a planted one.
const BASES = ["daily8-drones.txt", "hashtag-listing.txt", "lead-only-crlf-bom.txt", "top-of-page.txt"];
// Known furniture that is not a related-section seam, so the article goes on after it.
const FURNITURE_LINES = ["Advertisement", "Share this article", "Subscribe now", "Follow us on Twitter"];
const GLUED = "Advertisement";
const PLACEHOLDER_INVALID_BYTE = "\uE000";

interface Base {
  name: string;
  lines: string[];
  /** 0-based indexes of body paragraph lines, per article in page order. */
  bodies: number[][];
  /** 0-based index of the lead's first body line, or null for a page without a lead. */
  leadFirstBody: number | null;
  /** 0-based index of the lead's first line, or null. */
  leadLine: number | null;
}

const SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "vas", "qo", "ze", "bri", "nal", "sor", "pe", "dun", "fi", "gat", "hu"];

/** A lowercase made-up word unique to n: a variation no extractor reads as a name or number. */
function wordOf(n: number): string {
  let w = "";
  let k = n + SYLLABLES.length;
  while (k > 0) {
    w += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  }
  return w;
}

function loadBase(name: string): Base {
  const text = readFileSync(join(FIXTURES, name), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\r|\n/);
  const report = analyze(Buffer.from(text), { path: name });
  const bodies = report.articles.map((a) => {
    const paragraphs = a.text.split("\n").slice((a.title ? 1 : 0) + (a.published ? 1 : 0));
    const found: number[] = [];
    let from = a.line - 1;
    for (const p of paragraphs) {
      const i = lines.findIndex((l, j) => j >= from && l.trim() === p.trim());
      if (i < 0) throw new Error(`${name}: paragraph not found in the source`);
      found.push(i);
      from = i + 1;
    }
    return found;
  });
  const lead = report.articles.findIndex((a) => a.role === "lead");
  return { name, lines, bodies, leadFirstBody: lead >= 0 ? (bodies[lead]![0] ?? null) : null, leadLine: lead >= 0 ? report.articles[lead]!.line - 1 : null };
}

const afterFirstWord = (line: string, insert: string): string => {
  const i = line.indexOf(" ");
  return i < 0 ? `${line}${insert}` : `${line.slice(0, i)}${insert}${line.slice(i)}`;
};

/** Writes the corpus under `dir` and returns every file with its planted faults. */
export function generateCorpus(dir: string, options: GenerateOptions): GeneratedFile[] {
  const rand = prng(options.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const bases = BASES.map(loadBase);
  const perFolder = options.perFolder ?? 100;
  const out: GeneratedFile[] = [];
  const written = new Map<string, { bytes: Buffer; faults: PlantedFault[]; leadLine: number | null }>();

  for (let n = 0; n < options.files; n++) {
    const folder = join(dir, `batch-${String(Math.floor(n / perFolder)).padStart(3, "0")}`);
    mkdirSync(folder, { recursive: true });
    const roll = rand();
    const folderFiles = [...written].filter(([p]) => p.startsWith(`${folder}/page-`));

    // An exact copy of an earlier file of the same folder, named to sort after it.
    if (roll < 0.04 && folderFiles.length) {
      const [, original] = pick(folderFiles);
      const path = join(folder, `zz-copy-${String(n).padStart(5, "0")}.txt`);
      writeFileSync(path, original.bytes);
      const faults = [...original.faults];
      if (original.leadLine !== null) faults.push({ rule: "duplicate-article", line: original.leadLine + 1 });
      out.push({ path, faults });
      continue;
    }
    const path = join(folder, `page-${String(n).padStart(5, "0")}.txt`);
    if (roll < 0.05) {
      writeFileSync(path, "");
      out.push({ path, faults: [{ rule: "no-article", line: null }] });
      continue;
    }
    if (roll < 0.06) {
      writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
      out.push({ path, faults: [{ rule: "unreadable", line: null }] });
      continue;
    }

    const base = pick(bases);
    const lines = [...base.lines];
    const bodies = base.bodies.map((b) => [...b]);
    // Variation: a sentence with a word of its own in the lead (or the first item), so no two
    // files carry the same lead.
    const varied = base.leadFirstBody ?? bodies[0]![0]!;
    lines[varied] = `${lines[varied]!.trimEnd()} This copy carries the archive tag ${wordOf(n)}.`;
    const faults: PlantedFault[] = [];
    const shift = (from: number): void => bodies.forEach((b) => b.forEach((x, k) => (b[k] = x >= from ? x + 1 : x)));
    const used = new Set<number>();

    // A furniture line between two paragraphs of one article.
    if (rand() < 0.12) {
      const pairs = bodies.flatMap((b) => b.slice(1).filter((x, k) => x === b[k]! + 1));
      if (pairs.length) {
        const at = pick(pairs);
        lines.splice(at, 0, pick(FURNITURE_LINES));
        shift(at);
        faults.push({ rule: "furniture-leak", line: at + 1 });
        used.add(at);
      }
    }
    // The scrape cut off mid-word in the last article's last paragraph, the rest of the page lost.
    if (rand() < 0.1) {
      const lastBody = bodies[bodies.length - 1]!;
      const at = lastBody[lastBody.length - 1]!;
      const words = lines[at]!.trim().split(" ");
      // Keep enough words that the body is not also too short.
      const cutAt = words.findIndex((w, k) => k >= Math.max(24, Math.floor(words.length * 0.7)) && /^\p{Ll}{4,}/u.test(w));
      if (cutAt > 0 && at !== varied) {
        lines[at] = `${words.slice(0, cutAt).join(" ")} ${words[cutAt]!.slice(0, 3)}`;
        lines.splice(at + 1);
        faults.push({ rule: "truncated-article", line: at + 1 });
        used.add(at);
      }
    }
    const bodyLines = bodies.flat().filter((x) => x < lines.length && !used.has(x));
    const charFault = (rule: string, apply: (line: string) => string): void => {
      const free = bodyLines.filter((x) => !used.has(x));
      if (!free.length) return;
      const at = pick(free);
      lines[at] = apply(lines[at]!);
      used.add(at);
      faults.push({ rule, line: at + 1 });
    };
    if (rand() < 0.08) charFault("encoding", (l) => (/['’]/.test(l) ? l.replace(/['’]/, "â€™") : afterFirstWord(l, " â€”")));
    if (rand() < 0.06) charFault("encoding", (l) => afterFirstWord(l, "\u0007"));
    const invalidByte = rand() < 0.06;
    if (invalidByte) charFault("encoding", (l) => afterFirstWord(l, PLACEHOLDER_INVALID_BYTE));
    if (rand() < 0.06) {
      const glueable = bodyLines.filter((x) => !used.has(x) && /\p{Ll}[.!?]['"”’]?$/u.test(lines[x]!.trimEnd()));
      if (glueable.length) {
        const at = pick(glueable);
        lines[at] = `${lines[at]!.trimEnd()}${GLUED}`;
        used.add(at);
        faults.push({ rule: "furniture-leak", line: at + 1 });
      }
    }

    // Line ends and a byte-order mark vary without moving any line.
    const eol = rand() < 0.25 ? "\r\n" : "\n";
    const bom = rand() < 0.1 ? "\uFEFF" : "";
    let bytes = Buffer.from(bom + lines.join(eol), "utf8");
    if (invalidByte) bytes = replaceBytes(bytes, Buffer.from(PLACEHOLDER_INVALID_BYTE, "utf8"), Buffer.from([0xe9]));
    writeFileSync(path, bytes);
    faults.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    // Furniture goes in after a lead's first paragraph, so the lead's line does not move.
    written.set(path, { bytes, faults, leadLine: base.leadLine });
    out.push({ path, faults });
  }
  return out;
}

function replaceBytes(haystack: Buffer, needle: Buffer, by: Buffer): Buffer {
  const i = haystack.indexOf(needle);
  return i < 0 ? haystack : Buffer.concat([haystack.subarray(0, i), by, haystack.subarray(i + needle.length)]);
}
