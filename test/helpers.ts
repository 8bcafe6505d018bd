// Shared test helpers: run the built CLI as a user would, and list the pages tests run over.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "dist", "cli.js");
export const FIXTURES = join(ROOT, "fixtures");
/** The shared evaluation pages, read in place (CI has them beside the project). */
export const DEV_PAGES = resolve(ROOT, "..", "shared", "eval", "dev");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...opts.env },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The project's own fixture pages, relative to fixtures/: plain-text scrapes and html/ pages. */
export function fixturePages(): string[] {
  const pages = (dir: string): string[] => readdirSync(join(FIXTURES, dir)).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => (dir ? `${dir}/${f}` : f));
  return [...pages(""), ...pages("html")].sort();
}

/** Every scrape among the project's fixtures and the shared dev pages (when present). */
export function pagePaths(): string[] {
  const pages = fixturePages().map((f) => join(FIXTURES, f));
  if (existsSync(DEV_PAGES)) pages.push(...readdirSync(DEV_PAGES).filter((f) => f.endsWith(".txt")).map((f) => join(DEV_PAGES, f)));
  return pages.sort();
}
