// The second build step: bundles the compiled modules (build/) and the dependencies they import
// into dist/, so `corpus` loads a few files instead of some four hundred (start-up is mostly
// module loading and compiling). The library entry (index.js) and the corpus worker are ES
// modules with shared chunks; the command is one CommonJS script (command.cjs), which dist/cli.js
// runs with the code V8 compiled for it on the warm-up pages (command.cjs.cache, written last by
// scripts/code-cache.mjs; see src/code-cache.ts). Chunks sit directly in dist/, one folder below
// the package root like the compiled modules, so both find data/ the same way. Packages loaded at
// run time with require (cheerio, chrono-node's other locales, eld) stay in node_modules. The
// library's type declarations (dist/types/) are those tsc generated for the modules the library
// entry reaches.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");

rmSync(join(ROOT, "dist"), { recursive: true, force: true });
await build({
  cwd: ROOT,
  input: { cli: join(ROOT, "build", "bin.js"), index: join(ROOT, "build", "index.js"), worker: join(ROOT, "build", "corpus", "worker.js") },
  platform: "node",
  logLevel: "warn",
  output: { dir: join(ROOT, "dist"), format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});
await build({
  cwd: ROOT,
  input: { command: join(ROOT, "build", "cli.js") },
  platform: "node",
  logLevel: "warn",
  // A script has no import.meta: the loader passes its own resolve (src/code-cache.ts).
  transform: { define: { "import.meta.resolve": "importMetaResolve" } },
  // Plain ASCII without doc comments: the command reads, hashes and compiles a smaller source, and
  // V8 keeps it in one byte a character (one non-ASCII character makes the whole text two-byte).
  output: { dir: join(ROOT, "dist"), format: "cjs", entryFileNames: "[name].cjs", codeSplitting: false, charset: "ascii", comments: { legal: true, annotation: true, jsdoc: false } },
});
// The command is run directly (`npx corpus`, a global install): it must be executable.
chmodSync(join(ROOT, "dist", "cli.js"), 0o755);
const cache = spawnSync(process.execPath, [join(ROOT, "scripts", "code-cache.mjs")], { stdio: "inherit" });
if (cache.status !== 0) throw new Error(`scripts/code-cache.mjs exited ${cache.status}`);

/** Copies a declaration file and, through their relative imports, every one it depends on. */
function copyDeclarations(file, from, to, seen = new Set()) {
  if (seen.has(file)) return;
  seen.add(file);
  const target = join(to, relative(from, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)) copyDeclarations(resolve(dirname(file), `${spec}.d.ts`), from, to, seen);
}
copyDeclarations(join(ROOT, "build", "index.d.ts"), join(ROOT, "build"), join(ROOT, "dist", "types"));
