// Input discovery and bounded reading: folders walked once each (symlink loops included), files
// filtered by extension, odd names kept, unreadable paths reported, sizes capped.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_EXTENSIONS, discoverInputs, listInputs } from "../src/corpus/inputs.js";
import { readFileBounded, readInput } from "../src/input/read.js";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path -> content). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "corpus-inputs-"));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const rel = (root: string, paths: string[]): string[] => paths.map((p) => (p.startsWith(root) ? p.slice(root.length + 1) : p));
const opts = { ext: DEFAULT_EXTENSIONS };

describe("listInputs", () => {
  it.each([
    ["walks folders depth-first, each folder's entries in name order", { "b.txt": "x", "a/z.html": "x", "a/b/c.htm": "x", "a.txt": "x" }, ["a/b/c.htm", "a/z.html", "a.txt", "b.txt"]],
    ["takes .txt, .html and .htm by default, in any case", { "a.TXT": "x", "b.Html": "x", "c.md": "x", "d.json": "x", "e": "x" }, ["a.TXT", "b.Html"]],
    ["skips hidden files and folders", { ".git/x.txt": "x", ".hidden.txt": "x", "kept.txt": "x" }, ["kept.txt"]],
    // Sorted by code unit, the same on every machine whatever its locale.
    ["keeps names with spaces, newlines and non-ASCII characters", { "with space.txt": "x", "new\nline.txt": "x", "Zürich – 東京.txt": "x" }, ["Zürich – 東京.txt", "new\nline.txt", "with space.txt"]],
    // Negative cases: folders that hold no scrape.
    ["finds nothing in a folder of other files", { "notes.md": "x", "image.png": "x", "sub/data.json": "x" }, []],
    ["finds nothing in an empty folder tree", { "a/b/.keep": "" }, []],
  ])("%s", async (_, files, expected) => {
    const root = tree(files);
    expect(rel(root, await listInputs([root], opts))).toEqual(expected);
  });

  it("--ext replaces the extensions, with or without a dot", async () => {
    const root = tree({ "a.md": "x", "b.txt": "x", "c.MARKDOWN": "x" });
    expect(rel(root, await listInputs([root], { ext: [".md", "markdown"] }))).toEqual(["a.md", "c.MARKDOWN"]);
  });

  it("takes a file named directly whatever its extension, and keeps the order of the arguments", async () => {
    const root = tree({ "page.scrape": "x", "dir/b.txt": "x", "dir/a.txt": "x" });
    expect(rel(root, await listInputs([join(root, "page.scrape"), "-", join(root, "dir")], opts))).toEqual(["page.scrape", "-", "dir/a.txt", "dir/b.txt"]);
  });

  it("lists a file or folder reached twice only once", async () => {
    const root = tree({ "dir/a.txt": "x", "dir/sub/b.txt": "x" });
    symlinkSync(join(root, "dir", "a.txt"), join(root, "dir", "alias.txt"));
    const paths = await listInputs([join(root, "dir", "a.txt"), join(root, "dir"), join(root, "dir", "sub")], opts);
    expect(rel(root, paths)).toEqual(["dir/a.txt", "dir/sub/b.txt"]);
  });

  it("lists a file once whether it is named before or after its folder, or linked from another folder", async () => {
    const root = tree({ "x/a.txt": "x", "y/real.txt": "x", "y/b.txt": "x" });
    symlinkSync(join(root, "y", "real.txt"), join(root, "x", "link.txt"));
    const x = join(root, "x");
    const y = join(root, "y");
    expect(rel(root, await listInputs([x, y], opts))).toEqual(["x/a.txt", "y/b.txt", "y/real.txt"]);
    expect(rel(root, await listInputs([join(y, "real.txt"), y], opts))).toEqual(["y/real.txt", "y/b.txt"]);
    expect(rel(root, await listInputs([y, join(y, "real.txt")], opts))).toEqual(["y/b.txt", "y/real.txt"]);
    // Linked from a folder whose walk does not reach the target, the link is the file's one listing.
    expect(rel(root, await listInputs([x], opts))).toEqual(["x/a.txt", "x/link.txt"]);
  });

  it("ends on a symbolic link loop and follows links to folders outside", async () => {
    const root = tree({ "corpus/a.txt": "x", "elsewhere/b.txt": "x" });
    symlinkSync(join(root, "corpus"), join(root, "corpus", "loop"));
    symlinkSync("..", join(root, "corpus", "up"));
    symlinkSync(join(root, "elsewhere"), join(root, "corpus", "more"));
    const paths = await listInputs([join(root, "corpus")], opts);
    // "up" leads to the parent folder, which holds elsewhere/ as well: each file comes once.
    expect(new Set(rel(root, paths)).size).toBe(paths.length);
    expect(rel(root, paths)).toContain("corpus/a.txt");
    expect(paths.filter((p) => p.endsWith("b.txt"))).toHaveLength(1);
    expect(paths.some((p) => p.includes("loop"))).toBe(false);
  });

  it("skips a FIFO inside a folder instead of blocking on it", async () => {
    const root = tree({ "a.txt": "x" });
    if (spawnSync("mkfifo", [join(root, "pipe.txt")]).status !== 0) return;
    expect(rel(root, await listInputs([root], opts))).toEqual(["a.txt"]);
  });
});

