// V8 settings for the command's runs, never set by the library: they hold for the whole process.
import { setFlagsFromString } from "node:v8";

/**
 * Called first by the installed command (bin.ts), and by the build step that records its compiled
 * code, since V8 takes that code only where the flags match. V8 runs a regular expression's first
 * match in its bytecode interpreter and compiles it again to machine code on the second, so each
 * of the analyzers' many expressions is compiled twice in a short run; compiled once, straight to
 * machine code, one page is analyzed about a sixth sooner. Matches are the same either way.
 */
export function compileRegexpsOnce(): void {
  setFlagsFromString("--no-regexp-tier-up");
}

// Up to this size a page is analyzed sooner without TurboFan, V8's optimizing compiler: it
// compiles the hot functions of the first pages on another thread, work that pays off only over
// megabytes (measured on this project's pages: 10 KiB 0.9x the time without it, 160 KiB 0.7x,
// 650 KiB 0.9x, 2.6 MiB 1.5x; an HTML page of 750 KiB 0.8x, 1.6 MiB 1.2x).
const ONE_PAGE_WITHOUT_TURBOFAN_BYTES = 512 * 1024;

// Up to these sizes a page is analyzed sooner with regular expressions compiled without V8's
// optimizations of their machine code: most of a short run is compiling the analyzers' expressions
// (those with Unicode classes most), each matched over little text, and an HTML page's markup
// leaves little text to match. Counted in instructions over the whole process: text pages of 4,
// 8, 10 and 16 KiB 0.92x, 0.95x, 0.95x and 0.96x, one of 82 KiB 1.04x; HTML pages of 21, 36,
// 69, 178 and 277 KiB 0.81x, 0.82x, 0.84x, 0.84x and 0.89x.
const ONE_PAGE_PLAIN_REGEXPS_BYTES = 32 * 1024;
const ONE_HTML_PAGE_PLAIN_REGEXPS_BYTES = 256 * 1024;

/** Called by a run that analyzes one input of this many bytes and nothing after it. */
export function tuneForOnePage(bytes: number, html: boolean): void {
  if (bytes <= ONE_PAGE_WITHOUT_TURBOFAN_BYTES) setFlagsFromString("--no-turbofan");
  if (bytes <= (html ? ONE_HTML_PAGE_PLAIN_REGEXPS_BYTES : ONE_PAGE_PLAIN_REGEXPS_BYTES)) setFlagsFromString("--no-regexp-optimization");
}

/** Undoes tuneForOnePage: the build step records the command's code with the flags it starts with. */
export function restoreFlags(): void {
  setFlagsFromString("--turbofan");
  setFlagsFromString("--regexp-optimization");
}
