// The second build step: bundles the compiled modules (build/) and the dependencies they import
// into dist/, so `corpus` loads a few files instead of some four hundred (start-up is mostly
// module loading). Chunks sit directly in dist/, one folder below the package root like the
// compiled modules, so both find data/ the same way. Packages loaded at run time with require
// (cheerio, the name and country lists) stay in node_modules. The library's type declarations
// (dist/types/) are those tsc generated for the modules the library entry reaches.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");

rmSync(join(ROOT, "dist"), { recursive: true, force: true });
await build({
  cwd: ROOT,
  input: { cli: join(ROOT, "build", "cli.js"), index: join(ROOT, "build", "index.js"), worker: join(ROOT, "build", "corpus", "worker.js") },
  platform: "node",
  logLevel: "warn",
  output: { dir: join(ROOT, "dist"), format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});
// The command is run directly (`npx corpus`, a global install): it must be executable.
chmodSync(join(ROOT, "dist", "cli.js"), 0o755);

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
