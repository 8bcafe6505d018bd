// What `corpus analyze DIR --jobs 1 --format ndjson` does without its worker: a fresh process that
// reads each file once, analyzes it on the main thread with the library's analyzeFile, and writes its
// report as an NDJSON line. The benchmark times it beside the corpus runner, so the difference is
// what the worker costs; both pay the same start-up and the same warming of V8's compilers.
//   node scripts/bench-one-pass.mjs FILES.json   (a JSON array of paths)
import { readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BUILD } from "./bench-targets.mjs";

const { analyzeFile } = await import(pathToFileURL(join(BUILD, "dist", "index.js")).href);
for (const path of JSON.parse(readFileSync(process.argv[2], "utf8"))) {
  writeSync(1, `${JSON.stringify(await analyzeFile(path))}\n`);
}
