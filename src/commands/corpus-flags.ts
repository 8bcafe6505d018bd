// The flags every command that reads a corpus shares: which files (--ext), how many workers
// (--jobs), which shard (--shard), the size limit (--max-bytes) and silence (--quiet).
import { availableParallelism } from "node:os";
import { InvalidArgumentError, Option, type Command } from "commander";
import { DEFAULT_EXTENSIONS, normalizeExtension } from "../corpus/inputs.js";
import type { CorpusOptions } from "../corpus/run.js";
import type { Shard } from "../corpus/shard.js";
import { DEFAULT_MAX_BYTES } from "../input/read.js";

export interface CorpusFlags {
  ext: string[];
  jobs: number;
  shard?: Shard;
  maxBytes: number;
  quiet?: boolean;
}

/** "txt,html" or ".md"; repeated flags add up, and replace the default list. */
export function parseExtensions(value: string, previous: string[]): string[] {
  const added = value.split(",").map(normalizeExtension).filter(Boolean);
  if (added.length === 0) throw new InvalidArgumentError("give extensions such as txt,html");
  return previous === DEFAULT_EXTENSIONS ? added : [...previous, ...added];
}

export function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new InvalidArgumentError("a whole number of worker threads, 1 or more");
  return Number(value);
}

/** "2/8" -> shard 2 of 8 (1-based). */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError("K/N with 1 <= K <= N, such as 1/4");
  return { index, count };
}

// Binary units: K, M and G mean KiB, MiB and GiB, as most command-line tools read them.
const UNITS: Record<string, number> = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** "33554432", "32M", "32MiB", "1.5GB" -> bytes. */
export function parseByteSize(value: string): number {
  const m = /^(\d{1,12}(?:\.\d{1,6})?) ?([KMG]?)(?:i?B)?$/i.exec(value.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2]!.toUpperCase()]!) : NaN;
  if (!(bytes >= 1)) throw new InvalidArgumentError("a size in bytes, or with a unit: 500K, 32M, 1G");
  return bytes;
}

/** The options of a corpus run from the flags; the rest (reference date, progress, interrupt) from the command. */
export function corpusOptionsOf(flags: CorpusFlags, stdin: NodeJS.ReadableStream, rest: Pick<CorpusOptions, "referenceDate" | "onProgress" | "signal">): CorpusOptions {
  return { ext: flags.ext, jobs: flags.jobs, shard: flags.shard ?? null, maxBytes: flags.maxBytes, stdin, ...rest };
}

export function addCorpusOptions(command: Command): Command {
  return command
    .addOption(new Option("--ext <list>", "extensions of the files read from folders, comma-separated").argParser(parseExtensions).default(DEFAULT_EXTENSIONS, "txt,html,htm"))
    .addOption(new Option("-j, --jobs <n>", "files analyzed at once, in worker threads").argParser(parseJobs).default(availableParallelism(), "the number of cores"))
    .addOption(new Option("--shard <k/n>", "analyze only the files whose path hashes to shard K of N").argParser(parseShard))
    .addOption(new Option("--max-bytes <size>", "refuse larger files (bytes, or 500K, 32M, 1G)").argParser(parseByteSize).default(DEFAULT_MAX_BYTES, "32M"))
    .option("-q, --quiet", "no progress bar");
}
