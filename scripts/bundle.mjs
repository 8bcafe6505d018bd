// The second build step: bundles the compiled modules (build/) and the dependencies they import
// into dist/, so `corpus` loads a few files instead of some four hundred (start-up is mostly
// module loading). Chunks sit directly in dist/, one folder below the package root like the
// compiled modules, so both find data/ the same way. Packages loaded at run time with require
// (cheerio, the name and country lists) stay in node_modules.
import { chmodSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");

rmSync(join(ROOT, "dist"), { recursive: true, force: true });
await build({
  cwd: ROOT,
  input: { cli: join(ROOT, "build", "cli.js"), worker: join(ROOT, "build", "corpus", "worker.js") },
  platform: "node",
  logLevel: "warn",
  output: { dir: join(ROOT, "dist"), format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});
// The command is run directly (`npx corpus`, a global install): it must be executable.
chmodSync(join(ROOT, "dist", "cli.js"), 0o755);
