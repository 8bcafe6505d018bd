// Loads the bundled command (dist/command.cjs) with V8's code cache: the bytecode of the functions
// the build's run over the warm-up pages compiled (dist/command.cjs.cache, written by
// scripts/code-cache.mjs). A run on one page spends a large part of its time compiling functions
// it calls once; reading them compiled instead takes about a fifth off it. Node 20 caches
// compiled code only for scripts (module.enableCompileCache, for ES modules, came with Node 22),
// so the command is bundled as one CommonJS script and run here as Node runs one.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { Script } from "node:vm";

// V8 checks a cache against the length of the source, its own version and its flags, not the
// text: the cache starts with a digest of the bundle it was made from, and any other is ignored.
const DIGEST = "sha1";
const DIGEST_BYTES = 20;

type Wrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, importMetaResolve: (specifier: string) => string) => void;

export interface LoadedBundle<T> {
  exports: T;
  /** The compiled bundle, from which a cache is made after a run. */
  script: Script;
  source: string;
  /** Whether V8 took the cache (false without one, or when it was made by another Node or for another bundle). */
  cached: boolean;
}

export const cachePath = (bundle: string): string => `${bundle}.cache`;

const digestOf = (source: string): Buffer => createHash(DIGEST).update(source).digest();

/** The cache made from this source, or undefined when there is none or it was made from another. */
function readCache(bundle: string, source: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cachePath(bundle));
  } catch {
    return undefined;
  }
  return file.length > DIGEST_BYTES && digestOf(source).equals(file.subarray(0, DIGEST_BYTES)) ? file.subarray(DIGEST_BYTES) : undefined;
}

/**
 * Runs a CommonJS bundle as Node would, with its cache when `useCache`, and returns its exports.
 * The bundle's `import.meta.resolve` (the build rewrites it to `importMetaResolve`) resolves from
 * here, in the same package.
 */
export function loadBundle<T>(path: string, useCache = true): LoadedBundle<T> {
  const bundle = resolve(path);
  const source = readFileSync(bundle, "utf8");
  const cachedData = useCache ? readCache(bundle, source) : undefined;
  // The wrapper keeps the bundle's first line as line 1 of the file in stack traces.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, importMetaResolve) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  (script.runInThisContext() as Wrapper)(module.exports, createRequire(bundle), module, bundle, dirname(bundle), (specifier) => import.meta.resolve(specifier));
  return { exports: module.exports as T, script, source, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** Writes the cache of a bundle loaded and run in this process: the functions compiled so far. */
export function writeCache(bundle: string, loaded: LoadedBundle<unknown>): void {
  writeFileSync(cachePath(bundle), Buffer.concat([digestOf(loaded.source), loaded.script.createCachedData()]));
}
