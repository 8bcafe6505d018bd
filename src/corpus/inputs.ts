// Input discovery: the files a corpus run reads, from files, folders (walked recursively, each
// folder's files sorted) and "-" for standard input. Every file and folder is listed once, so a
// symbolic link loop or a folder given twice ends the walk instead of repeating it.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
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
  const walker = new Walker(opts.ext);
  const out: Input[] = [];
  for (const path of paths) {
    // "-" is standard input; it is read once, where it stands in the list.
    if (path === "-") out.push({ path });
    else out.push(...(await walker.inputsOf(path)));
  }
  return out;
}

const failed = (path: string, e: unknown): Input => {
  const error = inputErrorOf(e);
  return { path, error: { code: error.code, message: error.message } };
};

const byPath = (a: Input, b: Input): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

class Walker {
  private readonly extensions: Set<string>;
  /** Real paths of the files and folders listed so far. */
  private readonly seen = new Set<string>();

  constructor(ext: string[]) {
    this.extensions = new Set(ext.map(normalizeExtension));
  }

  /** A path given on the command line: a file is taken whatever its extension, a folder is walked. */
  async inputsOf(path: string): Promise<Input[]> {
    try {
      const info = await stat(path);
      const real = await realpath(path);
      if (!info.isDirectory()) return this.firstTime(real) ? [{ path }] : [];
      if (!this.firstTime(real)) return [];
      return (await this.walk(path, real)).sort(byPath);
    } catch (e) {
      return [failed(path, e)];
    }
  }

  private async walk(root: string, realRoot: string): Promise<Input[]> {
    const found: Input[] = [];
    const folders: Array<[string, string]> = [[root, realRoot]];
    for (let next = folders.pop(); next; next = folders.pop()) {
      const [dir, realDir] = next;
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (e) {
        found.push(failed(dir, e));
        continue;
      }
      for (const entry of entries) {
        // Hidden entries are version-control, editor and system folders, not scrapes.
        if (entry.name.startsWith(".")) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          const real = join(realDir, entry.name);
          if (this.firstTime(real)) folders.push([path, real]);
        } else if (entry.isFile()) {
          if (this.wanted(entry.name) && this.firstTime(join(realDir, entry.name))) found.push({ path });
        } else if (entry.isSymbolicLink()) {
          const linked = await this.followLink(path, entry.name);
          if (linked?.dir) folders.push([path, linked.real]);
          else if (linked) found.push(linked.input);
        }
        // Sockets, FIFOs and devices inside a folder are never scrapes (and a FIFO would block).
      }
    }
    return found;
  }

  /** Where a symbolic link inside a folder leads: a folder to walk, a file to read, or nothing new. */
  private async followLink(path: string, name: string): Promise<{ dir: true; real: string } | { dir: false; input: Input } | null> {
    try {
      const info = await stat(path);
      if (!info.isDirectory() && !(info.isFile() && this.wanted(name))) return null;
      const real = await realpath(path);
      if (!this.firstTime(real)) return null;
      return info.isDirectory() ? { dir: true, real } : { dir: false, input: { path } };
    } catch (e) {
      // A dangling link named like a scrape is reported, so a missing page does not go unnoticed.
      return this.wanted(name) ? { dir: false, input: failed(path, e) } : null;
    }
  }

  private wanted(name: string): boolean {
    const dot = name.lastIndexOf(".");
    return dot > 0 && this.extensions.has(name.slice(dot + 1).toLowerCase());
  }

  private firstTime(real: string): boolean {
    if (this.seen.has(real)) return false;
    this.seen.add(real);
    return true;
  }
}