describe("discoverInputs errors", () => {
  it("reports a missing path and a dangling link named like a scrape", async () => {
    const root = tree({ "a.txt": "x" });
    symlinkSync(join(root, "gone.txt"), join(root, "dangling.txt"));
    symlinkSync(join(root, "gone.png"), join(root, "dangling.png"));
    const inputs = await discoverInputs([join(root, "missing.txt"), root], opts);
    expect(inputs.map((i) => [rel(root, [i.path])[0], i.error?.code ?? null])).toEqual([
      ["missing.txt", "ENOENT"],
      ["a.txt", null],
      ["dangling.txt", "ENOENT"],
    ]);
    expect(inputs[0]!.error!.message).toBe("no such file");
  });

  it("reports a folder that cannot be read and lists the rest", async () => {
    const root = tree({ "open/a.txt": "x", "closed/b.txt": "x" });
    chmodSync(join(root, "closed"), 0o000);
    try {
      const inputs = await discoverInputs([root], opts);
      const closed = inputs.find((i) => i.path.endsWith("closed"));
      // The superuser reads any folder; elsewhere the folder is an error and its files are not listed.
      if (process.getuid?.() === 0) expect(closed).toBeUndefined();
      else expect(closed?.error).toEqual({ code: "EACCES", message: "permission denied" });
      expect(inputs.some((i) => i.path.endsWith("a.txt"))).toBe(true);
    } finally {
      chmodSync(join(root, "closed"), 0o755);
    }
  });
});

describe("reading with a size limit", () => {
  it("reads a file at the limit and refuses one byte more, saying by how much", async () => {
    const root = tree({ "ok.txt": "x".repeat(1000), "big.txt": "x".repeat(3 * 1024 * 1024 + 1) });
    expect(readFileBounded(join(root, "ok.txt"), 1000).length).toBe(1000);
    expect(() => readFileBounded(join(root, "ok.txt"), 999)).toThrow(expect.objectContaining({ code: "too-large", message: "1000 bytes, above the 999 bytes limit (raise it with --max-bytes)" }));
    expect(() => readFileBounded(join(root, "big.txt"), 2 * 1024 * 1024)).toThrow(expect.objectContaining({ code: "too-large", message: "3 MiB, above the 2 MiB limit (raise it with --max-bytes)" }));
  });

  it("stops reading an endless device at the limit", async () => {
    expect(() => readFileBounded("/dev/zero", 100_000)).toThrow(expect.objectContaining({ code: "too-large", message: expect.stringMatching(/more than 97.7 KiB/) }));
  });

  it.each([
    ["a missing file", (root: string) => join(root, "none.txt"), "ENOENT", "no such file"],
    ["a folder", (root: string) => root, "EISDIR", "is a directory, not a file"],
    ["a path through a file", (root: string) => join(root, "a.txt", "b.txt"), "ENOTDIR", "a part of the path is not a directory"],
  ])("turns %s into a one-line input error", async (_, pathOf, code, message) => {
    const root = tree({ "a.txt": "x" });
    expect(() => readFileBounded(pathOf(root))).toThrow(expect.objectContaining({ code, message }));
  });

  it("reads standard input up to the limit", async () => {
    expect(Buffer.from(await readInput("-", Readable.from([Buffer.from("abc"), Buffer.from("def")]), 6)).toString()).toBe("abcdef");
    await expect(readInput("-", Readable.from([Buffer.from("abc"), Buffer.from("defg")]), 6)).rejects.toMatchObject({ code: "too-large" });
    expect((await readInput("-", Readable.from([]), 6)).length).toBe(0);
  });
});
