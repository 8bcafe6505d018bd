// The last build step: runs the bundled command (dist/command.cjs) on the warm-up pages, as text
// and as HTML, in JSON and in text, and writes the bytecode V8 compiled meanwhile beside it
// (dist/command.cjs.cache) for the installed command to load instead of compiling. A fresh
// process with the command's V8 flags: V8 takes a cache only where its version and flags match.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundle, writeCache } from "../build/code-cache.js";
import { WARM_UP_PAGES } from "../build/corpus/warm-up-pages.js";
import { compileRegexpsOnce, restoreFlags } from "../build/v8-flags.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const BUNDLE = join(ROOT, "dist", "command.cjs");

compileRegexpsOnce();
const loaded = loadBundle(BUNDLE, false);
const dir = mkdtempSync(join(tmpdir(), "corpus-code-cache-"));
const discard = { write: () => true, isTTY: false };
try {
  for (const page of WARM_UP_PAGES) {
    const file = join(dir, page.path);
    writeFileSync(file, page.text);
    for (const format of ["json", "text"]) {
      const code = await loaded.exports.execute(["analyze", file, "--format", format], { stdout: discard, stderr: process.stderr, stdin: process.stdin, env: {} });
      if (code !== 0) throw new Error(`corpus analyze ${page.path} --format ${format} exited ${code}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Each run above analyzed one page with the flags of a short run; the cache must carry the flags the command loads it with.
restoreFlags();
writeCache(BUNDLE, loaded);
