// The extractors' folders and their one direction of dependencies (docs/ARCHITECTURE.md): code
// outside a folder of src/extract/ imports only its index.ts, and no extractor imports another;
// what they share comes through the text layer.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..", "src");
const EXTRACT = join(SRC, "extract");
const SHARED = "text";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** Each relative import of a file, resolved to a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, ".ts")));
}

/** The extractor folder a path lies in (its first folder under src/extract/), or null. */
function folderOf(path: string): string | null {
  const rel = relative(EXTRACT, path);
  return rel.startsWith("..") || !rel.includes(sep) ? null : rel.split(sep)[0]!;
}

describe("layers", () => {
  const edges = sources(SRC).flatMap((file) => importsOf(file).map((target) => ({ file, target })));
  it("reads the imports of the source tree", () => {
    expect(edges.length).toBeGreaterThan(100);
  });
  it("enters an extractor's folder from outside only through its index.ts", () => {
    const bad = edges.filter(({ file, target }) => {
      const into = folderOf(target);
      return into !== null && folderOf(file) !== into && !target.endsWith(`${sep}${into}${sep}index.ts`);
    });
    expect(bad.map(({ file, target }) => `${relative(SRC, file)} -> ${relative(SRC, target)}`)).toEqual([]);
  });
  it("has no extractor import another, only the shared text layer", () => {
    const bad = edges.filter(({ file, target }) => {
      const [from, into] = [folderOf(file), folderOf(target)];
      return from !== null && into !== null && from !== into && into !== SHARED;
    });
    expect(bad.map(({ file, target }) => `${relative(SRC, file)} -> ${relative(SRC, target)}`)).toEqual([]);
  });
});
