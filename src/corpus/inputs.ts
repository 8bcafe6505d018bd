// Input discovery: the files a corpus run reads, from files, folders (walked depth-first, each
// folder's entries in name order) and "-" for standard input. The walk is lazy and keeps only
// the folders it has entered, so memory does not grow with the number of files; every folder is
// entered once, so a symbolic link loop or a folder given twice ends instead of repeating.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { inputErrorOf } from "../input/read.js";

export const DEFAULT_EXTENSIONS = ["txt", "html", "htm"];

/** A path to analyze, or one that already failed (a folder that cannot be read, a missing file). */
export interface Input {
  path: string;
  error?: { code: string; message: string };
}

/** "txt", ".TXT" -> "txt". */
export const normalizeExtension = (ext: string): string => ext.trim().replace(/^\./, "").toLowerCase();

/** Files, folders (recursive, sorted) and "-", as the paths a run reads in order. */
export async function listInputs(paths: string[], opts: { ext: string[] }): Promise<string[]> {
  return (await discoverInputs(paths, opts)).map((i) => i.path);
}

/** Like listInputs, with the reason for each path that cannot be read. */
export async function discoverInputs(paths: string[], opts: { ext: string[] }): Promise<Input[]> {
  const out: Input[] = [];
  for await (const input of walkInputs(paths, opts)) out.push(input);
  return out;
}

/** The inputs one at a time, in order, as the walk reaches them. */
export async function* walkInputs(paths: string[], opts: { ext: string[] }): AsyncGenerator<Input> {
  const walker = new Walker(opts.ext, await folderArguments(paths));
  for (const path of paths) {
    // "-" is standard input; it is read once, where it stands in the list.
    if (path === "-") yield { path };
    else yield* walker.inputsOf(path);
  }
}

const failed = (path: string, e: unknown): Input => {
  const error = inputErrorOf(e);
  return { path, error: { code: error.code, message: error.message } };
};

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Real paths of the folders given as arguments: the files under them are listed by their walk. */
async function folderArguments(paths: string[]): Promise<string[]> {
  const folders: string[] = [];
  for (const path of paths) {
    if (path === "-") continue;
    const real = await realpath(path).catch(() => null);
    if (real && (await stat(real).then((s) => s.isDirectory(), () => false))) folders.push(real);
  }
  return folders;
}

class Walker {
  private readonly extensions: Set<string>;
  /** Real paths of the folders entered so far. */
  private readonly folders = new Set<string>();
  /** Real paths of the files listed by name or through a link (few): a walk must not list them again. */
  private readonly named = new Set<string>();

  constructor(
    ext: string[],
    private readonly roots: string[],
  ) {
    this.extensions = new Set(ext.map(normalizeExtension));
  }

  /** A path given on the command line: a file is taken whatever its extension, a folder is walked. */
  async *inputsOf(path: string): AsyncGenerator<Input> {
    let real: string;
    let folder: boolean;
    try {
      folder = (await stat(path)).isDirectory();
      real = await realpath(path);
    } catch (e) {
      yield failed(path, e);
      return;
    }
    if (folder) yield* this.walk(path, real);
    // A folder argument walked before this one has listed the file already; one walked after will skip it.
    else if (!this.named.has(real) && !this.walkLists(real, (root) => this.folders.has(root))) {
      this.named.add(real);
      yield { path };
    }
  }

  private async *walk(dir: string, realDir: string): AsyncGenerator<Input> {
    if (this.folders.has(realDir)) return;
    this.folders.add(realDir);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      yield failed(dir, e);
      return;
    }
    // Sorted by code unit: the same order on every machine, whatever its locale.
    for (const entry of entries.sort(byName)) {
      // Hidden entries are version-control, editor and system folders, not scrapes.
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* this.walk(path, join(realDir, entry.name));
      else if (entry.isFile()) {
        if (this.wanted(entry.name) && (this.named.size === 0 || !this.named.has(join(realDir, entry.name)))) yield { path };
      } else if (entry.isSymbolicLink()) yield* this.followLink(path, entry.name);
      // Sockets, FIFOs and devices inside a folder are never scrapes (and a FIFO would block).
    }
  }

  /** A symbolic link inside a folder: a folder to walk, or a file unless a walk lists it anyway. */
  private async *followLink(path: string, name: string): AsyncGenerator<Input> {
    let real: string;
    let folder: boolean;
    try {
      const info = await stat(path);
      if (!info.isDirectory() && !(info.isFile() && this.wanted(name))) return;
      folder = info.isDirectory();
      real = await realpath(path);
    } catch (e) {
      // A dangling link named like a scrape is reported, so a missing page does not go unnoticed.
      if (this.wanted(name)) yield failed(path, e);
      return;
    }
    if (folder) yield* this.walk(path, real);
    else if (!this.named.has(real) && !this.walkLists(real, () => true)) {
      this.named.add(real);
      yield { path };
    }
  }

  /** Whether the walk of a folder argument (among those `counted`) lists this file: under it, not hidden, a wanted name. */
  private walkLists(real: string, counted: (root: string) => boolean): boolean {
    return this.roots.some((root) => {
      if (!counted(root)) return false;
      const rel = relative(root, real);
      if (rel === "" || rel.startsWith("..")) return false;
      const parts = rel.split(sep);
      return parts.every((p) => !p.startsWith(".")) && this.wanted(parts.at(-1)!);
    });
  }

  private wanted(name: string): boolean {
    const dot = name.lastIndexOf(".");
    return dot > 0 && this.extensions.has(name.slice(dot + 1).toLowerCase());
  }
}
